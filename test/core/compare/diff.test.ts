import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topicCoverage, topicsInView } from "../../../src/core/compare/coverage.js";
import { DIFF_STATUSES, diffCodes, fullText, parseOnly, PAIR_THRESHOLD, sameWording, type CodeDiff } from "../../../src/core/compare/diff.js";
import { EthicsError, UsageError } from "../../../src/core/errors.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { parseCodeText, readCodeDir } from "../../../src/core/codes/load.js";
import { afterText, beforeText, formatRedline, wordChanges } from "../../../src/core/compare/redline.js";
import { allStandards, type Code, type Library, type Ref, type Standard, type Topic } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const library: Library = readDataDirectory(join(root, "data"));
const { codes } = library;

/** Topics written for the coverage tests, each listing standards read in the codes. */
const fixtureTopics: Topic[] = [
  topic("sexual-relationships", "Sexual and romantic relationships", [
    ["alaska", "conflicts-of-interest", 2],
    ["medi-cal", "safety-and-protection", 1],
    ["california", "safety-and-protection", 1],
  ]),
  topic("sponsoring", "Sponsoring a peer", [["alaska", "conflicts-of-interest", 4]]),
  topic("fraud", "Fraud and misrepresentation", [
    ["medi-cal", "integrity", 10],
    ["medi-cal", "integrity", 13],
  ]),
  topic("gifts", "Gifts", [
    ["alaska", "conflicts-of-interest", 3],
    ["medi-cal", "integrity", 5],
    ["california", "integrity", 5],
  ]),
  topic("cultural-humility", "Cultural humility", [["medi-cal", "cultural-responsiveness-and-humility", 2]]),
];

function topic(id: string, name: string, standards: [string, string, number][]): Topic {
  return { id, name, description: name, synonyms: [], standards: standards.map(([code, section, number]) => ({ code, section, number })) };
}

function code(id: string): Code {
  return codes.find((candidate) => candidate.id === id)!;
}

function key(ref: Pick<Ref, "section" | "number">): string {
  return `${ref.section} ${ref.number}`;
}

function pairOf(diff: CodeDiff, aKey: string) {
  return diff.pairs.find((pair) => key(pair.a) === aKey);
}

const wwtToMediCal = diffCodes(library, "california", "medi-cal");
const mediCalToWwt = diffCodes(library, "medi-cal", "california");
const alaskaToMediCal = diffCodes(library, "alaska", "medi-cal");

describe("Working Well Together → Medi-Cal", () => {
  it("lists as new in Medi-Cal exactly the standards Working Well Together has no version of", () => {
    // Read side by side: Hope 2–3, Authenticity 2, Cultural Responsiveness 1 and 7, Integrity
    // 10–14 and Reciprocity 3–4 are new; Holistic Wellness 1 repeats Family Driven 1.
    expect(wwtToMediCal.onlyB.map(key)).toEqual([
      "hope 2",
      "hope 3",
      "holistic-wellness 1",
      "authenticity 2",
      "cultural-responsiveness-and-humility 1",
      "cultural-responsiveness-and-humility 7",
      "integrity 10",
      "integrity 11",
      "integrity 12",
      "integrity 13",
      "integrity 14",
      "reciprocity 3",
      "reciprocity 4",
    ]);
  });

  it("leaves only Respect 4 of Working Well Together without a successor, folded into Medi-Cal Respect 4", () => {
    expect(wwtToMediCal.onlyA.map(key)).toEqual(["respect 4"]);
    expect(wwtToMediCal.merges.map((merge) => ({ a: merge.a.map(key), b: key(merge.b) }))).toEqual([
      { a: ["respect 4", "respect 5"], b: "respect 4" },
    ]);
    expect(wwtToMediCal.splits).toEqual([]);
  });

  it.each([
    // [WWT, Medi-Cal, status]: what a trainer reading both codes pairs up.
    ["hope 1", "hope 1", "changed"],
    ["person-driven 1", "person-driven 1", "changed"],
    ["person-driven 3", "person-driven 3", "same"],
    ["family-driven-and-child-centered 1", "family-driven-and-child-centered 1", "changed"],
    ["holistic-wellness 1", "holistic-wellness 2", "changed"],
    ["holistic-wellness 3", "holistic-wellness 4", "same"],
    ["authenticity 2", "authenticity 3", "same"],
    ["cultural-relevancy 1", "cultural-responsiveness-and-humility 2", "changed"],
    ["cultural-relevancy 3", "cultural-responsiveness-and-humility 4", "changed"],
    ["respect 5", "respect 4", "changed"],
    ["respect 11", "respect 10", "changed"],
    ["respect 13", "respect 12", "changed"],
    ["integrity 7", "integrity 7", "changed"],
    ["integrity 9", "integrity 9", "same"],
    ["confidentiality 3", "confidentiality 3", "changed"],
    ["reciprocity 2", "reciprocity 2", "changed"],
    ["wellness-recovery-and-resiliency 5", "wellness-recovery-and-resiliency 5", "same"],
  ])("pairs WWT %s with Medi-Cal %s (%s)", (aKey, bKey, status) => {
    const pair = pairOf(wwtToMediCal, aKey);
    expect(pair && key(pair.b)).toBe(bKey);
    expect(pair?.status).toBe(status);
  });

  it("shows the person-first rewording of Respect as a word diff", () => {
    const pair = pairOf(wwtToMediCal, "respect 11")!;
    expect(formatRedline(pair.changes)).toBe(
      "Use language that is respectful, “person-first{+,+}” and culturally mindful to, and with, those [-served-]{+supported+}, colleagues{+,+} and the community.",
    );
  });

  it("shows Person-Driven 1's new words for the people served", () => {
    const pair = pairOf(wwtToMediCal, "person-driven 1")!;
    expect(pair.changes.filter((change) => change.type === "removed").map((change) => change.text)).toContain("adults, young adults");
    expect(pair.changes.filter((change) => change.type === "added").map((change) => change.text)).toContain("individuals receiving services");
  });

  it("finds Cultural Relevancy renamed Cultural Responsiveness & Humility, and no other section renamed", () => {
    expect(wwtToMediCal.renamedSections).toEqual([
      {
        a: { id: "cultural-relevancy", title: "Cultural Relevancy" },
        b: { id: "cultural-responsiveness-and-humility", title: "Cultural Responsiveness & Humility" },
      },
    ]);
  });

  it("pairs Family Driven 1 with its namesake, not with the Holistic Wellness repeat", () => {
    expect(key(pairOf(wwtToMediCal, "family-driven-and-child-centered 1")!.b)).toBe("family-driven-and-child-centered 1");
    expect(wwtToMediCal.splits).toEqual([]);
  });

  it("pairs every other standard, with high similarity, in the section it continues as", () => {
    expect(wwtToMediCal.pairs).toHaveLength(95);
    const similarities = wwtToMediCal.pairs.map((pair) => pair.similarity).sort((x, y) => x - y);
    expect(similarities[0]).toBeGreaterThan(0.5);
    expect(similarities[Math.floor(similarities.length / 2)]).toBeGreaterThan(0.9);
    expect(wwtToMediCal.pairs.filter((pair) => pair.moved)).toEqual([]);
  });

  it("marks renumbered pairs: Respect 6 is Medi-Cal Respect 5, Respect 1 keeps its number", () => {
    expect(pairOf(wwtToMediCal, "respect 6")!.renumbered).toBe(true);
    expect(pairOf(wwtToMediCal, "respect 1")!.renumbered).toBe(false);
    expect(pairOf(wwtToMediCal, "cultural-relevancy 2")!.renumbered).toBe(true);
  });

  it("summarises the counts", () => {
    expect(wwtToMediCal.summary).toEqual({
      same: 26,
      changed: 69,
      added: 13,
      removed: 1,
      moved: 0,
      renumbered: 23,
      merges: 1,
      splits: 0,
      renamedSections: 1,
    });
    expect(wwtToMediCal.a).toMatchObject({ code: "california", sections: null, standards: 96 });
    expect(wwtToMediCal.b).toMatchObject({ code: "medi-cal", sections: null, standards: 108 });
  });
});

describe("Working Well Together → Medi-Cal topics", () => {
  it("finds no topic Medi-Cal dropped, and the themes of its new Integrity standards", () => {
    expect(wwtToMediCal.topics.onlyA).toEqual([]);
    // Integrity 10 and 13 (fraud, certification), 12 (under the influence), 14 (records).
    expect(wwtToMediCal.topics.onlyB.map((t) => t.id)).toEqual(
      expect.arrayContaining(["fraud-and-certification", "substance-use-and-impairment", "documentation-and-records"]),
    );
    expect(wwtToMediCal.topics.both.map((t) => t.id)).toEqual(expect.arrayContaining(["gifts", "confidentiality-and-privacy"]));
  });
});

describe("Medi-Cal → Working Well Together mirrors it", () => {
  it("makes the same pairs the other way round, with the same similarity and status", () => {
    const mirrored = mediCalToWwt.pairs.map((pair) => `${key(pair.b)} → ${key(pair.a)} ${pair.similarity} ${pair.status}`).sort();
    const forward = wwtToMediCal.pairs.map((pair) => `${key(pair.a)} → ${key(pair.b)} ${pair.similarity} ${pair.status}`).sort();
    expect(mirrored).toEqual(forward);
  });

  it("swaps only-in-A and only-in-B, merges and splits, and the rename", () => {
    expect(mediCalToWwt.onlyA).toEqual(wwtToMediCal.onlyB);
    expect(mediCalToWwt.onlyB).toEqual(wwtToMediCal.onlyA);
    expect(mediCalToWwt.merges).toEqual([]);
    expect(mediCalToWwt.splits.map((split) => ({ a: key(split.a), b: split.b.map(key) }))).toEqual([
      { a: "respect 4", b: ["respect 4", "respect 5"] },
    ]);
    expect(mediCalToWwt.renamedSections.map((rename) => [rename.a.title, rename.b.title])).toEqual([
      ["Cultural Responsiveness & Humility", "Cultural Relevancy"],
    ]);
  });

  it("redlines from Medi-Cal's wording to Working Well Together's", () => {
    const pair = mediCalToWwt.pairs.find((candidate) => key(candidate.a) === "respect 10")!;
    expect(formatRedline(pair.changes)).toContain("“person-first[-,-]”");
  });
});

describe("Alaska → Medi-Cal: codes written apart", () => {
  it.each([
    ["relationship-with-clients 3", "safety-and-protection 6"], // intimidate, threaten, harass …
    ["relationship-with-clients 4", "cultural-responsiveness-and-humility 4"], // regardless of age, gender …
    ["conflicts-of-interest 2", "safety-and-protection 1"], // no romantic or sexual relationships
    ["conduct 6", "confidentiality 4"], // federal and state confidentiality laws
  ])("pairs Alaska %s with Medi-Cal %s", (aKey, bKey) => {
    expect(pairOf(alaskaToMediCal, aKey) && key(pairOf(alaskaToMediCal, aKey)!.b)).toBe(bKey);
  });

  it("keeps what only one of them says apart", () => {
    expect(alaskaToMediCal.onlyA.map(key)).toContain("conflicts-of-interest 4"); // sponsoring
    expect(alaskaToMediCal.onlyA.map(key)).toContain("conduct 8"); // private practice: one shared word is no pair
    expect(alaskaToMediCal.onlyB.map(key)).toEqual(expect.arrayContaining(["integrity 10", "integrity 13"])); // fraud
  });

  it("finds no renamed sections, merges or moves between unrelated codes", () => {
    expect(alaskaToMediCal.renamedSections).toEqual([]);
    expect(alaskaToMediCal.merges).toEqual([]);
    expect(alaskaToMediCal.splits).toEqual([]);
    expect(alaskaToMediCal.summary.moved + alaskaToMediCal.summary.renumbered).toBe(0);
  });

  it.each([
    // Alaska Relationship with Clients 8–9 end or change the relationship; Medi-Cal never does.
    ["ending-or-changing-the-relationship", "onlyA"],
    // Medi-Cal Respect 10–11 and Holistic Wellness 4, Safety & Protection 9; Alaska has neither.
    ["respectful-language", "onlyB"],
    ["trauma-informed-practice", "onlyB"],
    // Sponsoring (Alaska Conflicts of Interest 4) is a dual relationship, which Medi-Cal also forbids.
    ["dual-relationships", "both"],
    ["romantic-and-sexual-relationships", "both"],
  ] as const)("puts the topic %s in %s", (topicId, where) => {
    expect(alaskaToMediCal.topics[where].map((t) => t.id)).toContain(topicId);
  });
});

const ids = codes.map((candidate) => candidate.id);
const orderedPairs = ids.flatMap((a) => ids.map((b) => [a, b] as const));

describe.each(orderedPairs)("diff %s → %s", (aId, bId) => {
  const diff = diffCodes(library, aId, bId);
  const a = allStandards(code(aId));
  const b = allStandards(code(bId));
  const standardOf = (ref: Ref): Standard =>
    allStandards(code(ref.code)).find((s) => s.section === ref.section && s.number === ref.number)!;

  it("accounts for every standard once: pairs + only in A = |A|, pairs + only in B = |B|", () => {
    expect(diff.pairs.length + diff.onlyA.length).toBe(a.length);
    expect(diff.pairs.length + diff.onlyB.length).toBe(b.length);
    const aKeys = [...diff.pairs.map((pair) => key(pair.a)), ...diff.onlyA.map(key)];
    const bKeys = [...diff.pairs.map((pair) => key(pair.b)), ...diff.onlyB.map(key)];
    expect(new Set(aKeys).size).toBe(a.length);
    expect(new Set(bKeys).size).toBe(b.length);
  });

  it("summarises what it lists", () => {
    const { summary } = diff;
    expect(summary.same + summary.changed).toBe(diff.pairs.length);
    expect(summary.same).toBe(diff.pairs.filter((pair) => pair.status === "same").length);
    expect([summary.added, summary.removed]).toEqual([diff.onlyB.length, diff.onlyA.length]);
    expect([summary.merges, summary.splits, summary.renamedSections]).toEqual([
      diff.merges.length,
      diff.splits.length,
      diff.renamedSections.length,
    ]);
  });

  it("gives each pair a similarity over the threshold, a status from the wording, and an exact redline", () => {
    for (const pair of diff.pairs) {
      expect(pair.similarity).toBeGreaterThanOrEqual(Math.floor(PAIR_THRESHOLD * 1000) / 1000);
      expect(pair.similarity).toBeLessThanOrEqual(1);
      const before = fullText(standardOf(pair.a));
      const after = fullText(standardOf(pair.b));
      expect(pair.status).toBe(sameWording(before, after) ? "same" : "changed");
      if (pair.status === "changed") {
        expect(beforeText(pair.changes)).toBe(before);
        expect(afterText(pair.changes)).toBe(after);
      } else expect(pair.changes).toEqual([]);
    }
  });

  it("names in merges a paired standard of B and leftovers of A, and the reverse in splits", () => {
    const onlyA = new Set(diff.onlyA.map(key));
    const onlyB = new Set(diff.onlyB.map(key));
    for (const merge of diff.merges) {
      expect(merge.a.filter((ref) => !onlyA.has(key(ref)))).toHaveLength(1);
      expect(diff.pairs.some((pair) => key(pair.b) === key(merge.b))).toBe(true);
    }
    for (const split of diff.splits) {
      expect(split.b.filter((ref) => !onlyB.has(key(ref)))).toHaveLength(1);
      expect(diff.pairs.some((pair) => key(pair.a) === key(split.a))).toBe(true);
    }
  });

  it("mirrors the diff the other way round", () => {
    const reverse = diffCodes(library, bId, aId);
    const forwardPairs = diff.pairs.map((pair) => `${key(pair.a)}|${key(pair.b)}`).sort();
    const reversePairs = reverse.pairs.map((pair) => `${key(pair.b)}|${key(pair.a)}`).sort();
    expect(reversePairs).toEqual(forwardPairs);
    expect(reverse.topics).toEqual({ both: expect.any(Array), onlyA: diff.topics.onlyB, onlyB: diff.topics.onlyA });
  });
});

describe("a code against itself", () => {
  it.each(ids)("%s: every standard the same, in place", (id) => {
    const diff = diffCodes(library, id, id);
    expect(diff.pairs.every((pair) => pair.status === "same" && key(pair.a) === key(pair.b) && !pair.renumbered)).toBe(true);
    expect(diff.onlyA.length + diff.onlyB.length).toBe(0);
  });
});

describe("--section", () => {
  it("narrows both codes to a section both have", () => {
    const diff = diffCodes(library, "california", "medi-cal", { section: "respect" });
    expect(diff.a.sections).toEqual([{ id: "respect", title: "Respect" }]);
    expect(diff.b.sections).toEqual([{ id: "respect", title: "Respect" }]);
    expect(diff.pairs.every((pair) => pair.a.section === "respect" && pair.b.section === "respect")).toBe(true);
    expect(diff.pairs).toHaveLength(12);
    expect(diff.onlyA.map(key)).toEqual(["respect 4"]);
    expect(diff.merges).toHaveLength(1);
    expect(diff.summary.renamedSections).toBe(0);
  });

  it("follows a renamed section into B", () => {
    const diff = diffCodes(library, "california", "medi-cal", { section: "cultural relevancy" });
    expect(diff.b.sections).toEqual([{ id: "cultural-responsiveness-and-humility", title: "Cultural Responsiveness & Humility" }]);
    expect(diff.onlyB.map(key)).toEqual(["cultural-responsiveness-and-humility 1", "cultural-responsiveness-and-humility 7"]);
    expect(diff.pairs).toHaveLength(5);
    expect(diff.renamedSections).toHaveLength(1);
    expect(diff.a.standards + diff.b.standards).toBe(5 + 7);
  });

  it("narrows B, when it has no such section, to where A's standards went, listing each standard in view once", () => {
    const diff = diffCodes(library, "alaska", "medi-cal", { section: "conflicts-of-interest" });
    expect(diff.b.sections).toEqual([{ id: "safety-and-protection", title: "Safety & Protection" }]);
    expect(diff.pairs.length + diff.onlyB.length).toBeGreaterThanOrEqual(diff.b.standards);
    const bKeys = [...diff.pairs.filter((pair) => pair.b.section === "safety-and-protection").map((pair) => key(pair.b)), ...diff.onlyB.map(key)];
    expect(bKeys.sort()).toEqual(allStandards(code("medi-cal")).filter((s) => s.section === "safety-and-protection").map(key).sort());
    expect(diff.onlyA.map(key)).toEqual(["conflicts-of-interest 1", "conflicts-of-interest 3", "conflicts-of-interest 4"]);
    // Medi-Cal speaks of gifts in Integrity, out of view; of romance in Safety & Protection 1–2.
    expect(diff.topics.onlyA.map((t) => t.id)).toContain("gifts");
    expect(diff.topics.both.map((t) => t.id)).toContain("romantic-and-sexual-relationships");
  });

  it.each([
    { section: "values", error: UsageError, message: /not value statements/ },
    { section: "nowhere", error: EthicsError, message: /no section 'nowhere' in alaska/ },
  ])("refuses $section", ({ section, error, message }) => {
    expect(() => diffCodes(library, "alaska", "medi-cal", { section })).toThrow(error);
    expect(() => diffCodes(library, "alaska", "medi-cal", { section })).toThrow(message);
  });
});

describe("--only", () => {
  it.each([
    { only: ["added"], pairs: 0, onlyA: 0, onlyB: 13, merges: 0 },
    { only: ["removed"], pairs: 0, onlyA: 1, onlyB: 0, merges: 1 },
    { only: ["same"], pairs: 26, onlyA: 0, onlyB: 0, merges: 0 },
    { only: ["changed", "removed"], pairs: 69, onlyA: 1, onlyB: 0, merges: 1 },
  ] as const)("$only lists only those, and still counts everything", ({ only, ...expected }) => {
    const diff = diffCodes(library, "california", "medi-cal", { only });
    expect({ pairs: diff.pairs.length, onlyA: diff.onlyA.length, onlyB: diff.onlyB.length, merges: diff.merges.length }).toEqual(expected);
    expect(diff.summary).toEqual(wwtToMediCal.summary);
  });

  it.each([
    { input: "changed", expected: ["changed"] },
    { input: "Added, removed", expected: ["added", "removed"] },
  ])("parses '$input'", ({ input, expected }) => {
    expect(parseOnly(input)).toEqual(expected);
  });

  it.each([
    { input: "chnged", message: /did you mean changed/ },
    { input: " , ", message: /needs a status/ },
    { input: "modified", message: /not a diff status/ },
  ])("refuses '$input'", ({ input, message }) => {
    expect(() => parseOnly(input)).toThrow(UsageError);
    expect(() => parseOnly(input)).toThrow(message);
  });

  it("knows the four statuses", () => {
    expect(DIFF_STATUSES).toEqual(["same", "changed", "added", "removed"]);
  });
});

describe("codes other than the built-in ones", () => {
  function userCode(id: string, sections: Record<string, string[]>): Code {
    const yaml = [
      `id: ${id}`,
      `title: ${id}`,
      `shortName: ${id}`,
      "jurisdiction: test",
      "numbering: position",
      "source: { document: test.txt }",
      "sections:",
      ...Object.entries(sections).flatMap(([title, texts]) => [
        `  - id: ${title.toLowerCase().replace(/[^a-z]+/g, "-")}`,
        `    title: ${title}`,
        "    standards:",
        ...texts.map((text) => `      - text: ${JSON.stringify(text)}`),
      ]),
    ].join("\n");
    const parsed = parseCodeText(yaml, `${id}.yaml`, "user");
    expect(parsed.problems).toEqual([]);
    return parsed.code!;
  }

  it("finds a split: one standard of A became two of B", () => {
    const before = userCode("before", {
      Boundaries: [
        "Never accept gifts of money from persons served, and never lend money to persons served.",
        "Seek supervision about dual relationships.",
      ],
    });
    const after = userCode("after", {
      Boundaries: [
        "Never accept gifts of money from persons served.",
        "Never lend money to persons served or borrow money from them.",
        "Seek supervision about dual relationships.",
      ],
    });
    const diff = diffCodes({ codes: [before, after], topics: [], concepts: [] }, before, after);
    expect(diff.splits.map((split) => ({ a: key(split.a), b: split.b.map(key) }))).toEqual([
      { a: "boundaries 1", b: ["boundaries 1", "boundaries 2"] },
    ]);
    expect(diff.onlyB.map(key)).toEqual(["boundaries 2"]);
  });

  it("pairs a repeated standard with the one in the section of the same name, wherever it comes", () => {
    const a = userCode("a", { Family: ["Promote the family member’s ethical decision-making."] });
    const b = userCode("b", {
      Holistic: ["Promote the family member’s ethical decision-making."],
      Family: ["Promote the family member’s ethical decision-making."],
    });
    const diff = diffCodes({ codes: [a, b], topics: [], concepts: [] }, a, b);
    expect(diff.pairs.map((pair) => key(pair.b))).toEqual(["family 1"]);
    expect(diff.onlyB.map(key)).toEqual(["holistic 1"]);
    expect(diff.splits).toEqual([]);
  });

  it("pairs a standard of stop words only with the same words", () => {
    const a = userCode("a", { Conduct: ["Do so.", "Keep records of every contact."] });
    const b = userCode("b", { Conduct: ["Keep records of every contact.", "Do so."] });
    const diff = diffCodes({ codes: [a, b], topics: [], concepts: [] }, a, b);
    expect(diff.pairs.map((pair) => [key(pair.a), key(pair.b), pair.status])).toEqual([
      ["conduct 1", "conduct 2", "same"],
      ["conduct 2", "conduct 1", "same"],
    ]);
  });

  it("holds its invariants on codes made of random standards", () => {
    const words = ["gifts", "money", "privacy", "records", "hope", "recovery", "harm", "supervision", "culture", "family", "the", "and"];
    const standard = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }).map((list) => list.join(" ") + ".");
    const section = fc.array(standard, { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(section, { minLength: 1, maxLength: 3 }), fc.array(section, { minLength: 1, maxLength: 3 }), (aSections, bSections) => {
        const a = userCode("a", Object.fromEntries(aSections.map((texts, i) => [`Part ${"ABC"[i]}`, texts])));
        const b = userCode("b", Object.fromEntries(bSections.map((texts, i) => [`Part ${"CDE"[i]}`, texts])));
        const diff = diffCodes({ codes: [a, b], topics: [], concepts: [] }, a, b);
        expect(diff.pairs.length + diff.onlyA.length).toBe(allStandards(a).length);
        expect(diff.pairs.length + diff.onlyB.length).toBe(allStandards(b).length);
        expect(new Set(diff.pairs.map((pair) => key(pair.a))).size).toBe(diff.pairs.length);
        expect(new Set(diff.pairs.map((pair) => key(pair.b))).size).toBe(diff.pairs.length);
        for (const pair of diff.pairs) {
          if (pair.status === "changed") expect(afterText(pair.changes)).toBe(pair.b.text);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("redline", () => {
  it.each([
    { before: "a b c", after: "a b c", expected: "a b c" },
    { before: "Focus on what is strong not what is wrong.", after: "Focus on what is strong, not what is wrong.", expected: "Focus on what is strong{+,+} not what is wrong." },
    { before: "promote conflict resolution.", after: "promote hope, compassion, and solution-focused interactions.", expected: "promote [-conflict resolution-]{+hope, compassion, and solution-focused interactions+}." },
    { before: "the recovery/ resiliency relationship", after: "the recovery/resiliency relationship", expected: "the recovery/[- -]resiliency relationship" },
    { before: "within the context of worldview", after: "within the context of the individual’s worldview", expected: "within the context of {+the individual’s+} worldview" },
    { before: "Relate stories.", after: "", expected: "[-Relate stories.-]" },
  ])("$before → $after", ({ before, after, expected }) => {
    expect(formatRedline(wordChanges(before, after))).toBe(expected);
  });

  it("keeps both texts exactly: same + removed = before, same + added = after", () => {
    const text = fc
      .array(fc.constantFrom("peer", "support", "gifts", ",", ".", " ", "  ", "“", "”", "person-first", "served", "supported"), { maxLength: 14 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const changes = wordChanges(before, after);
        expect(beforeText(changes)).toBe(before);
        expect(afterText(changes)).toBe(after);
        expect(changes.every((change) => change.text !== "")).toBe(true);
      }),
    );
  });
});

describe("topic coverage", () => {
  it("finds the curated topics that list one of the given standards", () => {
    const fixtureLibrary = { codes, topics: fixtureTopics, concepts: [] };
    const alaska = code("alaska");
    expect(topicsInView(fixtureLibrary, alaska, allStandards(alaska)).map((t) => t.id)).toEqual(["sexual-relationships", "sponsoring", "gifts"]);
    const conduct = alaska.sections.find((section) => section.id === "conduct")!.standards;
    expect(topicsInView(fixtureLibrary, alaska, conduct)).toEqual([]);
  });

  it("infers the topics of a code topics.yaml does not list from their synonyms", () => {
    const gifts = { ...fixtureTopics[3]!, synonyms: ["gift", "gifts"] };
    const fraud = { ...fixtureTopics[2]!, synonyms: ["fraud"] };
    const parsed = parseCodeText(
      ["id: agency", "title: Agency", "shortName: Agency", "jurisdiction: test", "source: { document: a.txt }", "sections:", "  - id: rules", "    title: Rules", "    standards:", "      - number: 1", "        text: Never accept gifts from the people you serve."].join("\n"),
      "agency.yaml",
      "user",
    );
    const agency = parsed.code!;
    const mixed: Library = { codes: [...codes, agency], topics: [gifts, fraud], concepts: [] };
    expect(topicsInView(mixed, agency, allStandards(agency)).map((t) => t.id)).toEqual(["gifts"]);
    expect(diffCodes(mixed, "agency", "medi-cal").topics).toEqual({
      both: [{ id: "gifts", name: "Gifts" }],
      onlyA: [],
      onlyB: [{ id: "fraud", name: "Fraud and misrepresentation" }],
    });
  });

  it("splits topics into both, only A and only B, without repeats", () => {
    const [sexual, sponsoring, fraud] = fixtureTopics;
    expect(topicCoverage([sexual!, sponsoring!, sponsoring!], [fraud!, sexual!])).toEqual({
      both: [{ id: sexual!.id, name: sexual!.name }],
      onlyA: [{ id: sponsoring!.id, name: sponsoring!.name }],
      onlyB: [{ id: fraud!.id, name: fraud!.name }],
    });
  });

  it("compares codes by the topics that list their standards", () => {
    const diff = diffCodes({ codes, topics: fixtureTopics, concepts: [] }, "alaska", "medi-cal");
    expect(diff.topics).toEqual({
      both: [{ id: "sexual-relationships", name: "Sexual and romantic relationships" }, { id: "gifts", name: "Gifts" }],
      onlyA: [{ id: "sponsoring", name: "Sponsoring a peer" }],
      onlyB: [
        { id: "fraud", name: "Fraud and misrepresentation" },
        { id: "cultural-humility", name: "Cultural humility" },
      ],
    });
  });

  it("asks topicsOf for the topics of the standards in view", () => {
    const seen: string[] = [];
    const diff = diffCodes(library, "california", "medi-cal", {
      section: "integrity",
      topicsOf: (of, standards) => {
        seen.push(`${of.id}:${standards.length}`);
        return of.id === "medi-cal" ? [fixtureTopics[2]!] : [];
      },
    });
    expect(seen).toEqual(["california:9", "medi-cal:14"]);
    expect(diff.topics.onlyB).toEqual([{ id: "fraud", name: "Fraud and misrepresentation" }]);
  });
});
