// `ethics topic gifts alaska`: the codes named first and last beside a theme's words, with the
// words that join them; a one-word name that is an everyday word names none.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { codesNamedAround } from "../../../src/core/codes/codes-named-around.js";
import type { Library } from "../../../src/model.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };
const everyday = new Set(["medical", "peer"]);
const read = (...typed: string[]) => {
  const around = codesNamedAround(library, typed, (word) => everyday.has(word));
  return around && { rest: around.rest, codes: around.codes.map((code) => code.id) };
};

describe("codes named beside a theme", () => {
  it.each<[string[], { rest: string; codes: string[] } | undefined]>([
    [["gifts", "alaska"], { rest: "gifts", codes: ["alaska"] }],
    [["alaska", "gifts"], { rest: "gifts", codes: ["alaska"] }],
    [["gifts", "in", "north", "carolina"], { rest: "gifts", codes: ["north-carolina"] }],
    [["North Carolina", "gifts"], { rest: "gifts", codes: ["north-carolina"] }],
    [["nc", "and", "wi", "on", "gifts"], { rest: "gifts", codes: ["north-carolina", "wisconsin"] }],
    [["alaska,wisconsin", "dual", "relationships"], { rest: "dual relationships", codes: ["alaska", "wisconsin"] }],
    [["gifts", "alaska", "alaska"], { rest: "gifts", codes: ["alaska"] }],
    [["alaska", "gifts", "medi-cal"], { rest: "gifts", codes: ["alaska", "medi-cal"] }],
    // A word is always left for the theme, and a code in the middle is the theme's word.
    [["alaska"], undefined],
    [["alaska", "wisconsin"], { rest: "wisconsin", codes: ["alaska"] }],
    [["gifts", "alaska", "boundaries"], undefined],
    // An everyday word is no code's name; a misspelt name is none either.
    [["medical", "records"], undefined],
    [["gifts", "alsaka"], undefined],
    // Joining words belong to the theme unless codes are on their side.
    [["and", "gifts"], undefined],
  ])("%j", (typed, expected) => {
    expect(read(...typed)).toEqual(expected);
  });
});
