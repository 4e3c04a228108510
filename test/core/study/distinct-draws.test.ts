import { describe, expect, it } from "vitest";
import { distinctDraws } from "../../../src/core/study/distinct-draws.js";
import { seededRandom } from "../../../src/core/study/rng.js";

describe("distinct draws", () => {
  it.each([1, 2, 7, 50])("draws each of %i positions once, then none", (count) => {
    const draw = distinctDraws(seededRandom(42).below);
    const drawn = Array.from({ length: count }, () => draw(count));
    expect([...drawn].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, at) => at));
    expect(() => draw(count)).toThrow(RangeError);
  });

  it.each([0, 7, 123456])("the first draw is a single pick's with the same seed (%i)", (seed) => {
    expect(distinctDraws(seededRandom(seed).below)(262)).toBe(seededRandom(seed).below(262));
  });

  it("the same seed draws the same positions", () => {
    const drawsOf = (seed: number) => {
      const draw = distinctDraws(seededRandom(seed).below);
      return Array.from({ length: 10 }, () => draw(262));
    };
    expect(drawsOf(5)).toEqual(drawsOf(5));
    expect(drawsOf(5)).not.toEqual(drawsOf(6));
  });
});
