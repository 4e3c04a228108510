// A reference named again is read once, wherever and however it is named again: as a word said
// twice (`wi wi`) and a number listed twice (`wi 1 1`) were, and as list and export take a code
// named twice. Only the same thing is: a code and a section of it are two.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { resolveArguments } from "../../../src/core/codes/target.js";
import type { Library } from "../../../src/model.js";
import { citedTargets } from "./resolved.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };
const shown = (argv: string[]) => citedTargets(resolveArguments(library, argv));

describe("a reference named again", () => {
  it.each([
    [["wi", "wi"], ["code wisconsin"]],
    [["wi", "wisconsin"], ["code wisconsin"]],
    [["wi", "and", "wi"], ["code wisconsin"]],
    [["wi;", "wi"], ["code wisconsin"]],
    [["wi", "nc", "wi"], ["code wisconsin", "code north-carolina"]],
    [["medi-cal", "integrity", "1", "integrity", "1"], ["Medi-Cal · Integrity 1"]],
    [["wi", "1", "nc", "2", "wi", "1"], ["Wisconsin 1", "North Carolina 2"]],
    [["medi-cal integrity;", "medi-cal integrity"], ["section Integrity"]],
    [["alaska values 2;", "alaska values 2"], ["Alaska · Values 2"]],
  ])("%j: once", (argv, expected) => {
    expect(shown(argv)).toEqual(expected);
  });

  it.each([
    // Two codes, each once.
    [["medi-cal", "alaska"], ["code medi-cal", "code alaska"]],
    // A code, then a standard of it: two things asked.
    [["wi;", "wi", "1"], ["code wisconsin", "Wisconsin 1"]],
    // A standard, then a list that holds it: the list is more.
    [["wi", "1", "wi", "1-2"], ["Wisconsin 1", "Wisconsin 1 | Wisconsin 2"]],
  ])("%j: each thing named, once", (argv, expected) => {
    expect(shown(argv)).toEqual(expected);
  });

  // Each name was printed, and before that the names were read by copying all the words after
  // each (80,000 names: half a minute): a script's list of one code, read once.
  it("150,000 times, a code is shown once", () => {
    expect(shown(Array.from({ length: 150_000 }, () => "medi-cal"))).toEqual(["code medi-cal"]);
  });
});
