import { describe, expect, it } from "vitest";
import { soundKey } from "../../src/core/sound-key.js";

describe("soundKey: words spelt apart that sound alike share one", () => {
  it.each([
    ["duel", "dual"],
    ["lones", "loans"],
    ["payed", "paid"],
    ["breech", "breach"],
    ["councilor", "counselor"],
    ["huging", "hugging"],
    ["peir", "peer"],
    ["Their", "there"],
  ])("%s sounds as %s", (typed, meant) => {
    expect(soundKey(typed)).toBe(soundKey(meant));
  });

  it.each([
    // The first vowel is kept: edit distance alone puts these nearer than the word meant.
    ["lones", "lines"],
    ["lones", "lens"],
    ["duel", "deal"],
    ["duel", "due"],
    ["dating", "datin"],
  ])("%s does not sound as %s", (typed, other) => {
    expect(soundKey(typed)).not.toBe(soundKey(other));
  });
});
