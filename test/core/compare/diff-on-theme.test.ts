// `diff --topic`: two codes compared on one matter. Every standard in view is on one of the
// theme's concepts, every concept row is one of them, and a standard of either code on them is
// in view (in a pair, or listed as only in its code, or related). A pair by wording is listed
// only when both its standards are on the matter: "Alaska → Wisconsin on Cultural
// responsiveness" counted no standard of Wisconsin on it, then paired Alaska's two with
// Wisconsin 6 and 7.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffCodes, type CodeDiff, type DiffStandard, type DiffTheme } from "../../../src/core/compare/diff.js";
import { conceptsOfStandard, conceptsOfTopic, topicReport } from "../../../src/core/concepts/topics.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { allStandards, type Library } from "../../../src/model.js";

const library: Library = readDataDirectory(join(import.meta.dirname, "../../../data"));

function topicTheme(id: string): DiffTheme {
  const topic = library.topics.find((each) => each.id === id)!;
  return { id, name: topic.name, concepts: new Set(conceptsOfTopic(library, topic).map((concept) => concept.id)) };
}

function conceptTheme(id: string): DiffTheme {
  return { id, name: library.concepts.find((each) => each.id === id)!.name, concepts: new Set([id]) };
}

/** Every standard the report lists, in a pair, a merge or split, or alone, of side `side`. */
function listed(diff: CodeDiff, side: "a" | "b"): DiffStandard[] {
  return [
    ...diff.pairs.map((pair) => pair[side]),
    ...(side === "a" ? [...diff.onlyA, ...diff.relatedA, ...diff.merges.flatMap((merge) => merge.a), ...diff.splits.map((split) => split.a)] : [...diff.onlyB, ...diff.relatedB, ...diff.merges.map((merge) => merge.b), ...diff.splits.flatMap((split) => split.b)]),
  ];
}

describe("diff on a theme", () => {
  it.each([
    ["alaska", "medi-cal", topicTheme("gifts")],
    ["california", "medi-cal", topicTheme("gifts")],
    ["california", "medi-cal", topicTheme("confidentiality-and-privacy")],
    ["north-carolina", "wisconsin", topicTheme("dual-relationships")],
    ["alaska", "wisconsin", conceptTheme("accepting-gifts")],
  ])("%s → %s on %s: only that matter's concepts and standards, all of them", (a, b, theme) => {
    const diff = diffCodes(library, a, b, { theme });
    expect(diff.theme).toEqual({ id: theme.id, name: theme.name });
    expect(diff.concepts.length).toBeGreaterThan(0);
    for (const row of diff.concepts) expect(theme.concepts.has(row.id)).toBe(true);
    for (const [side, codeId] of [["a", a], ["b", b]] as const) {
      const code = library.codes.find((each) => each.id === codeId)!;
      const onTheme = allStandards(code).filter((standard) => conceptsOfStandard(library, code, standard).some((id) => theme.concepts.has(id)));
      expect(diff[side].standards).toBe(onTheme.length);
      const shown = new Set(listed(diff, side).map((ref) => `${ref.section} ${ref.number}`));
      for (const standard of onTheme) expect(shown.has(`${standard.section} ${standard.number}`)).toBe(true);
    }
    // Every standard listed is on the matter, paired or not.
    for (const ref of [...listed(diff, "a"), ...listed(diff, "b")]) {
      const code = library.codes.find((each) => each.id === ref.code)!;
      expect(conceptsOfStandard(library, code, ref).some((id) => theme.concepts.has(id))).toBe(true);
    }
  });

  it("narrows what a whole comparison lists", () => {
    const whole = diffCodes(library, "alaska", "medi-cal");
    const gifts = diffCodes(library, "alaska", "medi-cal", { theme: topicTheme("gifts") });
    expect(whole.theme).toBeNull();
    expect(gifts.a.standards).toBeLessThan(whole.a.standards);
    expect(gifts.concepts.length).toBeLessThan(whole.concepts.length);
  });

  it("lists only the theme's topics: another matter of a standard on it is not said to be one code's alone", () => {
    // Alaska Conflicts of Interest 3 is on gifts and loans; North Carolina's loans rule is not on
    // gifts. The whole comparison has both codes on Money and loans.
    expect(diffCodes(library, "alaska", "north-carolina").topics.both.map((topic) => topic.id)).toContain("money-and-loans");
    expect(diffCodes(library, "alaska", "north-carolina", { theme: topicTheme("gifts") }).topics).toEqual({ both: [{ id: "gifts", name: "Gifts" }], onlyA: [], onlyB: [] });
    const concept = diffCodes(library, "alaska", "wisconsin", { theme: conceptTheme("accepting-gifts") });
    expect([...concept.topics.both, ...concept.topics.onlyA, ...concept.topics.onlyB].map((topic) => topic.id)).toEqual(["gifts"]);
  });

  it("with --section too, keeps the standards of that section on the matter", () => {
    const diff = diffCodes(library, "california", "medi-cal", { section: "integrity", theme: topicTheme("gifts") });
    expect(diff.pairs.map((pair) => `${pair.a.section} ${pair.a.number}`)).toEqual(["integrity 5", "integrity 6"]);
  });

  // `ethics topic` is the reference for what a code says on a matter: between codes written
  // apart, a --topic diff names no standard it does not list, in a pair, a merge or split, a list
  // of one code's, or a concept row; and a standard is only in its code exactly when the concept
  // rows say the other code has none on its matters there. (A revision's pairs are lineage: below.)
  const codePairs = [
    ["alaska", "wisconsin"],
    ["north-carolina", "alaska"],
    ["alaska", "medi-cal"],
    ["medi-cal", "alaska"],
    ["wisconsin", "california"],
  ] as const;
  const cases = [
    ...codePairs.flatMap(([a, b]) => ["cultural-responsiveness", "respect-and-dignity"].map((topic) => [a, b, topic] as const)),
    ["north-carolina", "alaska", "money-and-loans"],
    ["california", "north-carolina", "advocacy"],
    ["wisconsin", "north-carolina", "hope-and-recovery"],
  ] as const;
  it.each(cases)("%s → %s on %s names only standards `ethics topic` lists", (a, b, topicId) => {
    const diff = diffCodes(library, a, b, { theme: topicTheme(topicId) });
    const report = topicReport(library, library.topics.find((each) => each.id === topicId)!, [a, b]);
    for (const [at, side] of [[0, "a"], [1, "b"]] as const) {
      const onTopic = report.codes[at]!.standards.map((standard) => standard.citation).sort();
      const named = [...listed(diff, side), ...diff.concepts.flatMap((row) => row[side])].map((ref) => ref.citation);
      expect([...new Set(named)].filter((citation) => !onTopic.includes(citation))).toEqual([]);
      expect(diff[side].standards).toBe(onTopic.length);
    }
    const other = { a: "b", b: "a" } as const;
    for (const side of ["a", "b"] as const) {
      const rowsOf = (ref: { citation: string }) => diff.concepts.filter((row) => row[side].some((each) => each.citation === ref.citation));
      const only = side === "a" ? diff.onlyA : diff.onlyB;
      const related = side === "a" ? diff.relatedA : diff.relatedB;
      for (const ref of only) expect(rowsOf(ref).every((row) => row[other[side]].length === 0)).toBe(true);
      for (const ref of related) expect(rowsOf(ref).some((row) => row[other[side]].length > 0)).toBe(true);
    }
  });

  it("a revision keeps a standard's lineage on a theme: reworded onto it, it is still the one it came from", () => {
    // Working Well Together's Holistic Wellness 2 is not filed under advocacy; Medi-Cal's
    // rewording of it (Holistic Wellness 3, "… poverty and homelessness, stigma and
    // discrimination") is. It is that standard reworded, not a new one.
    const diff = diffCodes(library, "california", "medi-cal", { theme: topicTheme("advocacy") });
    expect(diff.pairs.map((pair) => `${pair.a.citation} → ${pair.b.citation}`)).toContain("Working Well Together · Holistic Wellness 2 → Medi-Cal · Holistic Wellness 3");
    expect(diff.onlyB.map((ref) => ref.citation)).not.toContain("Medi-Cal · Holistic Wellness 3");
  });
});
