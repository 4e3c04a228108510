// A revision that rewords only a standard's note changed the standard: diff compared the text
// and its items alone, called the standard "same", counted it so, and never showed the note.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffCodes } from "../../../src/core/compare/diff.js";
import { oneSectionCode } from "./one-section-code.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import type { Code, Library } from "../../../src/model.js";

const builtIn = readDataDirectory(join(import.meta.dirname, "../../../data"));


/** The code `id` of two rules on gifts and money, the first with `note`. */
const code = (id: string, note: string, derivedFrom?: string): Code =>
  oneSectionCode(id, [{ text: "I will not accept gifts from people I support.", notes: [note] }, "I will not lend money to people I support."], derivedFrom, { id: "gifts", title: "Gifts" });

function libraryOf(...codes: Code[]): Library {
  return { ...builtIn, codes: [...builtIn.codes, ...codes] };
}

describe("a revision that rewords a note alone", () => {
  const before = code("agency", "See the agency gift policy.");
  const after = code("agency-two", "See the agency gift and loan policy.", "agency");
  const diff = diffCodes(libraryOf(before, after), "agency", "agency-two");

  it("calls the standard changed, a rewording, and counts it so", () => {
    expect(diff.kind).toBe("revision");
    const pair = diff.pairs.find((each) => each.a.number === 1)!;
    expect(pair.status).toBe("changed");
    expect(pair.edit).toBe("wording");
    expect(diff.summary.same).toBe(1);
    expect(diff.summary.changed).toBe(1);
  });

  it("says in the pair what the note's rewording was, as `changes` says the text's (--json)", () => {
    const pair = diff.pairs.find((each) => each.a.number === 1)!;
    expect(pair.changes.every((change) => change.type === "same")).toBe(true);
    expect(pair.noteChanges.filter((change) => change.type !== "same").map((change) => [change.type, change.text.trim()])).toEqual([["added", "and loan"]]);
    expect(diff.pairs.find((each) => each.a.number === 2)!.noteChanges).toEqual([]);
  });

  it("reads a note's punctuation alone as punctuation", () => {
    const comma = code("agency-three", "See the agency gift policy!", "agency");
    const pair = diffCodes(libraryOf(before, comma), "agency", "agency-three").pairs.find((each) => each.a.number === 1)!;
    expect([pair.status, pair.edit]).toEqual(["changed", "punctuation"]);
  });

  it("keeps a standard whose notes are the same the same", () => {
    const copy = code("agency-copy", "See the agency gift policy.", "agency");
    const same = diffCodes(libraryOf(before, copy), "agency", "agency-copy");
    expect(same.pairs.map((pair) => pair.status)).toEqual(["same", "same"]);
    expect(same.summary.changed).toBe(0);
  });
});
