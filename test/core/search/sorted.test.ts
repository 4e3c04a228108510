import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { everydayPrefixes } from "../../../src/core/search/real-words.js";
import { firstInOrder, increasing, sortedHasLine, sortedIncludes, sortedStartingWith, sortedUnique } from "../../../src/core/search/sorted.js";

describe("sortedIncludes", () => {
  it.each([
    [[], 0, false],
    [[3], 3, true],
    [[3], 2, false],
    [[1, 4, 9, 16], 1, true],
    [[1, 4, 9, 16], 16, true],
    [[1, 4, 9, 16], 9, true],
    [[1, 4, 9, 16], 10, false],
    [[1, 4, 9, 16], 0, false],
    [[1, 4, 9, 16], 17, false],
  ])("%j holds %d: %s", (sorted, value, expected) => {
    expect(sortedIncludes(sorted, value)).toBe(expected);
    expect(sortedIncludes(Int32Array.from(sorted), value)).toBe(expected);
  });
});

describe("sortedHasLine", () => {
  const words = ["a", "ab", "abandon", "b", "gift", "gifts", "zoo", "zucchini"];
  const lines = words.join("\n") + "\n";

  it("finds every line of the list, the first and the last", () => {
    for (const word of words) expect(sortedHasLine(lines, word)).toBe(true);
  });

  it.each(["", "aa", "abandons", "gif", "giftss", "z", "zucchinis", "0", "gift\ngifts", "\n"])("does not find %j", (word) => {
    expect(sortedHasLine(lines, word)).toBe(false);
  });

  it("finds nothing in an empty list", () => {
    expect(sortedHasLine("", "a")).toBe(false);
  });

  // A damaged dist/english-words.txt: the search must end, and read what lines there are.
  it.each([
    ["\na\nb\n", "a", true],
    ["\na\nb\n", "0", false],
    ["\n\na\n", "b", false],
    ["a\nb", "b", true],
    ["a\nb", "c", false],
  ])("in %j finds %j: %s, and ends", (list, word, expected) => {
    expect(sortedHasLine(list, word)).toBe(expected);
  });
});

describe("sortedUnique", () => {
  it.each([
    [[], []],
    [[undefined, []], []],
    [[[3, 1, 2]], [1, 2, 3]],
    [[[1, 4, 9]], [1, 4, 9]],
    [[[9, undefined, 4, 9]], [4, 9]],
    [[[5, 0], undefined, [5, 7, 0]], [0, 5, 7]],
    // Few numbers far apart, as a concept's related rules with their copies in users' codes.
    [[[100000, 3, undefined, 70000], [3, 250000]], [3, 70000, 100000, 250000]],
  ])("%j: %j", (lists, expected) => {
    expect(sortedUnique(lists as (number | undefined)[][])).toEqual(expected);
  });
});

describe("increasing", () => {
  it.each([
    [[], true],
    [[4], true],
    [[1, 2, 9], true],
    [[1, 1, 2], false],
    [[2, 1], false],
  ])("%j: %s", (list, expected) => {
    expect(increasing(list)).toBe(expected);
  });
});

describe("sortedStartingWith", () => {
  it.each([
    ["", "a", []],
    ["care career carpet", "car", ["care", "career", "carpet"]],
    ["care career carpet", "care", ["care", "career"]],
    ["acre care career", "care", ["care", "career"]],
    ["acre care", "are", []],
    ["care", "cares", []],
  ])("%j, %j: %j", (sorted, prefix, expected) => {
    expect(sortedStartingWith(sorted, prefix)).toEqual(expected);
  });
});

describe("everydayPrefixes: everyday words that begin a longer term word", () => {
  it.each([
    [["week", "sign", "care", "zebra"], "care career signatur weekend", ["care", "sign", "week"]],
    [["weekend"], "weekend", []], // the word itself, no longer one
    [["psych"], "", []],
    [[], "weekend", []],
  ])("%j in %j: %j", (everyday, termStems, expected) => {
    expect(everydayPrefixes(everyday, termStems)).toEqual(expected);
  });
});

describe("firstInOrder", () => {
  // By a score (higher first), then the smaller number: a total order, as rank.ts and see-also.ts give.
  const scoreOf = (item: number) => (item * 7) % 5;
  const outranks = (a: number, b: number) => scoreOf(a) > scoreOf(b) || (scoreOf(a) === scoreOf(b) && a < b);
  const sorted = (items: number[]) => [...items].sort((a, b) => (outranks(a, b) ? -1 : outranks(b, a) ? 1 : 0));

  it.each([
    [[], 3, []],
    [[4, 1, 2], 0, []],
    [[4, 1, 2], 5, [2, 4, 1]],
    [[0, 1, 2, 3, 4, 5], 2, [2, 4]],
    [[5, 0, 3], 3, [3, 0, 5]],
  ])("%j, the first %d: %j", (items, limit, expected) => {
    expect(firstInOrder(items, limit, outranks)).toEqual(expected);
  });

  it("is the first `limit` of those wanted, sorted whole", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(200)), fc.nat(12), (items, limit) => {
        const wanted = (item: number) => item % 3 !== 0;
        expect(firstInOrder(items, limit, outranks, wanted)).toEqual(sorted(items.filter(wanted)).slice(0, limit));
      }),
    );
  });
});
