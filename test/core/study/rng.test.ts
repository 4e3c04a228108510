import { describe, expect, it } from "vitest";
import { localDate, MAX_SEED, seededRandom, seedOf } from "../../../src/core/study/rng.js";

describe("seeded randomness", () => {
  it("gives the same numbers for the same seed and others for another", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    for (const value of draw(MAX_SEED)) expect(value >= 0 && value < 1).toBe(true);
  });

  it("is spread evenly enough to give every standard its day", () => {
    const random = seededRandom(7);
    const counts = new Array(10).fill(0);
    for (let draw = 0; draw < 10_000; draw++) counts[random.below(10)]++;
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });

  it("shuffles into a permutation, the same one for the same seed", () => {
    const items = Array.from({ length: 20 }, (_, index) => index);
    const shuffled = seededRandom(1).shuffled(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
    expect(seededRandom(1).shuffled(items)).toEqual(shuffled);
  });

  it.each([
    [new Date(2025, 0, 5, 0, 0, 1), "2025-01-05"],
    [new Date(2025, 0, 5, 23, 59, 59), "2025-01-05"],
    [new Date(2025, 11, 31, 12), "2025-12-31"],
  ])("reads %s as the local date %s", (date, expected) => {
    expect(localDate(date)).toBe(expected);
  });

  it("seeds a day the same all day, and the next day differently", () => {
    expect(seedOf("2025-01-05")).toBe(seedOf("2025-01-05"));
    expect(seedOf("2025-01-05")).not.toBe(seedOf("2025-01-06"));
  });
});
