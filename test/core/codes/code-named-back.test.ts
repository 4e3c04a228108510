// The codes typed, as a hint's command gives them back: as typed where they name a code, as the
// code "did you mean" offers where that is one, and not at all, with why, where none is.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { codeNamedBack, codesNamedBack, referenceNamedBack } from "../../../src/core/codes/code-named-back.js";
import type { Library } from "../../../src/model.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };

describe("one code's name given back", () => {
  it.each([
    ["alaska", { kind: "code", word: "alaska" }],
    // a name of several words as its id: a command would carry it in quotes
    ["north carolina", { kind: "code", word: "north-carolina" }],
    ["Medi-Cal", { kind: "code", word: "Medi-Cal" }],
    ["alsaka", { kind: "meant", word: "alaska", typed: "alsaka" }],
    // Cyrillic а, read as Latin: the code its message offers.
    ["аlaska", { kind: "meant", word: "alaska", typed: "аlaska" }],
    ["nope", { kind: "none", typed: "nope" }],
    ["***", { kind: "none", typed: "***" }],
  ])("%j", (typed, named) => {
    expect(codeNamedBack(library, typed)).toEqual(named);
  });
});

describe("codes given back together", () => {
  it.each([
    [["alaska", "wi"], { words: ["alaska", "wi"], said: "" }],
    [["alsaka", "wi"], { words: ["alaska", "wi"], said: "no code 'alsaka' — did you mean alaska?" }],
    [["nope", "wi"], { words: undefined, said: "no code 'nope': `ethics list` shows the codes" }],
    [["nope", "alsaka", "zilch"], { words: undefined, said: "no code 'nope' or 'zilch': `ethics list` shows the codes" }],
  ])("%j", (typed, back) => {
    expect(codesNamedBack(library, typed)).toEqual(back);
  });
});

describe("show's words given back", () => {
  it.each([
    [["medi-cal", "integrity", "12"], { words: ["medi-cal", "integrity", "12"], said: "" }],
    [["alsaka", "conduct", "4"], { words: ["alaska", "conduct", "4"], said: "no code 'alsaka' — did you mean alaska?" }],
    [["nroth carolina 15"], { words: ["north-carolina", "15"], said: "no code 'nroth carolina' — did you mean north-carolina?" }],
    [["nope", "12"], { words: undefined, said: "no code 'nope'; expected one of: alaska, california, medi-cal, north-carolina, wisconsin; a code of your own: add --data DIR (its folder) or set ETHICS_DATA=DIR" }],
    // What else show refuses is said as show says it: no command that fails.
    [["medi-cal", "integrty", "12"], { words: undefined, said: "no section 'integrty' in medi-cal — did you mean integrity? `ethics show medi-cal integrity 12`" }],
    [["alaska", "conduct", "40"], { words: undefined, said: expect.stringMatching(/^Alaska Conduct has no 40/) }],
  ])("%j", (typed, back) => {
    expect(referenceNamedBack(library, typed)).toEqual(back);
  });
});
