// A memo makes each value once while it is kept, keeps at most its limit, and starts over when full.
import { describe, expect, it } from "vitest";
import { remembered } from "../../src/core/remembered.js";

describe("remembered", () => {
  it.each<[string, string[], number, number, number]>([
    // what, keys asked in turn, limit, values made, entries kept at the end
    ["a key asked again is not made again", ["a", "a", "a"], 4, 1, 1],
    ["different keys are each made once", ["a", "b", "a", "b"], 4, 2, 2],
    ["a full memo starts over", ["a", "b", "c"], 2, 3, 1],
    ["a key dropped when it started over is made again", ["a", "b", "c", "a"], 2, 4, 2],
  ])("%s", (_what, keys, limit, made, kept) => {
    const memo = new Map<string, string>();
    let count = 0;
    const values = keys.map((key) => remembered(memo, limit, key, () => `${key}${++count}`));
    expect(count).toBe(made);
    expect(memo.size).toBe(kept);
    expect(memo.size).toBeLessThanOrEqual(limit);
    // the value asked for is always the one made for that key
    keys.forEach((key, at) => expect(values[at]!.startsWith(key)).toBe(true));
  });

  it("remembers null, a value worked out to be nothing", () => {
    const memo = new Map<string, null>();
    let count = 0;
    remembered(memo, 4, "k", () => (count++, null));
    expect(remembered(memo, 4, "k", () => (count++, null))).toBeNull();
    expect(count).toBe(1);
  });
});
