// After a reference of one code, a section named without its code is that code's where it has
// one so named, as the tool prints such lists ("Medi-Cal Integrity 1, Integrity 9"); a section
// only another code has is still said to be that code's.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { namesSectionOf, opensWithSectionOf } from "../../../src/core/codes/section-after-code.js";
import type { Code, Library } from "../../../src/model.js";
import { resolveArguments } from "../../../src/core/codes/target.js";
import { citedTargets, resolveFailure } from "./resolved.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };
const code = (id: string): Code => library.codes.find((each) => each.id === id)!;


const failure = (argv: string[]) => resolveFailure(library, argv);

describe("a section without its code after a reference is the code's named last", () => {
  it.each<[string[], string[]]>([
    [["medi-cal", "authenticity", "4", "integrity", "13"], ["Medi-Cal · Authenticity 4", "Medi-Cal · Integrity 13"]],
    [["medi-cal", "authenticity", "4", "and", "integrity", "13"], ["Medi-Cal · Authenticity 4", "Medi-Cal · Integrity 13"]],
    [["medi-cal", "authenticity", "4,", "integrity", "13"], ["Medi-Cal · Authenticity 4", "Medi-Cal · Integrity 13"]],
    [["medi-cal authenticity 4; integrity 13"], ["Medi-Cal · Authenticity 4", "Medi-Cal · Integrity 13"]],
    // by a prefix, a number written onto it, as after the code's own name
    [["alaska", "conduct", "4", "conflicts", "3"], ["Alaska · Conduct 4", "Alaska · Conflicts of Interest 3"]],
    [["medi-cal", "authenticity", "4", "integrity13"], ["Medi-Cal · Authenticity 4", "Medi-Cal · Integrity 13"]],
    [["medi-cal", "integrity", "12", "respect", "2"], ["Medi-Cal · Integrity 12", "Medi-Cal · Respect 2"]],
    [["medi-cal", "integrity", "12", "respect"], ["Medi-Cal · Integrity 12", "section Respect"]],
    [["alaska", "conduct", "4", "values", "2"], ["Alaska · Conduct 4", "Alaska · Values 2"]],
    // as the tool prints them: topic's See also, a diff row
    [["Alaska Conflicts of Interest 1, Conduct 7"], ["Alaska · Conflicts of Interest 1", "Alaska · Conduct 7"]],
    [["Medi-Cal Integrity 1, Integrity 9, Integrity 10"], ["Medi-Cal · Integrity 1", "Medi-Cal · Integrity 9", "Medi-Cal · Integrity 10"]],
    [["medi-cal Confidentiality 1, 4, 5; Safety & Protection 5"], ["Medi-Cal · Confidentiality 1 | Medi-Cal · Confidentiality 4 | Medi-Cal · Confidentiality 5", "Medi-Cal · Safety & Protection 5"]],
    // the code named last, not the first: California's Integrity 9 after Alaska's
    [["medi-cal", "integrity", "12", "california", "respect", "2", "integrity", "9"], ["Medi-Cal · Integrity 12", "Working Well Together · Respect 2", "Working Well Together · Integrity 9"]],
    // as read before: a code named exactly, Wisconsin's Code of Conduct
    [["medi-cal", "integrity", "12", "wi", "3"], ["Medi-Cal · Integrity 12", "Wisconsin 3"]],
    [["wi", "2", "conduct", "4"], ["Wisconsin 2", "Wisconsin 4"]],
  ])("%j", (argv, expected) => {
    expect(citedTargets(resolveArguments(library, argv))).toEqual(expected);
  });

  it.each<[string[], string, string]>([
    // the code named last has the section, not the number: its own message
    [["medi-cal", "authenticity", "4", "integrity", "40"], "Medi-Cal Integrity has no 40", "Medi-Cal Integrity has 1–14"],
    [["alaska", "conduct", "4", "conflicts", "9"], "Alaska Conflicts of Interest has no 9", "Alaska Conflicts of Interest has 1–4"],
    [["medi-cal", "authenticity", "4", "integrity", "99a", "13"], "Medi-Cal Integrity has no 99", "Medi-Cal Integrity has 1–14"],
    // only another code has it: whose it is, as before, the command keeping the references before it
    [["medi-cal", "integrity", "12", "conduct", "2"], "no section 'conduct' in medi-cal", "Conduct is a section of Alaska: `ethics show medi-cal integrity 12 alaska conduct 2`"],
    [["medi-cal", "integrity", "12", "conduct", "2", "wi", "3"], "no section 'conduct' in medi-cal", "Conduct is a section of Alaska: `ethics show medi-cal integrity 12 alaska conduct 2 wisconsin 3`"],
    [["alaska", "conduct", "1", "medi-cal", "conduct", "4"], "no section 'conduct' in medi-cal", "Conduct is a section of Alaska: `ethics show alaska conduct 1 alaska conduct 4`"],
    // a section no code is read from, said of the code named last as `alaska integrity 12` is:
    // it was "no code 'integrity'", as if none had been named
    [["alaska", "conduct", "4", "integrity", "12"], "no section 'integrity' in alaska", "Integrity is a section of Working Well Together and Medi-Cal: `ethics show alaska conduct 4 medi-cal integrity 12`"],
    [["alaska", "conduct", "4", "integrity12"], "no section 'integrity' in alaska", "Integrity is a section of Working Well Together and Medi-Cal: `ethics show alaska conduct 4 medi-cal integrity 12`"],
    // where the references after it name nothing with it, its own command alone
    [["medi-cal", "integrity", "12", "conduct", "2", "respect", "3"], "no section 'conduct' in medi-cal", "Conduct is a section of Alaska: `ethics show alaska conduct 2`"],
    // words that only begin with a section's name ("in" begins Integrity) are read as before
    [["medi-cal", "integrity", "1,", "12", "in", "nc"], "'12 in nc' names its code last", "the code comes first: `ethics show medi-cal integrity 1 north-carolina 12`"],
  ])("%j fails: %s", (argv, message, hint) => {
    const error = failure(argv);
    expect([error.message, error.hint]).toEqual([message, hint]);
  });
});

describe("words that name a section as after its code", () => {
  it.each<[string, string[], boolean, boolean]>([
    ["medi-cal", ["integrity"], true, true],
    ["medi-cal", ["integrity13"], true, true],
    ["medi-cal", ["safety", "&", "protection"], true, true],
    ["alaska", ["conflicts"], true, true],
    ["alaska", ["values"], true, true],
    ["medi-cal", ["in", "nc"], true, false],
    ["medi-cal", ["conduct"], false, false],
    ["medi-cal", ["a", "conduct"], false, false],
  ])("%s %j: opens with one %s, is one %s", (id, words, opens, whole) => {
    expect([opensWithSectionOf(code(id), words), namesSectionOf(code(id), words)]).toEqual([opens, whole]);
  });
});
