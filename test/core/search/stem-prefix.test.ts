// Highlighting skips stemming words whose first two letters no query stem has; that is exact
// only because stemming never changes a word's first two letters. Checked on every word of the
// codes, topics and concepts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stem } from "../../../src/core/text.js";

const data = join(import.meta.dirname, "../../../data");

describe("stemming", () => {
  it("keeps the first two letters of every word in data/", () => {
    const words = new Set(readdirSync(data, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".yaml")).flatMap((name) => readFileSync(join(data, name), "utf8").toLowerCase().match(/[a-z0-9]+/g) ?? []));
    const changed = [...words].filter((word) => stem(word).slice(0, 2) !== word.slice(0, 2));
    expect(words.size).toBeGreaterThan(1000);
    expect(changed).toEqual([]);
  });
});
