// "integrity standard 12", "conduct rule 4": a word before the number, as handouts and habit
// cite a standard, was read as the section's ("no section 'integrity standard' in medi-cal",
// with no suggestion). It is the number's, where the words with it name no section.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { parseSelection } from "../../../src/core/codes/ref.js";
import { isWordBeforeNumber, withoutWordBeforeNumber } from "../../../src/core/codes/words-before-number.js";
import type { Library } from "../../../src/model.js";
import { resolveArguments } from "../../../src/core/codes/target.js";
import { citedTargets, resolveFailure } from "./resolved.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };


const failure = (argv: string[]) => resolveFailure(library, argv);

describe("a word between a section and its number", () => {
  it.each<[string[], string[]]>([
    [["medi-cal", "integrity", "standard", "12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal", "integrity", "section", "12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal", "integrity", "number", "12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal", "integrity", "no", "12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal", "integrity", "No.", "12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal", "Integrity", "Standards", "5-6"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 6"]],
    [["alaska", "conduct", "rule", "4"], ["Alaska · Conduct 4"]],
    [["alaska", "conduct", "standard", "4"], ["Alaska · Conduct 4"]],
    [["alaska", "values", "number", "2"], ["Alaska · Values 2"]],
    [["medi-cal", "safety", "&", "protection", "principle", "5"], ["Medi-Cal · Safety & Protection 5"]],
    [["wi", "standard", "4"], ["Wisconsin 4"]],
    [["medi-cal", "integrity", "standard", "12", "alaska", "conduct", "rule", "4"], ["Medi-Cal · Integrity 12", "Alaska · Conduct 4"]],
    [["medi-cal", "integrity", "12", "respect", "item", "2"], ["Medi-Cal · Integrity 12", "Medi-Cal · Respect 2"]],
  ])("%j", (argv, expected) => {
    expect(citedTargets(resolveArguments(library, argv))).toEqual(expected);
  });

  it.each<[string[], string, string]>([
    // What the section lacks, or the slip in its name, is said as without the word.
    [["medi-cal", "integrity", "standard", "40"], "Medi-Cal Integrity has no 40", "Medi-Cal Integrity has 1–14"],
    [["medi-cal", "integrty", "standard", "12"], "no section 'integrty' in medi-cal — did you mean integrity?", "`ethics show medi-cal integrity 12`"],
    [["medi-cal", "standard", "12"], "medi-cal has 16 sections; say which one", "e.g. `ethics show medi-cal respect 12`; also integrity 12"],
  ])("%j fails: %s", (argv, message, hint) => {
    const error = failure(argv);
    expect([error.message, error.hint]).toEqual([message, hint]);
  });

  it.each<[string, boolean]>([
    ["standard", true],
    ["Standards", true],
    ["No.", true],
    ["nº", true],
    ["rules", true],
    ["integrity", false],
    ["note", false],
  ])("%s is a word before a number: %s", (word, expected) => {
    expect(isWordBeforeNumber(word)).toBe(expected);
  });

  it("a section named with the word is that section", () => {
    const [riverside] = readCodeDir(join(import.meta.dirname, "../../fixtures/user-codes"), "user");
    const rules = { ...riverside!.sections[0]!, id: "rules", title: "Rules" };
    const code = { ...riverside!, sections: [rules, riverside!.sections[1]!] };
    expect(withoutWordBeforeNumber(code, ["rules"], parseSelection("1"))).toEqual(["rules"]);
    expect(withoutWordBeforeNumber(code, [riverside!.sections[1]!.id, "rule"], parseSelection("1"))).toEqual([riverside!.sections[1]!.id]);
    const withRules: Library = { ...library, codes: [...library.codes, code] };
    expect(resolveArguments(withRules, ["riverside", "rules", "1"])[0]).toMatchObject({ kind: "standards", section: { id: "rules" } });
  });
});
