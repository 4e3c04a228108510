import { describe, expect, it } from "vitest";
import { joinedTyped } from "../../src/core/word-list.js";

const many = (count: number, item: (at: number) => string) => Array.from({ length: count }, (_, at) => item(at));

describe("joinedTyped: a list of what was typed, said short", () => {
  it.each([
    [[], true, ""],
    [["'a'"], true, "'a'"],
    [["'a'", "'a'"], true, "'a'"],
    [["'a'", "'b'", "'a'"], true, "'a' and 'b'"],
    [["a", "a", "b"], false, "a, a and b"],
    [many(7, (at) => `w${at}`), true, "w0, w1, w2, w3, w4, w5 and w6"],
    [many(8, (at) => `w${at}`), true, "w0, w1, w2, w3, w4, w5 and 2 more"],
    [many(100_000, () => "'differ'"), true, "'differ'"],
    [many(100_000, (at) => `w${at}`), true, "w0, w1, w2, w3, w4, w5 and 99,994 more"],
    [many(40_000, (at) => (at % 2 === 0 ? "nc" : "wi")), false, "nc, wi, nc, wi, nc, wi and 39,994 more"],
  ])("%j (once: %s) → %j", (items, once, said) => {
    expect(joinedTyped(items, "and", once)).toBe(said);
  });
});
