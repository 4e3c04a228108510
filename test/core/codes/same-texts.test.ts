// Two standards of one code with the same words: named in a warning, unless the file says the
// source repeats itself there (as data/medi-cal.yaml does of Holistic Wellness 1).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { rememberSameTexts, sameTexts, sameTextsOf, sameTextWarnings } from "../../../src/core/codes/same-texts.js";
import type { Code, Section, Standard } from "../../../src/model.js";
import { makeCode } from "../make-code.js";

const builtin = readCodeDir(join(import.meta.dirname, "../../../data"), "builtin");

type Written = Partial<Pick<Standard, "items" | "notes" | "editorial">> & { text: string };

/** A user's code of these sections, each a title and its standards' texts (and items, notes, remarks), numbered from 1. */
function codeOf(sections: Record<string, (string | Written)[]>): Code {
  return makeCode({
    id: "mine",
    shortName: "Mine",
    title: "Mine",
    sections: Object.entries(sections).map(([title, standards]): Section => {
      const id = title.toLowerCase();
      return {
        id,
        title,
        intro: null,
        editorial: {},
        standards: standards.map((written, at): Standard => {
          const { text, items = [], notes = [], editorial = [] } = typeof written === "string" ? { text: written } : written;
          return { code: "mine", section: id, sectionTitle: title, number: at + 1, text, items, notes, editorial, citation: `Mine · ${title} ${at + 1}` };
        }),
      };
    }),
  });
}

describe("standards with the same words", () => {
  it.each<[string, Record<string, (string | Written)[]>, string[]]>([
    ["none", { Boundaries: ["No gifts.", "No loans."] }, []],
    ["two in one section", { Boundaries: ["No gifts.", "No loans.", "No gifts."] }, ["standards 1 and 3 of Boundaries"]],
    ["three", { Boundaries: ["No gifts.", "No gifts.", "No gifts."] }, ["standards 1, 2 and 3 of Boundaries"]],
    // Past three, how many more: 300 copies of one text are not echoed back.
    ["three hundred", { Main: Array.from({ length: 300 }, () => "No gifts.") }, ["standards 1, 2, 3 and 297 more of Main"]],
    ["five in two sections", { Boundaries: ["No gifts.", "No gifts."], Privacy: ["No gifts.", "No gifts.", "No gifts."] }, ["Boundaries 1, Boundaries 2, Privacy 1 and 2 more"]],
    ["two groups", { Boundaries: ["No gifts.", "No loans.", "No gifts.", "No loans."] }, ["standards 1 and 3 of Boundaries", "standards 2 and 4 of Boundaries"]],
    ["in two sections", { Boundaries: ["No gifts."], Privacy: ["Keep records private.", "No gifts."] }, ["Boundaries 1 and Privacy 2"]],
    // The words differ only in case, or in their items: other standards.
    ["other case", { Boundaries: ["No gifts.", "no gifts."] }, []],
    ["other items", { Boundaries: [{ text: "Shall not:", items: [{ label: "a", text: "take gifts" }] }, { text: "Shall not:", items: [{ label: "a", text: "lend money" }] }] }, []],
    ["the same items", { Boundaries: [{ text: "Shall not:", items: [{ label: "a", text: "take gifts" }] }, { text: "Shall not:", items: [{ label: "a", text: "take gifts" }] }] }, ["standards 1 and 2 of Boundaries"]],
    // Said in the file: the source repeats itself.
    ["a remark says so", { Boundaries: ["No gifts.", { text: "No gifts.", editorial: ["The source repeats standard 1 here, word for word."] }] }, []],
    ["a note says so", { Boundaries: [{ text: "No gifts.", notes: ["(Duplicated in the original.)"] }, "No gifts."] }, []],
    // The rule's own words, not a word on the text: a slip still told.
    ["a note of the rule's own says twice", { Boundaries: [{ text: "No gifts.", notes: ["Do not bill twice for one session."] }, "No gifts."] }, ["standards 1 and 2 of Boundaries"]],
    ["another remark does not", { Boundaries: ["No gifts.", { text: "No gifts.", editorial: ["The source gives this standard no number."] }] }, ["standards 1 and 2 of Boundaries"]],
  ])("%s", (_, sections, expected) => {
    expect(sameTexts(codeOf(sections))).toEqual(expected);
  });

  it("none in the built-in codes: Medi-Cal's repeated standard is said to be the source's", () => {
    for (const code of builtin) expect(sameTexts(code), code.id).toEqual([]);
    const mediCal = builtin.find((code) => code.id === "medi-cal")!;
    const unremarked = { ...mediCal, sections: mediCal.sections.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, editorial: [] })) })) };
    expect(sameTexts(unremarked)).toEqual(["Family Driven and Child-Centered 1 and Holistic Wellness 1"]);
  });

  it("warns of users' codes only, as said ahead where a code's standards are not read", () => {
    const mine = { ...codeOf({ Boundaries: ["No gifts.", "No gifts."] }), file: "/my-codes/mine.yaml" };
    const told = { ...codeOf({ Boundaries: ["No gifts."] }), id: "told", file: "/my-codes/told.yaml" };
    rememberSameTexts(told, ["standards 4 and 9 of Conduct"]);
    expect(sameTextsOf(told)).toEqual(["standards 4 and 9 of Conduct"]);
    expect(sameTextWarnings([{ ...mine, origin: "builtin" }, mine, told])).toEqual([
      "/my-codes/mine.yaml: standards 1 and 2 of Boundaries have the same text (the code loads; where the source repeats itself, say so in an editorial remark on one of them)",
      "/my-codes/told.yaml: standards 4 and 9 of Conduct have the same text (the code loads; where the source repeats itself, say so in an editorial remark on one of them)",
    ]);
  });

  it("says the first twenty, then how many more and where validate lists them", () => {
    const copies = Array.from({ length: 25 }, (_, at) => ({ ...codeOf({ Boundaries: ["No gifts.", "No gifts."] }), id: `c${at}`, file: `/${at < 22 ? "a" : "b c"}/c${at}.yaml` }));
    const warnings = sameTextWarnings(copies);
    expect(warnings).toHaveLength(21);
    expect(warnings[19]).toMatch(/^\/a\/c19\.yaml: standards 1 and 2 of Boundaries have the same text/);
    expect(warnings[20]).toBe("… and 5 more like these; `ethics validate /a '/b c'` lists every one");
  });
});
