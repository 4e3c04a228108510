// A merge's redline was worked out against the one part it is paired with: Working Well
// Together's Respect 4 and 5 became Medi-Cal's Respect 4, which pairs with 5, so Respect 4's
// words ("Provide empathy and able to …") read as all added, when Medi-Cal added only "be". A
// merge reads its parts joined, in A's order, against the one standard; a split the one
// against its parts joined. --json gave merges and splits no changes at all.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffCodes, fullText, type CodeDiff } from "../../../src/core/compare/diff.js";
import { afterText, beforeText, formatRedline } from "../../../src/core/compare/redline.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { findStandard, type Code, type Library, type Ref } from "../../../src/model.js";
import { oneSectionCode } from "./one-section-code.js";
import { userCode } from "./user-code.js";

const builtIn = readDataDirectory(join(import.meta.dirname, "../../../data"));

const boundaries = userCode("boundaries", {
  Boundaries: ["Never accept gifts of money from persons served, and never lend money to persons served.", "Seek supervision about dual relationships."],
});
const boundariesSplit = userCode("boundaries-split", {
  Boundaries: ["Never accept gifts of money from persons served.", "Never lend money to persons served or borrow money from them.", "Seek supervision about dual relationships."],
});
const ofUsers = (...codes: Code[]): Library => ({ codes, topics: [], concepts: [] });

/** The one fold of a diff, merge or split, as the standards each side reads as one and its changes. */
function onlyFold(diff: CodeDiff) {
  const folds = [
    ...diff.merges.map((merge) => ({ before: merge.a, after: [merge.b], changes: merge.changes, noteChanges: merge.noteChanges })),
    ...diff.splits.map((split) => ({ before: [split.a], after: split.b, changes: split.changes, noteChanges: split.noteChanges })),
  ];
  expect(folds).toHaveLength(1);
  return folds[0]!;
}

describe("a merge or split is redlined against its parts joined", () => {
  it.each([
    {
      name: "WWT Respect 4 + 5 → Medi-Cal Respect 4 (a merge)",
      library: builtIn,
      a: "california",
      b: "medi-cal",
      redline:
        "Provide empathy and {+be+} able to “put oneself in the other person’s shoes.” Will make an honest effort to empathize with the emotional connection and cultural context that the persons [-served-]{+engaging in services+} bring to the recovery/[- -]resiliency relationship.",
    },
    {
      name: "Medi-Cal Respect 4 → WWT Respect 4 + 5 (a split)",
      library: builtIn,
      a: "medi-cal",
      b: "california",
      redline:
        "Provide empathy and [-be-] able to “put oneself in the other person’s shoes.” Will make an honest effort to empathize with the emotional connection and cultural context that the persons [-engaging in services-]{+served+} bring to the recovery/{+ +}resiliency relationship.",
    },
    {
      name: "a user's rule on gifts and loans split in two",
      library: ofUsers(boundaries, boundariesSplit),
      a: "boundaries",
      b: "boundaries-split",
      redline: "Never accept gifts of money from persons served[-, and never-]{+. Never+} lend money to persons served {+or borrow money from them+}.",
    },
    {
      name: "the same two merged back",
      library: ofUsers(boundaries, boundariesSplit),
      a: "boundaries-split",
      b: "boundaries",
      redline: "Never accept gifts of money from persons served[-. Never-]{+, and never+} lend money to persons served [-or borrow money from them-].",
    },
  ])("$name: only what changed is marked, and --json carries it", ({ library, a, b, redline }) => {
    const fold = onlyFold(diffCodes(library, a, b));
    expect(formatRedline(fold.changes)).toBe(redline);
    const joined = (refs: readonly Ref[]) => refs.map((ref) => fullText(findStandard(library, ref)!)).join(" ");
    expect(beforeText(fold.changes)).toBe(joined(fold.before));
    expect(afterText(fold.changes)).toBe(joined(fold.after));
    expect(fold.noteChanges).toEqual([]);
  });
});

describe("a merge's notes are its parts' notes, in order", () => {
  const parts = oneSectionCode("parts", [
    { text: "Never accept gifts of money from persons served.", notes: ["See the gift policy."] },
    { text: "Never lend money to persons served or borrow money from them.", notes: ["See the loan policy."] },
    "Seek supervision about dual relationships.",
  ]);
  const merged = (notes: string[]) =>
    oneSectionCode("merged", [{ text: "Never accept gifts of money from persons served, and never lend money to persons served.", notes }, "Seek supervision about dual relationships."]);

  it.each([
    { name: "both notes kept", notes: ["See the gift policy.", "See the loan policy."], changed: null },
    { name: "one note for both", notes: ["See the gift and loan policy."], changed: { before: "See the gift policy.\nSee the loan policy.", after: "See the gift and loan policy." } },
  ])("$name", ({ notes, changed }) => {
    const { noteChanges } = onlyFold(diffCodes(ofUsers(parts, merged(notes)), "parts", "merged"));
    if (changed === null) expect(noteChanges).toEqual([]);
    else expect({ before: beforeText(noteChanges), after: afterText(noteChanges) }).toEqual(changed);
  });
});
