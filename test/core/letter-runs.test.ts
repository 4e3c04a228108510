import { describe, expect, it } from "vitest";
import { gapsBetweenLetters, letterRuns } from "../../src/core/letter-runs.js";

const EVERY_ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join("");

describe("letter runs read ASCII text as Unicode's letters and digits do", () => {
  it("finds the same runs in text made of every ASCII character", () => {
    // Each character alone between spaces, then all of them run together.
    for (const text of [[...EVERY_ASCII].join(" "), EVERY_ASCII, `${EVERY_ASCII}${EVERY_ASCII}`]) {
      expect(text.match(letterRuns(text))).toEqual(text.match(/[\p{L}\p{N}]+/gu));
      expect(text.split(gapsBetweenLetters(text))).toEqual(text.split(/[^\p{L}\p{N}]+/u));
    }
  });

  it("reads text with any other character by Unicode's classes", () => {
    const text = "Café naïve ２０２６ δῶρα — don’t";
    expect(text.match(letterRuns(text))).toEqual(["Café", "naïve", "２０２６", "δῶρα", "don", "t"]);
    expect(text.split(gapsBetweenLetters(text))).toEqual(["Café", "naïve", "２０２６", "δῶρα", "don", "t"]);
  });
});
