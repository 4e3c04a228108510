import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stricterSide } from "../../../src/core/compare/concept-alignment.js";
import { topicCoverage, topicsInView } from "../../../src/core/compare/coverage.js";
import { DIFF_STATUSES, diffCodes, fullText, parseOnly, PAIR_THRESHOLD, sameWording, UNRELATED_PAIR_THRESHOLD, type CodeDiff } from "../../../src/core/compare/diff.js";
import { comparisonKind, lineageOf } from "../../../src/core/compare/lineage.js";
import { conceptsOfStandard } from "../../../src/core/concepts/topics.js";
import { EthicsError, UsageError } from "../../../src/core/errors.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { userCode } from "./user-code.js";
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

describe("Working Well Together → Medi-Cal: a revision", () => {
  it("is a revision: Medi-Cal's file says it derives from Working Well Together", () => {
    expect(wwtToMediCal.kind).toBe("revision");
    expect(mediCalToWwt.kind).toBe("revision");
    expect(wwtToMediCal.b.derivedFrom).toBe("california");
  });

  it("finds new in Medi-Cal exactly the standards Working Well Together has no version of; only those on matters it never addresses are only in Medi-Cal", () => {
    // Read side by side: Hope 2–3, Authenticity 2, Cultural Responsiveness 1 and 7, Integrity
    // 10–14 and Reciprocity 3–4 are new; Holistic Wellness 1 repeats Family Driven 1.
    const newInMediCal = [...wwtToMediCal.onlyB, ...wwtToMediCal.relatedB].map(key).sort();
    expect(newInMediCal).toEqual(
      [
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
      ].sort(),
    );
    // Certification fraud (13) and gross negligence in keeping records (14): no standard of Working
    // Well Together is about them. Integrity 10 and 12 also govern honest documentation and keeping
    // one's own recovery, which Working Well Together's Integrity 1 and 9 and Wellness 1 and 2
    // govern too; Integrity 11 (complaint investigations) is on privacy laws, as Working Well
    // Together's Confidentiality 4 is.
    expect(wwtToMediCal.onlyB.map(key)).toEqual(["integrity 13", "integrity 14"]);
    expect(wwtToMediCal.relatedB.map(key)).toEqual(expect.arrayContaining(["integrity 10", "integrity 11", "integrity 12"]));
  });

  it("tells the merge of Respect 4 and 5 into Medi-Cal Respect 4 once: Respect 4 is not also left out", () => {
    expect(wwtToMediCal.merges.map((merge) => ({ a: merge.a.map(key), b: key(merge.b) }))).toEqual([
      { a: ["respect 4", "respect 5"], b: "respect 4" },
    ]);
    expect([...wwtToMediCal.onlyA, ...wwtToMediCal.relatedA]).toEqual([]);
    expect(wwtToMediCal.splits).toEqual([]);
  });

  it("says each substitution made throughout once, with a count", () => {
    const said = wwtToMediCal.substitutions.map((substitution) => `${substitution.from} → ${substitution.to} ×${substitution.count}`);
    expect(said.slice(0, 3)).toEqual(["served → engaging in services ×22", "served → supported ×7", "serve → support ×5"]);
    const served = wwtToMediCal.substitutions[0]!;
    expect(served.pairs.map((pair) => pair.b.citation)).toContain("Medi-Cal · Respect 1");
    expect(served.pairs).toHaveLength(21); // Person-Driven 5 says it twice
  });

  it.each([
    // [WWT, kind of edit]
    ["person-driven 3", "none"],
    ["family-driven-and-child-centered 1", "punctuation"], // a comma
    ["strengths-based 1", "punctuation"], // a hyphen
    ["respect 1", "substitutions"], // served → engaging in services
    ["respect 11", "substitutions"], // served → supported, and commas
    ["respect 13", "wording"],
    ["hope 1", "wording"], // they serve → engaging in services: said once only
  ] as const)("reads WWT %s as %s", (aKey, edit) => {
    expect(pairOf(wwtToMediCal, aKey)!.edit).toBe(edit);
  });

  it("never calls the same words changed, nor a changed pair the same", () => {
    for (const pair of wwtToMediCal.pairs) {
      expect(pair.status === "same").toBe(pair.edit === "none");
      expect(pair.status === "same").toBe(pair.changes.length === 0);
    }
    expect(wwtToMediCal.summary.punctuationOnly).toBe(wwtToMediCal.pairs.filter((pair) => pair.edit === "punctuation").length);
    expect(wwtToMediCal.summary.punctuationOnly).toBeGreaterThanOrEqual(16);
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
      // The 13 the report calls new: 2 on matters Working Well Together does not address, 11 on matters it does.
      added: 13,
      removed: 0,
      moved: 0,
      renumbered: 23,
      merges: 1,
      splits: 0,
      renamedSections: 1,
      punctuationOnly: 17,
      substitutionsOnly: 23,
      onlyA: 0,
      onlyB: 2,
      relatedA: 0,
      relatedB: 11,
      // Medi-Cal Confidentiality 3 adds "However, confidentiality should be honored … where the
      // illegal activity is limited to personal use of substances" to an exception that allows
      // disclosing a colleague's illegal activity: it binds more strongly on that matter.
      // Of the rest, 128 alike; on two, one prohibits and the other requires.
      concepts: { both: 131, onlyA: 0, onlyB: 10, stricterA: 0, stricterB: 1, alike: 128 },
    });
    expect(wwtToMediCal.a).toMatchObject({ code: "california", sections: null, standards: 96 });
    expect(wwtToMediCal.b).toMatchObject({ code: "medi-cal", sections: null, standards: 108 });
  });
});

describe("Working Well Together → Medi-Cal topics", () => {
  it("finds no topic Medi-Cal dropped, and the themes of its new Integrity standards", () => {
    expect(wwtToMediCal.topics.onlyA).toEqual([]);
    // Integrity 12 (under the influence), 14 (records). Integrity 10 and 13 (fraud, certification)
    // are new, but the topic is not: both codes forbid representing oneself as an expert beyond
    // one's expertise (WWT Authenticity 4, Medi-Cal Authenticity 5), a matter of that topic.
    expect(wwtToMediCal.topics.onlyB.map((t) => t.id)).toEqual(
      expect.arrayContaining(["substance-use-and-impairment", "documentation-and-records"]),
    );
    expect(wwtToMediCal.topics.both.map((t) => t.id)).toEqual(
      expect.arrayContaining(["gifts", "confidentiality-and-privacy", "fraud-and-certification"]),
    );
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
    expect(mediCalToWwt.relatedA).toEqual(wwtToMediCal.relatedB);
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
  it("compares them by concept: neither derives from the other", () => {
    expect(alaskaToMediCal.kind).toBe("apart");
  });

  it.each([
    ["relationship-with-clients 3", "safety-and-protection 6"], // intimidate, threaten, harass …
    ["relationship-with-clients 4", "cultural-responsiveness-and-humility 4"], // regardless of age, gender …
    ["conflicts-of-interest 2", "safety-and-protection 1"], // no romantic or sexual relationships
    ["conduct 6", "confidentiality 4"], // federal and state confidentiality laws
  ])("pairs Alaska %s with Medi-Cal %s by wording", (aKey, bKey) => {
    expect(pairOf(alaskaToMediCal, aKey) && key(pairOf(alaskaToMediCal, aKey)!.b)).toBe(bKey);
  });

  it("never pairs two rules on unrelated matters: the cost of services is not the scope of practice", () => {
    // They share "agency" and "services" (0.26), and no concept.
    expect(pairOf(alaskaToMediCal, "relationship-with-clients 2")).toBeUndefined();
    expect(alaskaToMediCal.onlyA.map(key)).toContain("relationship-with-clients 2");
    for (const pair of alaskaToMediCal.pairs) {
      const shared = conceptsOfStandard(library, code("alaska"), pair.a).filter((id) => conceptsOfStandard(library, code("medi-cal"), pair.b).includes(id));
      expect(shared.length > 0 || pair.similarity >= UNRELATED_PAIR_THRESHOLD, `${key(pair.a)} → ${key(pair.b)}`).toBe(true);
    }
  });

  it("lines up Alaska's gift rule with Medi-Cal's Integrity 5–6: Alaska prohibits, a note defers to the agency; Medi-Cal defers", () => {
    expect(alaskaToMediCal.onlyA.map(key)).not.toContain("conflicts-of-interest 3");
    expect(alaskaToMediCal.relatedA.map(key)).toContain("conflicts-of-interest 3");
    const gifts = alaskaToMediCal.concepts.find((row) => row.id === "accepting-gifts")!;
    expect(gifts.a.map((ref) => ref.citation)).toEqual(["Alaska · Conflicts of Interest 3"]);
    expect(gifts.b.map((ref) => ref.citation)).toEqual(["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6"]);
    expect(gifts.strength).toEqual({ a: "prohibits", b: "defers" });
    expect(gifts.readings.a[0]!.qualifiers).toEqual(["substantial gifts or loans", "note: as deemed inappropriate or unacceptable by the agency"]);
    expect(Object.keys(gifts.a[0]!).sort()).toEqual(["citation", "code", "number", "section", "sectionTitle"]);
  });

  it.each([
    // Alaska Relationship with Clients 6 "will not impose my personal values"; Medi-Cal Person-Driven
    // 10 "Recognize there are many pathways": one rule said two ways, neither the stronger.
    ["harm-reduction", "prohibits", "requires", null],
    // Alaska Conflicts of Interest 4 forbids sponsoring; Medi-Cal requires dual relationships be avoided.
    ["sponsorship-in-mutual-help-groups", "prohibits", "requires", null],
    ["accepting-gifts", "prohibits", "defers", "a"],
    // Alaska requires the records its agency requires (Conduct 5); Medi-Cal Integrity 14 forbids
    // failing to keep them: one rule said two ways, neither the stronger.
    ["keeping-required-records", "requires", "prohibits", null],
    ["complaints-and-investigations", "describes", "requires", "b"],
  ] as const)("on %s, Alaska %s and Medi-Cal %s: the stricter side is %s", (id, a, b, side) => {
    const row = alaskaToMediCal.concepts.find((each) => each.id === id)!;
    expect(row.strength).toEqual({ a, b });
    expect(stricterSide(row)).toBe(side);
  });

  it("keeps apart only what no standard of the other code shares a concept with", () => {
    // Explaining one's role, the cost of services, asking for another specialist. Stating one's
    // qualifications (Conduct 2, 3) is shared: Medi-Cal Authenticity 5 forbids claiming expertise
    // one lacks.
    expect(alaskaToMediCal.onlyA.map(key)).toEqual(["relationship-with-clients 1", "relationship-with-clients 2", "relationship-with-clients 9"]);
    // Sponsoring is a dual relationship, which Medi-Cal Integrity 2 and 4 govern; private practice
    // is paid work with the people one supports, which Integrity 7 governs.
    expect(alaskaToMediCal.relatedA.map(key)).toEqual(expect.arrayContaining(["conflicts-of-interest 4", "conduct 8"]));
    expect(alaskaToMediCal.onlyB.map(key)).toEqual(expect.arrayContaining(["hope 2", "reciprocity 4"]));
    expect(alaskaToMediCal.onlyB.map(key)).not.toContain("integrity 10"); // fraud: Alaska Conduct 5 is on billing
  });

  it("finds no renamed sections, merges, moves or substitutions between unrelated codes", () => {
    expect(alaskaToMediCal.renamedSections).toEqual([]);
    expect(alaskaToMediCal.merges).toEqual([]);
    expect(alaskaToMediCal.splits).toEqual([]);
    expect(alaskaToMediCal.substitutions).toEqual([]);
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

describe("North Carolina ↔ Wisconsin: codes written apart", () => {
  const ncToWi = diffCodes(library, "north-carolina", "wisconsin");

  it("does not pair hiring a peer with the hours an agency authorizes (no shared matter)", () => {
    expect(pairOf(ncToWi, "code-of-ethics 17")).toBeUndefined();
  });

  it("lines up their gift rules: North Carolina 15 defers to the agency, Wisconsin 12 prohibits", () => {
    const gifts = ncToWi.concepts.find((row) => row.id === "accepting-gifts")!;
    expect([gifts.a.map((ref) => ref.citation), gifts.b.map((ref) => ref.citation)]).toEqual([["North Carolina 15"], ["Wisconsin 12"]]);
    expect(gifts.strength).toEqual({ a: "defers", b: "prohibits" });
  });

  it("leaves no standard of Wisconsin unaligned that North Carolina has a rule on", () => {
    expect(ncToWi.onlyB.map(key)).toEqual(["code-of-conduct 3", "code-of-conduct 6", "code-of-conduct 13"]);
  });
});

describe("lineage", () => {
  it.each([
    ["medi-cal", ["medi-cal", "california"]],
    ["california", ["california"]],
    ["alaska", ["alaska"]],
  ])("%s: %j", (id, lineage) => {
    expect(lineageOf(library, code(id))).toEqual(lineage);
  });

  it.each([
    ["california", "medi-cal", "revision"],
    ["medi-cal", "california", "revision"],
    ["alaska", "alaska", "revision"],
    ["alaska", "medi-cal", "apart"],
    ["north-carolina", "wisconsin", "apart"],
  ] as const)("%s and %s: %s", (a, b, kind) => {
    expect(comparisonKind(library, code(a), code(b))).toBe(kind);
  });

  it("follows a user's code back through the codes it derives from, and stops at a loop", () => {
    const county = { ...code("medi-cal"), id: "county", source: { ...code("medi-cal").source, derivedFrom: "medi-cal" } };
    const loop = { ...code("alaska"), id: "loop", source: { ...code("alaska").source, derivedFrom: "loop" } };
    const mixed: Library = { ...library, codes: [...codes, county, loop] };
    expect(lineageOf(mixed, county)).toEqual(["county", "medi-cal", "california"]);
    expect(comparisonKind(mixed, county, code("california"))).toBe("revision");
    expect(lineageOf(mixed, loop)).toEqual(["loop"]);
    expect(comparisonKind(mixed, loop, code("alaska"))).toBe("apart");
  });

  // aa ⇄ bb; cc → dd → ee → cc; ff → gg ⇄ hh (a code outside a loop deriving from one in it).
  // validate calls each link of a loop a problem; diff called one code of it a revision of
  // another, whichever it reached first. No link of a loop is followed; the others are.
  const derived = (id: string, parent: string): Code => ({ ...code("alaska"), id, source: { ...code("alaska").source, derivedFrom: parent } });
  const loops: Library = {
    ...library,
    codes: [...codes, ...[["aa", "bb"], ["bb", "aa"], ["cc", "dd"], ["dd", "ee"], ["ee", "cc"], ["ff", "gg"], ["gg", "hh"], ["hh", "gg"], ["ii", "medi-cal"]].map(([id, parent]) => derived(id!, parent!))],
  };
  const looped = (id: string) => loops.codes.find((candidate) => candidate.id === id)!;
  it.each([
    ["aa", ["aa"]],
    ["cc", ["cc"]],
    ["ee", ["ee"]],
    ["ff", ["ff", "gg"]],
    ["hh", ["hh"]],
    ["ii", ["ii", "medi-cal", "california"]],
  ])("a loop's links are not followed: %s %j", (id, lineage) => {
    expect(lineageOf(loops, looped(id))).toEqual(lineage);
  });

  it.each([
    ["aa", "bb", "apart"],
    ["bb", "aa", "apart"],
    ["cc", "ee", "apart"],
    ["dd", "cc", "apart"],
    ["ff", "gg", "revision"],
    ["ff", "hh", "apart"],
    ["gg", "hh", "apart"],
    ["ii", "california", "revision"],
  ] as const)("codes of a loop are compared as written apart: %s and %s, %s", (a, b, kind) => {
    expect(comparisonKind(loops, looped(a), looped(b))).toBe(kind);
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

  it("accounts for every standard once: in a pair, a merge or split, related by concept, or only in its code", () => {
    const folded = (refs: Ref[][], paired: string[]) => refs.flatMap((list) => list.map(key)).filter((k) => !paired.includes(k));
    const pairedA = diff.pairs.map((pair) => key(pair.a));
    const pairedB = diff.pairs.map((pair) => key(pair.b));
    const aKeys = [...pairedA, ...folded(diff.merges.map((merge) => merge.a), pairedA), ...diff.relatedA.map(key), ...diff.onlyA.map(key)];
    const bKeys = [...pairedB, ...folded(diff.splits.map((split) => split.b), pairedB), ...diff.relatedB.map(key), ...diff.onlyB.map(key)];
    expect(aKeys.length).toBe(a.length);
    expect(bKeys.length).toBe(b.length);
    expect(new Set(aKeys).size).toBe(a.length);
    expect(new Set(bKeys).size).toBe(b.length);
  });

  it("calls a standard only in its code only when no standard of the other code shares a concept with it", () => {
    const addressed = (id: string) => new Set(allStandards(code(id)).flatMap((standard) => conceptsOfStandard(library, code(id), standard)));
    const [inA, inB] = [addressed(aId), addressed(bId)];
    for (const ref of diff.onlyA) expect(conceptsOfStandard(library, code(aId), ref).filter((id) => inB.has(id)), key(ref)).toEqual([]);
    for (const ref of diff.onlyB) expect(conceptsOfStandard(library, code(bId), ref).filter((id) => inA.has(id)), key(ref)).toEqual([]);
    for (const ref of diff.relatedA) expect(conceptsOfStandard(library, code(aId), ref).some((id) => inB.has(id)), key(ref)).toBe(true);
  });

  it("aligns every concept either code addresses: each row's standards are those tagged with it", () => {
    const ids = (id: string) => allStandards(code(id)).flatMap((standard) => conceptsOfStandard(library, code(id), standard));
    expect(new Set(diff.concepts.map((row) => row.id))).toEqual(new Set([...ids(aId), ...ids(bId)]));
    for (const row of diff.concepts) {
      for (const ref of row.a) expect(conceptsOfStandard(library, code(aId), ref)).toContain(row.id);
      for (const ref of row.b) expect(conceptsOfStandard(library, code(bId), ref)).toContain(row.id);
      expect(row.strength.a === null).toBe(row.a.length === 0);
      expect(row.readings.b).toHaveLength(row.b.length);
    }
    const { concepts } = diff.summary;
    expect(concepts.both + concepts.onlyA + concepts.onlyB).toBe(diff.concepts.length);
  });

  it("summarises what it lists", () => {
    const { summary } = diff;
    expect(summary.same + summary.changed).toBe(diff.pairs.length);
    expect(summary.same).toBe(diff.pairs.filter((pair) => pair.status === "same").length);
    // added and removed as --only lists them: every standard with no counterpart by wording.
    expect([summary.added, summary.removed]).toEqual([diff.onlyB.length + diff.relatedB.length, diff.onlyA.length + diff.relatedA.length]);
    expect([summary.onlyA, summary.onlyB]).toEqual([diff.onlyA.length, diff.onlyB.length]);
    expect([summary.relatedA, summary.relatedB]).toEqual([diff.relatedA.length, diff.relatedB.length]);
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
    const pairedA = new Set(diff.pairs.map((pair) => key(pair.a)));
    const pairedB = new Set(diff.pairs.map((pair) => key(pair.b)));
    for (const merge of diff.merges) {
      expect(merge.a.filter((ref) => pairedA.has(key(ref)))).toHaveLength(1);
      expect(pairedB.has(key(merge.b))).toBe(true);
    }
    for (const split of diff.splits) {
      expect(split.b.filter((ref) => pairedB.has(key(ref)))).toHaveLength(1);
      expect(pairedA.has(key(split.a))).toBe(true);
    }
  });

  it("mirrors the diff the other way round", () => {
    const reverse = diffCodes(library, bId, aId);
    const forwardPairs = diff.pairs.map((pair) => `${key(pair.a)}|${key(pair.b)}`).sort();
    const reversePairs = reverse.pairs.map((pair) => `${key(pair.b)}|${key(pair.a)}`).sort();
    expect(reversePairs).toEqual(forwardPairs);
    expect(reverse.topics).toEqual({ both: expect.any(Array), onlyA: diff.topics.onlyB, onlyB: diff.topics.onlyA });
    expect(reverse.kind).toBe(diff.kind);
    expect(reverse.onlyA).toEqual(diff.onlyB);
    expect(reverse.concepts.map((row) => [row.id, row.b, row.a, row.strength.b, row.strength.a])).toEqual(
      diff.concepts.map((row) => [row.id, row.a, row.b, row.strength.a, row.strength.b]),
    );
  });
});

describe("a code against itself", () => {
  it.each(ids)("%s: every standard the same, in place", (id) => {
    const diff = diffCodes(library, id, id);
    expect(diff.pairs.every((pair) => pair.status === "same" && key(pair.a) === key(pair.b) && !pair.renumbered)).toBe(true);
    expect(diff.onlyA.length + diff.onlyB.length + diff.relatedA.length + diff.relatedB.length).toBe(0);
    expect(diff.kind).toBe("revision");
  });
});

describe("--section", () => {
  it("narrows both codes to a section both have", () => {
    const diff = diffCodes(library, "california", "medi-cal", { section: "respect" });
    expect(diff.a.sections).toEqual([{ id: "respect", title: "Respect" }]);
    expect(diff.b.sections).toEqual([{ id: "respect", title: "Respect" }]);
    expect(diff.pairs.every((pair) => pair.a.section === "respect" && pair.b.section === "respect")).toBe(true);
    expect(diff.pairs).toHaveLength(12);
    expect(diff.onlyA).toEqual([]);
    expect(diff.merges).toHaveLength(1);
    expect(diff.summary.renamedSections).toBe(0);
  });

  it("follows a renamed section into B", () => {
    const diff = diffCodes(library, "california", "medi-cal", { section: "cultural relevancy" });
    expect(diff.b.sections).toEqual([{ id: "cultural-responsiveness-and-humility", title: "Cultural Responsiveness & Humility" }]);
    expect([...diff.onlyB, ...diff.relatedB].map(key).sort()).toEqual(["cultural-responsiveness-and-humility 1", "cultural-responsiveness-and-humility 7"]);
    expect(diff.pairs).toHaveLength(5);
    expect(diff.renamedSections).toHaveLength(1);
    expect(diff.a.standards + diff.b.standards).toBe(5 + 7);
  });

  it("compares the matters in view between the sections compared, as only-in does", () => {
    const diff = diffCodes(library, "california", "medi-cal", { section: "cultural relevancy" });
    // Medi-Cal's Cultural Responsiveness 7 is on examining one's own biases, which Working Well
    // Together addresses under Respect, outside the sections compared: neither cited nor weighed.
    const biases = diff.concepts.find((row) => row.id === "examining-own-biases")!;
    expect([biases.a, biases.b.map((ref) => ref.citation)]).toEqual([[], ["Medi-Cal · Cultural Responsiveness & Humility 7"]]);
    expect(diff.onlyB.map(key)).toEqual(["cultural-responsiveness-and-humility 7"]);
    expect(diff.summary.concepts.onlyB).toBe(diff.concepts.filter((row) => row.a.length === 0).length);
  });

  it("narrows B, when it has no such section, to the standards A's pair with or share a concept with", () => {
    const diff = diffCodes(library, "alaska", "medi-cal", { section: "conflicts-of-interest" });
    expect(diff.a.sections).toEqual([{ id: "conflicts-of-interest", title: "Conflicts of Interest" }]);
    expect(diff.b.sections!.map((section) => section.id)).toEqual(expect.arrayContaining(["integrity", "safety-and-protection"]));
    // Medi-Cal speaks of gifts in Integrity 5–6 and of romance in Safety & Protection 1–2.
    expect(diff.onlyA).toEqual([]);
    expect(diff.onlyB).toEqual([]);
    const gifts = diff.concepts.find((row) => row.id === "accepting-gifts")!;
    expect(gifts.b.map((ref) => ref.citation)).toEqual(["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6"]);
    // Only what Alaska's section is about.
    expect(diff.concepts.every((row) => row.a.length > 0)).toBe(true);
    expect(diff.topics.both.map((t) => t.id)).toEqual(expect.arrayContaining(["gifts", "romantic-and-sexual-relationships"]));
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
    { only: ["added"], pairs: 0, onlyA: 0, onlyB: 2, relatedB: 11, merges: 0, substitutions: 0 },
    // A merge is a change of wording, not a removal: Respect 4's words are all in Medi-Cal's Respect 4.
    { only: ["removed"], pairs: 0, onlyA: 0, onlyB: 0, relatedB: 0, merges: 0, substitutions: 0 },
    { only: ["same"], pairs: 26, onlyA: 0, onlyB: 0, relatedB: 0, merges: 0, substitutions: 0 },
    // The 69 reworded, and the 4 worded the same but renumbered (Respect 6 → 5): cited anew.
    { only: ["changed"], pairs: 73, onlyA: 0, onlyB: 0, relatedB: 0, merges: 1, substitutions: 4 },
    { only: ["changed", "removed"], pairs: 73, onlyA: 0, onlyB: 0, relatedB: 0, merges: 1, substitutions: 4 },
  ] as const)("$only lists only those, and still counts everything", ({ only, ...expected }) => {
    const diff = diffCodes(library, "california", "medi-cal", { only });
    expect({
      pairs: diff.pairs.length,
      onlyA: diff.onlyA.length,
      onlyB: diff.onlyB.length,
      relatedB: diff.relatedB.length,
      merges: diff.merges.length,
      substitutions: diff.substitutions.length,
    }).toEqual(expected);
    expect(diff.summary).toEqual(wwtToMediCal.summary);
  });

  // Medi-Cal's Respect 4 split back into Working Well Together's 4 and 5 adds nothing new.
  it.each([
    { only: ["added"], splits: 0, relatedA: 0 },
    { only: ["removed"], splits: 0, relatedA: 11 },
    { only: ["changed"], splits: 1, relatedA: 0 },
  ] as const)("a split is listed as changed, never as added or removed: $only", ({ only, ...expected }) => {
    const diff = diffCodes(library, "medi-cal", "california", { only });
    expect({ splits: diff.splits.length, relatedA: diff.relatedA.length }).toEqual(expected);
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
    // Told once, as the split: not again as added.
    expect([...diff.onlyB, ...diff.relatedB]).toEqual([]);
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
        const mergedA = diff.merges.reduce((sum, merge) => sum + merge.a.length - 1, 0);
        const splitB = diff.splits.reduce((sum, split) => sum + split.b.length - 1, 0);
        expect(diff.pairs.length + mergedA + diff.relatedA.length + diff.onlyA.length).toBe(allStandards(a).length);
        expect(diff.pairs.length + splitB + diff.relatedB.length + diff.onlyB.length).toBe(allStandards(b).length);
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
