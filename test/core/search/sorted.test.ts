import { describe, expect, it } from "vitest";
import { increasing, sortedIncludes, sortedUnique } from "../../../src/core/search/sorted.js";

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

describe("sortedUnique", () => {
  it.each([
    [[], []],
    [[undefined, []], []],
    [[[3, 1, 2]], [1, 2, 3]],
    [[[1, 4, 9]], [1, 4, 9]],
    [[[9, undefined, 4, 9]], [4, 9]],
    [[[5, 0], undefined, [5, 7, 0]], [0, 5, 7]],
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
