import { describe, expect, it } from "vitest";
import { sortedIncludes } from "../../../src/core/search/sorted.js";

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
