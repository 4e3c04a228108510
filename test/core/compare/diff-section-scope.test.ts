// `diff --section`: the concept rows gathered each code's standards on a concept from the whole
// code, so that a report of Alaska's Conduct cited "Relationship with Clients 1; Conduct 2" and
// read how Alaska binds from both. Now a row holds the standards compared alone (A's section, and
// what of B is compared with it), and a standard is only in its code when none of those of the
// other shares a concept with it, as the rows say. Between codes written apart, a pair by wording
// is listed for its standard of A's section, never for one of B that another of A is like.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { diffCodes, type CodeDiff } from "../../../src/core/compare/diff.js";
import { strongest } from "../../../src/core/concepts/strength.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import type { Code, Library, Ref } from "../../../src/model.js";

const data: Library = readDataDirectory(join(import.meta.dirname, "../../../data"));

/** A user's code of two sections (test/fixtures/diff-section/river.yaml): it explains one's role outside its Conduct. */
function river(): Code {
  const file = join(import.meta.dirname, "../../fixtures/diff-section/river.yaml");
  const parsed = parseCodeText(readFileSync(file, "utf8"), file, "user");
  expect(parsed.problems).toEqual([]);
  return parsed.code!;
}

const withRiver: Library = { ...data, codes: [...data.codes, river()] };

const key = (ref: Pick<Ref, "section" | "number">) => `${ref.section} ${ref.number}`;

/** Every standard the report lists on one side: in a pair, a merge or split, or alone. */
function listed(diff: CodeDiff, side: "a" | "b"): Set<string> {
  const refs: Ref[] =
    side === "a"
      ? [...diff.pairs.map((pair) => pair.a), ...diff.onlyA, ...diff.relatedA, ...diff.merges.flatMap((merge) => merge.a), ...diff.splits.map((split) => split.a)]
      : [...diff.pairs.map((pair) => pair.b), ...diff.onlyB, ...diff.relatedB, ...diff.merges.map((merge) => merge.b), ...diff.splits.flatMap((split) => split.b)];
  return new Set(refs.map(key));
}

describe("diff --section: the concept rows hold only the standards compared", () => {
  it.each([
    ["codes written apart, B narrowed to what A's section is about", "alaska", "north-carolina", "conduct"],
    ["codes written apart, the other way", "medi-cal", "alaska", "integrity"],
    ["a revision, B's section of the same name", "california", "medi-cal", "integrity"],
    ["a user's code with a section of the same name", "alaska", "river", "conduct"],
  ])("%s: %s → %s, %s", (_what, a, b, section) => {
    const library = b === "river" ? withRiver : data;
    const diff = diffCodes(library, a, b, { section });
    expect(diff.concepts.length).toBeGreaterThan(0);
    const [listedA, listedB] = [listed(diff, "a"), listed(diff, "b")];
    const bSections = new Set(diff.b.sections!.map((each) => each.id));
    for (const row of diff.concepts) {
      for (const ref of row.a) expect([ref.section, listedA.has(key(ref))], `${row.id}: ${ref.citation}`).toEqual([section, true]);
      for (const ref of row.b) expect([bSections.has(ref.section), listedB.has(key(ref))], `${row.id}: ${ref.citation}`).toEqual([true, true]);
      // How each side binds is read from the standards cited, and from no other.
      expect([row.readings.a.length, row.readings.b.length]).toEqual([row.a.length, row.b.length]);
      expect(row.strength).toEqual({ a: strongest(row.readings.a.map((reading) => reading.strength)), b: strongest(row.readings.b.map((reading) => reading.strength)) });
    }
    // Only in its code: no row puts a standard of the other code beside it; related: one does.
    const besideOther = (ref: Pick<Ref, "section" | "number">, side: "a" | "b") => diff.concepts.some((row) => row[side].some((each) => key(each) === key(ref)) && row[side === "a" ? "b" : "a"].length > 0);
    expect(diff.onlyA.filter((ref) => besideOther(ref, "a")).map(key)).toEqual([]);
    expect(diff.onlyB.filter((ref) => besideOther(ref, "b")).map(key)).toEqual([]);
    expect(diff.relatedA.filter((ref) => !besideOther(ref, "a")).map(key)).toEqual([]);
    expect(diff.relatedB.filter((ref) => !besideOther(ref, "b")).map(key)).toEqual([]);
  });

  it.each([
    ["medi-cal", "alaska", "integrity"],
    ["alaska", "north-carolina", "relationship-with-clients"],
    ["alaska", "wisconsin", "conduct"],
    ["california", "wisconsin", "safety-and-protection"],
  ])("between codes written apart, %s → %s, %s: a pair by wording is listed for the section's standard alone", (a, b, section) => {
    const diff = diffCodes(data, a, b, { section });
    expect(diff.kind).toBe("apart");
    expect([...diff.pairs.map((pair) => pair.a), ...diff.onlyA, ...diff.relatedA].filter((ref) => ref.section !== section).map((ref) => ref.citation)).toEqual([]);
    // Each standard compared is listed once, the other's of a pair left out too.
    expect([listed(diff, "a").size, listed(diff, "b").size]).toEqual([diff.a.standards, diff.b.standards]);
  });

  it("Alaska's Conduct against North Carolina: explaining one's role is Conduct 2's alone", () => {
    const row = diffCodes(data, "alaska", "north-carolina", { section: "conduct" }).concepts.find((each) => each.id === "explaining-your-role")!;
    expect(row.a.map((ref) => ref.citation)).toEqual(["Alaska · Conduct 2"]);
  });

  it("a standard whose matter the other code addresses only outside the section compared is only in its code", () => {
    const diff = diffCodes(withRiver, "alaska", "river", { section: "conduct" });
    expect(diff.onlyA.map((ref) => ref.citation)).toContain("Alaska · Conduct 2");
    // The whole codes: River's Relationships 1 explains its role too.
    expect(diffCodes(withRiver, "alaska", "river").concepts.find((row) => row.id === "explaining-your-role")!.b.map((ref) => ref.citation)).toEqual(["River · Relationships 1"]);
  });
});
