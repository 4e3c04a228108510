// The postings of an index put together from parts are joined when first read (lazy-record.ts):
// read, listed or stored, the record must be the plain one.
import { describe, expect, it } from "vitest";
import { lazyRecord } from "../../../src/core/search/lazy-record.js";

describe("a record whose values are made when first read", () => {
  // Stems are sorted as strings; a plain record lists integer-like keys first, by value.
  const keys = ["10", "2", "4294967295", "a", "b10", "b9", "constructor", "x"];
  const plain: Record<string, string> = {};
  for (const key of keys) plain[key] = `<${key}>`;

  it("reads, lists and stores as the plain record does, making each value once", () => {
    const made: string[] = [];
    const record = lazyRecord(keys, (key) => keys.includes(key), (key) => (made.push(key), `<${key}>`));
    expect(Object.hasOwn(record, "b9")).toBe(true);
    expect(record["b9"]).toBe("<b9>");
    expect(Object.hasOwn(record, "toString")).toBe(false);
    expect(record["toString"]).toBe(plain["toString"]);
    expect("toString" in record).toBe(true);
    expect(record["constructor"]).toBe("<constructor>");
    expect(made).toEqual(["b9", "constructor"]);
    expect(Object.keys(record)).toEqual(Object.keys(plain));
    expect(JSON.stringify(record)).toBe(JSON.stringify(plain));
    expect(record).toEqual(plain);
    expect(made.sort()).toEqual([...keys].sort());
  });

  it("cannot be written to", () => {
    const record = lazyRecord(keys, (key) => keys.includes(key), (key) => key);
    expect(() => {
      "use strict";
      record["new"] = "value";
    }).toThrow(TypeError);
    expect(Object.hasOwn(record, "new")).toBe(false);
  });
});
