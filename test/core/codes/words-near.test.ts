// A section named with one of its words misspelt ("saftey", "cultral"), or a word misspelt
// between it and the number ("principal"): "did you mean" names it, and show's hint is the
// command that shows it, where one section is clearly meant.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { findCode, resolveCode, sectionMeant } from "../../../src/core/codes/resolve.js";
import { isWordBeforeNumberMisspelt } from "../../../src/core/codes/words-before-number.js";
import { nearestByWords } from "../../../src/core/codes/words-near.js";
import type { Library } from "../../../src/model.js";
import { resolveFailure } from "./resolved.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };
const medical = resolveCode(library, "medi-cal");

describe("nearestByWords", () => {
  const named = [
    { label: "safety", slugs: ["safety-and-protection"] },
    { label: "cultural", slugs: ["cultural-responsiveness-and-humility"] },
    { label: "relevancy", slugs: ["cultural-relevancy"] },
  ];
  it.each<[string, { label: string; run: string } | undefined]>([
    ["saftey", { label: "safety", run: "safety" }],
    ["protecton", { label: "safety", run: "protection" }],
    ["humilty", { label: "cultural", run: "humility" }],
    // "cultral" is as near a word of two names: neither is clearly meant
    ["cultral", undefined],
    // too short to tell a slip from another word, and small words alone are no run
    ["saf", undefined],
    ["andd", undefined],
  ])("%j → %j", (wanted, expected) => {
    expect(nearestByWords(wanted, named)).toEqual(expected);
  });
});

describe("the section meant", () => {
  it.each([
    ["saftey", "safety-and-protection"],
    ["cultral", "cultural-responsiveness-and-humility"],
    ["confidentality", "confidentiality"],
    ["integrty", "integrity"],
    ["xyzzy", undefined],
  ])("medi-cal %j → %s", (input, label) => {
    expect(sectionMeant(medical, input)?.label).toBe(label);
  });

  it.each([
    ["principal", true],
    ["standrd", true],
    ["principle", false],
    ["integrity", false],
  ])("isWordBeforeNumberMisspelt(%j) is %s", (word, expected) => {
    expect(isWordBeforeNumberMisspelt(word)).toBe(expected);
  });

  it("a code's name with a word said in two, or two run together, is that code", () => {
    expect(findCode(library, "working well to gether")).toMatchObject({ kind: "found", value: { id: "california" } });
    expect(findCode(library, "northcarolina")).toMatchObject({ kind: "found", value: { id: "north-carolina" } });
  });
});

describe("show: a section misspelt", () => {
  it.each([
    [["medi-cal", "saftey", "7"], "no section 'saftey' in medi-cal — did you mean safety-and-protection?", "`ethics show medi-cal safety-and-protection 7`"],
    [["medi-cal", "cultral", "5"], "no section 'cultral' in medi-cal — did you mean cultural-responsiveness-and-humility?", "`ethics show medi-cal cultural-responsiveness-and-humility 5`"],
    [["wwt", "cultral", "5"], "no section 'cultral' in california — did you mean cultural-relevancy?", "`ethics show california cultural-relevancy 5`"],
    [["medi-cal", "integrity", "principal", "12"], "no section 'integrity principal' in medi-cal — did you mean integrity?", "`ethics show medi-cal integrity 12`"],
    [["medi", "cal", "confidentality", "1"], "no section 'confidentality' in medi-cal — did you mean confidentiality?", "`ethics show medi-cal confidentiality 1`"],
    [["alaska", "relationships", "with", "clients", "5"], "no section 'relationships with clients' in alaska — did you mean relationship-with-clients?", "`ethics show alaska relationship-with-clients 5`"],
    [["alaska", "valeus", "2"], "no section 'valeus' in alaska — did you mean values?", "`ethics show alaska values 2`"],
    // numbers the section has not: the section, whose numbers it shows
    [["medi-cal", "saftey", "70"], "no section 'saftey' in medi-cal — did you mean safety-and-protection?", "`ethics show medi-cal safety-and-protection`"],
    [["medi-cal", "saftey"], "no section 'saftey' in medi-cal — did you mean safety-and-protection?", "`ethics show medi-cal safety-and-protection`"],
    // nothing clearly meant: the list of sections, as before
    [["medi-cal", "xyzzy", "7"], "no section 'xyzzy' in medi-cal", "`ethics list medi-cal` shows its sections"],
    // the code's name with a word said in two: which section is asked, as of the code named so
    [["working", "well", "to", "gether", "1"], "california has 16 sections; say which one", "e.g. `ethics show california hope 1`; also person-driven 1, respect 1, …"],
  ])("%j: %s", (argv, message, hint) => {
    const error = resolveFailure(library, argv);
    expect([error.message, error.hint]).toEqual([message, hint]);
  });
});
