import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EthicsError, DataError } from "../../../src/core/errors.js";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { parseTopicsText, readTopicsFile } from "../../../src/core/concepts/load-topics.js";
import {
  conceptReport,
  isInferred,
  lengthsNamingTopicWhole,
  resolveTopic,
  resolveTopicOrConcept,
  slipMended,
  standardsOnTopic,
  topicReport,
  topicsAddressedBy,
  topicsMatrix,
  topicsOfStandard,
  topicNamesWhole,
  wordKeys,
} from "../../../src/core/concepts/topics.js";
import { allStandards, findStandard, STRENGTH_ORDER, type Code, type Concept, type Library, type Standard, type Topic } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const library: Library = readDataDirectory(join(root, "data"), "data");
const { codes, topics } = library;
const CODE_IDS = ["alaska", "california", "medi-cal", "north-carolina", "wisconsin"];

function code(id: string): Code {
  return codes.find((candidate) => candidate.id === id)!;
}

function topic(id: string): Topic {
  return topics.find((candidate) => candidate.id === id)!;
}

/** "integrity 5" in a code with sections, "12" in a single-section code: as topics.yaml writes them. */
function cite(standard: Standard, inCode: Code): string {
  return inCode.sections.length === 1 ? String(standard.number) : `${standard.section} ${standard.number}`;
}

function onTopic(topicId: string, codeId: string): string[] {
  return standardsOnTopic(library, topic(topicId), code(codeId)).map((standard) => cite(standard, code(codeId)));
}

describe("the topics of data/topics.yaml", () => {
  it("has at least 20 themes, each named, described and with synonyms", () => {
    expect(topics.length).toBeGreaterThanOrEqual(20);
    for (const each of topics) {
      expect(each.name.length, each.id).toBeGreaterThan(0);
      expect(each.description.length, each.id).toBeGreaterThan(10);
      expect(each.synonyms.length, each.id).toBeGreaterThan(0);
    }
  });

  it("curates every built-in code, so none is inferred", () => {
    for (const id of CODE_IDS) expect(isInferred(library, id), id).toBe(false);
    expect(topicsMatrix(library).inferred).toEqual([]);
  });
});

// Judgments written by reading the codes: what each code says on a theme, and the near misses
// (same words, another subject) that must stay out.
const judgments: [topic: string, code: string, includes: string[], excludes: string[]][] = [
  ["gifts", "alaska", ["conflicts-of-interest 3"], ["relationship-with-clients 2"]],
  ["gifts", "wisconsin", ["12"], ["5"]],
  ["gifts", "north-carolina", ["15"], ["11"]],
  ["gifts", "medi-cal", ["integrity 5", "integrity 6"], ["strengths-based 1", "integrity 7", "reciprocity 1"]],
  ["gifts", "california", ["integrity 5", "integrity 6"], ["strengths-based 1", "integrity 7", "reciprocity 1"]],
  ["money-and-loans", "alaska", ["conflicts-of-interest 3"], ["relationship-with-clients 2"]],
  ["money-and-loans", "wisconsin", ["12"], []],
  ["money-and-loans", "north-carolina", ["11"], ["15"]],
  ["money-and-loans", "medi-cal", ["integrity 7"], ["integrity 5", "integrity 10"]],
  ["money-and-loans", "california", ["integrity 7"], ["integrity 5"]],
  ["romantic-and-sexual-relationships", "alaska", ["conflicts-of-interest 2"], ["relationship-with-clients 4"]],
  ["romantic-and-sexual-relationships", "wisconsin", ["8"], ["6"]],
  ["romantic-and-sexual-relationships", "north-carolina", ["12"], ["13"]],
  ["romantic-and-sexual-relationships", "medi-cal", ["safety-and-protection 1", "safety-and-protection 2"], ["cultural-responsiveness-and-humility 4", "respect 7"]],
  ["romantic-and-sexual-relationships", "california", ["safety-and-protection 1", "safety-and-protection 2"], ["cultural-relevancy 3", "respect 8"]],
  ["dual-relationships", "alaska", ["conflicts-of-interest 1", "conflicts-of-interest 4"], ["conflicts-of-interest 2"]],
  ["dual-relationships", "wisconsin", ["8"], []],
  ["dual-relationships", "north-carolina", ["13", "17"], ["16"]],
  ["dual-relationships", "medi-cal", ["integrity 2", "integrity 4"], ["mutuality 1"]],
  ["dual-relationships", "california", ["integrity 2", "integrity 4"], ["mutuality 1"]],
  ["confidentiality-and-privacy", "alaska", ["relationship-with-clients 5", "conduct 6", "conduct 7"], ["conflicts-of-interest 1"]],
  ["confidentiality-and-privacy", "wisconsin", ["4", "15"], ["3"]],
  ["confidentiality-and-privacy", "north-carolina", ["14"], []],
  ["confidentiality-and-privacy", "medi-cal", ["confidentiality 1", "confidentiality 5", "safety-and-protection 5", "integrity 11"], ["person-driven 7", "authenticity 3"]],
  ["confidentiality-and-privacy", "california", ["confidentiality 1", "confidentiality 5", "safety-and-protection 5"], ["person-driven 7", "authenticity 2"]],
  ["limits-of-confidentiality", "alaska", ["relationship-with-clients 5"], ["conduct 6"]],
  ["limits-of-confidentiality", "wisconsin", ["4"], ["15"]],
  ["limits-of-confidentiality", "north-carolina", ["14"], []],
  ["limits-of-confidentiality", "medi-cal", ["confidentiality 5", "safety-and-protection 4", "safety-and-protection 5"], ["confidentiality 1", "confidentiality 4"]],
  ["limits-of-confidentiality", "california", ["confidentiality 5", "safety-and-protection 4", "safety-and-protection 5"], ["confidentiality 1", "confidentiality 4"]],
  ["substance-use-and-impairment", "alaska", ["conduct 4"], []],
  ["substance-use-and-impairment", "medi-cal", ["integrity 12"], ["holistic-wellness 3", "confidentiality 3"]],
  ["substance-use-and-impairment", "california", [], ["holistic-wellness 2"]],
  // Not claiming expertise one lacks is how one represents one's credentials; "the highest
  // standards of integrity" only bears on it.
  ["fraud-and-certification", "california", ["authenticity 4"], ["integrity 1"]],
  ["self-disclosure", "wisconsin", ["3"], []],
  ["self-disclosure", "medi-cal", ["hope 3", "person-driven 7", "authenticity 2", "authenticity 3"], ["hope 1", "safety-and-protection 5"]],
  ["self-disclosure", "california", ["person-driven 7", "family-driven-and-child-centered 5", "authenticity 2"], ["hope 1", "safety-and-protection 5"]],
  ["respectful-language", "medi-cal", ["respect 10", "respect 11"], ["cultural-responsiveness-and-humility 1"]],
  ["respectful-language", "california", ["respect 11", "respect 12"], ["respect 13"]],
  ["supervision", "alaska", ["conduct 1", "conflicts-of-interest 1"], []],
  ["supervision", "wisconsin", ["11"], []],
  ["supervision", "north-carolina", ["13"], []],
  ["supervision", "medi-cal", ["authenticity 7", "integrity 4", "safety-and-protection 7"], ["reciprocity 4"]],
  ["boundaries", "north-carolina", ["13", "16", "17"], ["12"]],
  ["boundaries", "alaska", ["conflicts-of-interest 4"], []],
  ["boundaries", "wisconsin", ["9"], []],
  ["ending-or-changing-the-relationship", "alaska", ["relationship-with-clients 8", "relationship-with-clients 9"], []],
];

describe("the crosswalk", () => {
  it.each(judgments)("%s · %s", (topicId, codeId, includes, excludes) => {
    const found = onTopic(topicId, codeId);
    for (const standard of includes) expect(found, `${codeId} ${standard} should be on ${topicId}`).toContain(standard);
    for (const standard of excludes) expect(found, `${codeId} ${standard} is not about ${topicId}`).not.toContain(standard);
  });

  // Where a code says nothing on a theme, the crosswalk says so.
  const silences: [topic: string, codes: string[]][] = [
    ["substance-use-and-impairment", ["california", "wisconsin", "north-carolina"]],
    ["self-disclosure", ["alaska", "north-carolina"]],
    ["respectful-language", ["alaska", "wisconsin", "north-carolina"]],
    ["ending-or-changing-the-relationship", ["california", "medi-cal", "wisconsin", "north-carolina"]],
    ["documentation-and-records", ["california", "wisconsin"]],
    ["fraud-and-certification", ["wisconsin", "north-carolina"]],
    ["trauma-informed-practice", ["alaska", "north-carolina"]],
  ];

  it.each(silences)("%s: %j are silent", (topicId, silent) => {
    const report = topicReport(library, topic(topicId));
    const counts = topicsMatrix(library).topics.find((row) => row.id === topicId)!.counts;
    for (const codeId of CODE_IDS) {
      const entry = report.codes.find((each) => each.code === codeId)!;
      if (silent.includes(codeId)) {
        expect(entry, codeId).toEqual({ code: codeId, strength: null, standards: [] });
        expect(counts[codeId], codeId).toBe(0);
      } else {
        expect(entry.strength, codeId).not.toBeNull();
        expect(counts[codeId], codeId).toBeGreaterThan(0);
      }
    }
  });
});

describe("ethics topic gifts", () => {
  const report = topicReport(library, resolveTopic(topics, "gifts"));

  it("shows all five codes, each with its rule and its strength", () => {
    expect(report.codes.map((entry) => entry.code)).toEqual(CODE_IDS);
    for (const entry of report.codes) {
      expect(entry.strength, entry.code).not.toBeNull();
      expect(entry.standards.length, entry.code).toBeGreaterThan(0);
      for (const standard of entry.standards) {
        expect(standard.text).toMatch(/gift/i);
        expect(standard.citation).toMatch(/\d$/);
      }
    }
  });

  it.each([
    // The note that defers to agency policy narrows the rule: a qualifier, not a weaker strength.
    ["alaska", "prohibits", [["Alaska · Conflicts of Interest 3", "prohibits", ["substantial gifts or loans", "note: as deemed inappropriate or unacceptable by the agency"]]]],
    ["wisconsin", "prohibits", [["Wisconsin 12", "prohibits", ["gifts of significant value"]]]],
    ["north-carolina", "defers", [["North Carolina 15", "defers", ["if allowed by the agency"]]]],
    ["medi-cal", "defers", [["Medi-Cal · Integrity 5", "defers", []], ["Medi-Cal · Integrity 6", "aspires", []]]],
    ["california", "defers", [["Working Well Together · Integrity 5", "defers", []], ["Working Well Together · Integrity 6", "aspires", []]]],
  ] as const)("%s %s", (codeId, strength, standards) => {
    const entry = report.codes.find((each) => each.code === codeId)!;
    expect(entry.strength).toBe(strength);
    expect(entry.standards.map((standard) => [standard.citation, standard.strength, standard.qualifiers])).toEqual(standards);
  });

  // Each standard whole, as `show --json` gives one, then what the topic says of it: the JSON
  // had the text alone, where the text output showed the note of Alaska Conflicts of Interest 3.
  it("has the JSON shape { id, name, description, kind, concepts, codes: [{ code, strength, standards: [Standard & { strength, qualifiers, concepts }] }] }", () => {
    expect(report).toMatchObject({ id: "gifts", name: "Gifts", kind: "topic" });
    expect(Object.keys(report).sort()).toEqual(["codes", "concepts", "description", "id", "kind", "name"]);
    const [first] = report.codes[0]!.standards;
    expect(Object.keys(first!)).toEqual(["code", "section", "sectionTitle", "number", "text", "items", "notes", "editorial", "citation", "strength", "qualifiers", "concepts"]);
    expect(first).toMatchObject({ code: "alaska", section: "conflicts-of-interest", sectionTitle: "Conflicts of Interest", number: 3 });
    expect(first!.notes).toEqual(findStandard(library, first!)!.notes);
    expect(first!.notes).toHaveLength(1);
  });

  it("narrows to the codes asked for, in the order asked", () => {
    const narrowed = topicReport(library, topic("gifts"), ["wisconsin", "alaska"]);
    expect(narrowed.codes.map((entry) => entry.code)).toEqual(["wisconsin", "alaska"]);
  });

  it("refuses a code that is not loaded", () => {
    expect(() => topicReport(library, topic("gifts"), ["ohio"])).toThrow(EthicsError);
  });
});

describe("continuing education and training", () => {
  // Medi-Cal Authenticity 5 (Working Well Together's 4), "do not provide services or represent
  // themselves as an expert in areas for which they do not have sufficient knowledge or
  // expertise", sets a rule on practising beyond one's expertise, not on taking training: tagged
  // with continuing education, it had both codes "prohibit" it. Its words bear on the matter
  // (more training before supporting someone in what you do not know well): see also.
  const row = conceptReport(library, library.concepts.find((concept) => concept.id === "continuing-education-and-training")!).concepts[0]!;

  it("no code prohibits it", () => {
    expect(row.codes.filter((code) => code.strength === "prohibits")).toEqual([]);
    expect(row.codes.find((code) => code.code === "medi-cal")).toMatchObject({ strength: "requires" });
  });

  it("the rule against practising beyond one's expertise is a related rule, not a tag", () => {
    expect(row.codes.flatMap((code) => code.citations)).not.toContain("Medi-Cal · Authenticity 5");
    expect(row.related).toEqual(
      expect.arrayContaining([
        { code: "california", citations: ["Working Well Together · Authenticity 4"] },
        { code: "medi-cal", citations: ["Medi-Cal · Authenticity 5"] },
      ]),
    );
  });
});

describe("a concept's related general rules (see also)", () => {
  const concept = (id: string): Concept => library.concepts.find((candidate) => candidate.id === id)!;
  const relatedOf = (id: string, codeIds?: string[]) => conceptReport(library, concept(id), codeIds).concepts[0]!.related;

  it.each([
    ["accepting-gifts", "wisconsin", ["Wisconsin 8"]],
    ["accepting-gifts", "medi-cal", ["Medi-Cal · Integrity 2", "Medi-Cal · Integrity 3", "Medi-Cal · Integrity 9", "Medi-Cal · Safety & Protection 7"]],
    ["accepting-gifts", "alaska", undefined],
  ])("%s in %s: %j", (conceptId, codeId, citations) => {
    expect(relatedOf(conceptId).find((row) => row.code === codeId)?.citations).toEqual(citations);
  });

  it("is none for a concept that lists none", () => {
    const bare = library.concepts.find((candidate) => (candidate.related ?? []).length === 0)!;
    expect(relatedOf(bare.id)).toEqual([]);
  });

  it("narrows to the codes asked for, in the order asked", () => {
    expect(relatedOf("accepting-gifts", ["wisconsin", "medi-cal"]).map((row) => row.code)).toEqual(["wisconsin", "medi-cal"]);
    expect(relatedOf("accepting-gifts", ["alaska"])).toEqual([]);
  });

  it("gives every concept's related rules, each once, in its code's order, apart from the rules that govern it", () => {
    for (const each of library.concepts.filter((candidate) => (candidate.related ?? []).length > 0)) {
      const row = conceptReport(library, each).concepts[0]!;
      const governing = new Set(row.codes.flatMap((entry) => entry.citations));
      expect(row.related.reduce((count, entry) => count + entry.citations.length, 0), each.id).toBe(each.related!.length);
      for (const entry of row.related) {
        const order = allStandards(code(entry.code)).map((standard) => standard.citation);
        const positions = entry.citations.map((citation) => order.indexOf(citation));
        expect(positions, `${each.id} ${entry.code}`).not.toContain(-1);
        expect(positions, `${each.id} ${entry.code}`).toEqual([...positions].sort((a, b) => a - b));
        expect(entry.citations.filter((citation) => governing.has(citation)), each.id).toEqual([]);
      }
    }
  });
});

describe("ethics topics (the matrix)", () => {
  const matrix = topicsMatrix(library);

  it("counts every code on every topic, 0 where it is silent", () => {
    expect(matrix.topics.map((row) => row.id)).toEqual(topics.map((each) => each.id));
    for (const row of matrix.topics) {
      expect(Object.keys(row.counts), row.id).toEqual(CODE_IDS);
      const report = topicReport(library, topic(row.id));
      for (const entry of report.codes) expect(row.counts[entry.code], `${row.id} ${entry.code}`).toBe(entry.standards.length);
    }
  });

  it("gives the gifts row from the concept index", () => {
    expect(matrix.topics.find((row) => row.id === "gifts")).toEqual({
      id: "gifts",
      name: "Gifts",
      counts: { alaska: 1, california: 2, "medi-cal": 2, "north-carolina": 1, wisconsin: 1 },
    });
  });

  it("rates each code on a topic by its strongest standard there", () => {
    const rank = [...STRENGTH_ORDER];
    for (const each of topics) {
      for (const entry of topicReport(library, each).codes) {
        const best = entry.standards.map((standard) => rank.indexOf(standard.strength)).sort()[0];
        expect(entry.strength, `${each.id} ${entry.code}`).toBe(best === undefined ? null : rank[best]);
      }
    }
  });
});

describe("topics of a code and of a standard", () => {
  it.each([
    ["california", ["gifts", "self-disclosure", "advocacy", "fraud-and-certification"], ["substance-use-and-impairment", "ending-or-changing-the-relationship"]],
    ["alaska", ["ending-or-changing-the-relationship", "substance-use-and-impairment"], ["self-disclosure", "respectful-language"]],
    ["north-carolina", ["boundaries", "gifts"], ["non-discrimination", "trauma-informed-practice"]],
  ])("%s addresses %j and not %j", (codeId, addressed, silent) => {
    const ids = topicsAddressedBy(library, codeId).map((each) => each.id);
    for (const id of addressed) expect(ids).toContain(id);
    for (const id of silent) expect(ids).not.toContain(id);
  });

  it.each([
    [{ code: "medi-cal", section: "integrity", number: 5 }, ["gifts"]],
    [{ code: "alaska", section: "conflicts-of-interest", number: 3 }, ["gifts", "money-and-loans"]],
    [{ code: "medi-cal", section: "strengths-based", number: 1 }, ["strengths-based-practice"]], // "skills, gifts, and talents": strengths, not gifts
    [{ code: "north-carolina", section: "code-of-ethics", number: 16 }, ["boundaries"]],
  ])("%j is on %j", (key, expected) => {
    expect(topicsOfStandard(library, key).map((each) => each.id)).toEqual(expected);
  });
});

// Arguments by the thousand, each tried as where a theme begins (random, quiz and topics take
// none): the runs that may name one whole are told from each word's keys, made once, not by
// looking each run up; they must be the runs that do (topicNamesWhole of what resolveTopic finds).
describe("lengthsNamingTopicWhole", () => {
  const namesWhole = (words: readonly string[]): number[] =>
    words.flatMap((_, at) => {
      const run = words.slice(0, at + 1).join(" ");
      try {
        return topicNamesWhole(resolveTopic(topics, run), run) ? [at + 1] : [];
      } catch {
        return [];
      }
    });

  it.each([
    [["gifts"], [1]],
    [["Gift", "wi"], [1]],
    [["accepting", "gifts", "stuff"], [2]],
    [["dual", "relationships"], [2]],
    [["the", "gifts"], [2]],
    [["—", "gifts", ","], [2, 3]],
    [["token", "of", "appreciation"], [3]],
    // "limits of confidentiality" is a synonym; "and" is no term, so the run with it names it too
    [["Limits", "of", "confidentiality", "and", "duty", "to", "report", "harm"], [3, 4, 8]],
    [["limits"], []],
    [["word", "gifts"], []],
    [["wi", "gifts"], []],
    [[], []],
  ])("%j: runs of %j words", (words, lengths) => {
    expect(lengthsNamingTopicWhole(topics, words.map(wordKeys))).toEqual(lengths);
    expect(namesWhole(words)).toEqual(lengths);
  });
});

describe("resolveTopic", () => {
  it.each([
    ["gifts", "gifts"],
    ["gift", "gifts"],
    ["Gifts", "gifts"],
    ["  GIFT ", "gifts"],
    ["money", "money-and-loans"],
    ["loans", "money-and-loans"],
    ["dual relationship", "dual-relationships"],
    ["Dual Relationships", "dual-relationships"],
    ["confidentiality", "confidentiality-and-privacy"],
    ["limits", "limits-of-confidentiality"],
    ["Limits of confidentiality and duty to report harm", "limits-of-confidentiality"],
    ["social media", "electronic-communication-and-social-media"],
    ["sexual", "romantic-and-sexual-relationships"],
    ["trauma", "trauma-informed-practice"],
    ["self-disclosure", "self-disclosure"],
  ])("%j → %s", (input, id) => {
    expect(resolveTopic(topics, input).id).toBe(id);
  });

  it.each([
    ["self", /could be several topics: .*self-disclosure.*self-determination/],
    ["gfits", /no topic 'gfits' — did you mean gifts\?/],
    // the word mended, a synonym of confidentiality-and-privacy, as typed to name it
    ["confidentialty", /did you mean confidentiality\?/],
    ["astrology", /^no topic 'astrology'$/],
    ["  ", /no topic given/],
  ])("%j fails: %s", (input, message) => {
    expect(() => resolveTopic(topics, input)).toThrow(message);
  });

  // Exit 2 for a name that is empty or names nothing, as for codes and sections; 1 for one not found.
  it.each([
    ["", 2, "no topic given"],
    ["  ", 2, "no topic given"],
    ["*", 2, "no topic '*': a name has letters or digits"],
    ["十二", 1, "no topic '十二'"],
    ["astrology", 1, "no topic 'astrology'"],
  ])("%j fails with exit %i: %s", (input, exitCode, message) => {
    let thrown: unknown;
    try {
      resolveTopic(topics, input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ message, exitCode });
  });

  it.each([
    ["accepting-gifts", "concept", "accepting-gifts"],
    ["Accepting gifts", "concept", "accepting-gifts"],
    ["gifts", "topic", "gifts"],
    // An entry term names its concept, as an index's "see" reference does; other forms of its
    // words too, unless small words carry its meaning.
    ["hug", "concept", "physical-contact"],
    ["Hugs", "concept", "physical-contact"],
    ["lending money", "concept", "lending-and-borrowing-money"],
  ])("`ethics topic` takes a topic or a concept: %j → %s %s", (input, kind, id) => {
    const found = resolveTopicOrConcept(library, input);
    expect(found.kind).toBe(kind);
    expect(found.kind === "topic" ? found.topic.id : found.concept.id).toBe(id);
  });

  // A term is compared with what was typed only where it starts as that does (conceptsWithTerm):
  // a term starting with a mark, a digit or a letter not ASCII is still found.
  it.each([
    ["'90s parties", "90s parties"],
    ["12-step meeting", "12 step meeting"],
    ["Élan vital", "elan vital"],
    ["Élan vital", "Élans vitals"],
    ["(spare) keys", "spare keys"],
    ["& spare keys", "and spare keys"],
    // small words alone have no stems: found word for word
    ["& more", "and more"],
  ])("an entry term %j is found as %j", (term, input) => {
    const concept = { ...library.concepts[0]!, id: "made-up", name: "Made up", terms: [term] };
    const found = resolveTopicOrConcept({ ...library, topics: [], concepts: [concept] }, input);
    expect(found.kind === "concept" && found.concept.id).toBe("made-up");
  });

  // An entry term of small words alone overflowed the stack: found by no lookup, it was offered
  // as the term near what was typed, and looked up again.
  it.each([
    ["I'm into him", "romance-or-sex-with-people-served"],
    ["I'll be there", "keeping-commitments"],
    ["out myself", "healthy-self-disclosure"],
  ])("an entry term of small words alone, %j, names its concept", (input, id) => {
    const found = resolveTopicOrConcept(library, input);
    expect(found.kind === "concept" && found.concept.id).toBe(id);
  });

  it("takes an id before a name that spells another's id: the topic by its own id", () => {
    // No built-in topic is named like a concept's id (the one that was, "Explaining your role",
    // is now "Informing the people you support"): one is made here.
    const clashing = { ...library, topics: library.topics.map((topic) => (topic.id === "gifts" ? { ...topic, name: "Accepting gifts" } : topic)) };
    const byName = resolveTopicOrConcept(clashing, "accepting-gifts");
    expect(byName.kind === "concept" && byName.concept.id).toBe("accepting-gifts");
    const byId = resolveTopicOrConcept(clashing, "gifts");
    expect(byId.kind === "topic" && byId.topic.id).toBe("gifts");
  });

  it("names topics and concepts in its messages when it takes both", () => {
    expect(() => resolveTopicOrConcept(library, "astrology")).toThrow(/^no topic or concept 'astrology'$/);
    expect(() => resolveTopicOrConcept(library, "s")).toThrow(/^'s' could be several topics or concepts: /);
  });

  it.each([
    // one slip from an entry term, near no topic's or concept's name: the term, which names its concept
    ["hugg", "no topic or concept 'hugg' — did you mean hug?"],
    ["frend request", "no topic or concept 'frend request' — did you mean friend request?"],
    // two slips from a term is another word as often as a slip
    ["payed", "no topic or concept 'payed'"],
  ])("a slip near an entry term offers the term: %j", (input, message) => {
    expect(() => resolveTopicOrConcept(library, input)).toThrow(new RegExp(`^${message.replace(/[?()]/g, "\\$&")}$`));
  });

  it.each([
    // spelt by ear: "lones" was read as a form of the entry term "lonely" (natural supports)
    ["lones", "no topic or concept 'lones' — did you mean loans?"],
    // a letter dropped, doubled, swapped or wrong, or a homophone: named nothing, or a name far off
    ["huging", "no topic or concept 'huging' — did you mean hugging?"],
    ["duel relationships", "no topic or concept 'duel relationships' — did you mean dual relationships?"],
    ["romantic relashionships", "no topic or concept 'romantic relashionships' — did you mean romantic relationships?"],
    ["gift crads", "no topic or concept 'gift crads' — did you mean gift cards?"],
    ["socail media", "no topic or concept 'socail media' — did you mean social media?"],
  ])("a name with slips offers the name its words mended name whole: %j", (input, message) => {
    expect(() => resolveTopicOrConcept(library, input)).toThrow(new RegExp(`^${message.replace(/[?()]/g, "\\$&")}$`));
  });

  it.each([
    // the g of -ing dropped, as speech drops it: what the word with its g names, not a longer
    // name it starts ("Dating a family member of someone you support")
    ["datin", "topic", "romantic-and-sexual-relationships"],
    ["mandated reportin", "topic", "limits-of-confidentiality"],
    // as typed where the word with its g names several things: the start of one name
    ["hirin", "concept", "hiring-people-you-serve"],
    // typed in part, not a slip: the start of a name, or of a word of a name, as before
    ["empath", "concept", "empathy-and-understanding"],
    ["prejudic", "concept", "examining-own-biases"],
  ])("%j → %s %s", (input, kind, id) => {
    const found = resolveTopicOrConcept(library, input);
    expect([found.kind, found.kind === "topic" ? found.topic.id : found.concept.id]).toEqual([kind, id]);
  });

  it.each([
    // what --topic's words after its value are read as whole (value-of-several-words.ts)
    ["socail media", "social media"],
    ["dual relationshps", "dual relationships"],
    ["gifts alaska", undefined],
    ["gifts", undefined],
  ])("slipMended(%j) is %j", (input, name) => {
    expect(slipMended(library, input, true)?.name).toBe(name);
  });

  it("where only a topic is taken, an entry term with a slip suggests the topic its concept is filed under", () => {
    expect(() => resolveTopic(library.topics, "huging", () => library.concepts)).toThrow("no topic 'huging' — did you mean boundaries (where the concept physical-contact is filed)?");
  });

  it("a term whose small words carry its meaning is not matched by its other words alone", () => {
    const made = library.concepts.filter((concept) => concept.terms.some((term) => /\bmade\b/i.test(term) && term.toLowerCase() !== "made"));
    expect(made.length).toBeGreaterThan(0);
    expect(() => resolveTopicOrConcept(library, "made")).toThrow(/^no topic or concept 'made'$/);
  });

  it.each([
    // "hugs" is two letters from the substance-use topic's synonym "drugs": the concept that has
    // it as an entry term says better what was meant.
    ["hugs", "no topic 'hugs' — did you mean boundaries (where the concept physical-contact is filed)?"],
    ["physical contact", "no topic 'physical contact' — did you mean boundaries (where the concept physical-contact is filed)?"],
    ["gfits", "no topic 'gfits' — did you mean gifts?"],
  ])("where a topic is taken, a concept's name or entry term suggests its topic: %j", (input, message) => {
    expect(() => resolveTopic(library.topics, input, () => library.concepts)).toThrow(message);
  });
});

// The docs' example of a user's own code (docs/data-format.md): no curated entries, so inferred.
const riverside = parseCodeText(
  `
id: riverside-agency
title: Riverside Peer Services Code of Conduct
shortName: Riverside
jurisdiction: Riverside County agency policy
source:
  document: riverside-code-2024.pdf
sections:
  - id: boundaries
    title: Boundaries
    standards:
      - number: 1
        text: Will not accept gifts of more than token value from people they support.
      - number: 2
        text: Will not lend or borrow money from people they support.
  - id: privacy
    title: Privacy
    standards:
      - number: 1
        text: Keep what people share confidential, except where the law requires disclosure.
`,
  "riverside.yaml",
  "user",
).code!;

describe("a code a user adds", () => {
  const withUser: Library = { ...library, codes: [...codes, riverside] };

  it("gets its concepts, and so its topics, inferred from the curated codes and the entry terms, marked inferred", () => {
    const entry = topicReport(withUser, topic("gifts")).codes.find((each) => each.code === "riverside-agency");
    expect(entry).toEqual({
      code: "riverside-agency",
      strength: "prohibits",
      inferred: true,
      standards: [
        {
          code: "riverside-agency",
          section: "boundaries",
          sectionTitle: "Boundaries",
          number: 1,
          text: "Will not accept gifts of more than token value from people they support.",
          items: [],
          notes: [],
          editorial: [],
          citation: "Riverside · Boundaries 1",
          strength: "prohibits",
          qualifiers: ["gifts of more than token value"],
          concepts: ["accepting-gifts", "gift-value-limits"],
          inferred: true,
        },
      ],
    });
  });

  it("takes the concepts a user's file tags a standard with, and infers the rest", () => {
    const tagged = parseCodeText(
      ["id: tagged", "title: Tagged", "shortName: Tagged", "jurisdiction: test", "source: { document: Tagged }", "sections:", "  - id: rules", "    title: Rules", "    standards:",
        "      - number: 1", "        text: Be kind about presents.", "        concepts: [accepting-gifts, giving-gifts]",
        "      - number: 2", "        text: Will not accept gifts of more than token value from people they support."].join("\n"),
      "tagged.yaml",
      "user",
    ).code!;
    const withTagged: Library = { ...library, codes: [...codes, tagged] };
    const report = topicReport(withTagged, topic("gifts"), ["tagged"]);
    expect(report.codes[0]!.standards.map((standard) => [standard.number, standard.concepts, standard.inferred ?? false])).toEqual([
      [1, ["accepting-gifts", "giving-gifts"], false],
      [2, ["accepting-gifts", "gift-value-limits"], true],
    ]);
  });

  it.each([
    ["money-and-loans", ["boundaries 2"]],
    ["confidentiality-and-privacy", ["privacy 1"]],
    ["romantic-and-sexual-relationships", []],
  ])("%s: %j", (topicId, expected) => {
    const found = standardsOnTopic(withUser, topic(topicId), riverside).map((standard) => cite(standard, riverside));
    expect(found).toEqual(expected);
  });

  it("is counted and named as inferred in the matrix, and leaves the curated codes alone", () => {
    const matrix = topicsMatrix(withUser);
    expect(matrix.inferred).toEqual(["riverside-agency"]);
    expect(matrix.topics.find((row) => row.id === "gifts")!.counts).toEqual({
      alaska: 1, california: 2, "medi-cal": 2, "north-carolina": 1, wisconsin: 1, "riverside-agency": 1,
    });
    expect(topicsAddressedBy(withUser, "riverside-agency").map((each) => each.id)).toEqual(
      expect.arrayContaining(["gifts", "money-and-loans", "confidentiality-and-privacy"]),
    );
  });

  it("infers close to what reading the codes found: each built-in code, inferred from the other four, recovers its curated topics", () => {
    let agreed = 0;
    let inferredOnly = 0;
    let curatedOnly = 0;
    for (const one of codes) {
      // The library as it would be had nobody curated this code.
      const others = <T extends { code: string }>(keys: readonly T[]) => keys.filter((key) => key.code !== one.id);
      const uncurated: Library = {
        codes,
        topics: topics.map((each) => ({ ...each, standards: others(each.standards) })),
        concepts: library.concepts.map((each) => ({ ...each, standards: others(each.standards) })),
      };
      expect(isInferred(uncurated, one.id)).toBe(true);
      for (const each of topics) {
        const inferred = new Set(standardsOnTopic(uncurated, each, one).map((standard) => standard.citation));
        const curated = new Set(standardsOnTopic(library, each, one).map((standard) => standard.citation));
        for (const citation of inferred) curated.has(citation) ? agreed++ : inferredOnly++;
        for (const citation of curated) if (!inferred.has(citation)) curatedOnly++;
      }
    }
    expect(agreed / (agreed + inferredOnly), "precision").toBeGreaterThanOrEqual(0.85);
    expect(agreed / (agreed + curatedOnly), "recall").toBeGreaterThanOrEqual(0.85);
  });
});

describe("reading topics.yaml", () => {
  const topicFile = (standards: string, extra = "") => `topics:
  - id: gifts
    name: Gifts
    description: Giving and receiving gifts.
    synonyms: [gift]
${extra}    standards:
${standards}
`;

  it("reads references into standard keys, ranges expanded", () => {
    const { topics: read, problems } = parseTopicsText(
      topicFile("      medi-cal: [integrity 5-6]\n      wisconsin: [12]\n      north-carolina: [\"15\"]"),
      "topics.yaml",
      codes,
    );
    expect(problems).toEqual([]);
    expect(read![0]!.standards).toEqual([
      { code: "medi-cal", section: "integrity", number: 5 },
      { code: "medi-cal", section: "integrity", number: 6 },
      { code: "wisconsin", section: "code-of-conduct", number: 12 },
      { code: "north-carolina", section: "code-of-ethics", number: 15 },
    ]);
  });

  it.each([
    ["an unknown code", "      medcal: [integrity 5]", "7:7 topics[0].standards.medcal: no code 'medcal' is loaded — did you mean medi-cal?"],
    ["an alias for a code", "      ak: [conduct 1]", "7:7 topics[0].standards.ak: 'ak' is an alias: write the code id 'alaska'"],
    ["an unknown section", "      medi-cal: [integrty 5]", "7:18 topics[0].standards.medi-cal[0]: medi-cal has no section 'integrty' — did you mean integrity?"],
    ["a number past the end", "      medi-cal: [integrity 5, integrity 15]", "7:31 topics[0].standards.medi-cal[1]: medi-cal integrity has no standard 15 (its standards are 1–14)"],
    ["a bare number in a code with sections", "      alaska: [3]", "7:16 topics[0].standards.alaska[0]: '3' names no section, and alaska has 3: write e.g. 'relationship-with-clients 3'"],
    ["no number", "      alaska: [conduct]", "7:16 topics[0].standards.alaska[0]: expected '<section id> <number>' (e.g. 'relationship-with-clients 1'), got 'conduct'"],
    ["a range that runs backwards", "      wisconsin: [12-10]", "7:19 topics[0].standards.wisconsin[0]: '12-10' runs backwards"],
    ["a standard listed twice", "      wisconsin: [12, 12]", "7:23 topics[0].standards.wisconsin[1]: wisconsin code-of-conduct 12 is listed twice under 'gifts'"],
    ["a silent code listed with nothing", "      wisconsin: []", "7:18 topics[0].standards.wisconsin: expected at least one standard; leave a silent code out"],
  ])("reports %s with file, line and column", (_title, standards, message) => {
    const { topics: read, problems } = parseTopicsText(topicFile(standards), "data/topics.yaml", codes);
    expect(read).toBeNull();
    expect(problems.map((problem) => `${problem.line}:${problem.col} ${problem.path}: ${problem.message}`)).toEqual([message]);
  });

  it.each([
    ["an unknown field", "    synonym: [gift]\n", "topics[0].synonym: unknown field 'synonym' — did you mean synonyms?"],
    ["a synonym YAML reads as a boolean", "", "topics[0].synonyms[0]: expected synonym as text, got true: quote it (\"true\")", "synonyms: [true]"],
    ["whose other than worker", "    whose: client\n", "topics[0].whose: expected whose: worker, or no whose"],
  ])("reports %s", (_title, extra, message, synonyms?: string) => {
    let text = topicFile("      wisconsin: [12]", extra);
    if (synonyms) text = text.replace("synonyms: [gift]", synonyms);
    const { problems } = parseTopicsText(text, "data/topics.yaml", codes);
    expect(problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([message]);
  });

  it("reports a duplicate topic id", () => {
    const text = topicFile("      wisconsin: [12]") + topicFile("      wisconsin: [5]").replace("topics:\n", "").replace("name: Gifts", "name: Presents");
    const { problems } = parseTopicsText(text, "data/topics.yaml", codes);
    expect(problems.map((problem) => `${problem.line} ${problem.path}: ${problem.message}`)).toEqual([
      "8 topics[1].id: duplicate topic id 'gifts' (also topics[0])",
    ]);
  });

  it("throws one DataError listing every problem, each with the file", () => {
    const text = topicFile("      medcal: [integrity 5]\n      wisconsin: [99]");
    expect(() => readTopicsFile("/nonexistent/topics.yaml", codes, "data/topics.yaml")).toThrow(/data\/topics.yaml: no such file or directory/);
    const { problems } = parseTopicsText(text, "data/topics.yaml", codes);
    const error = new DataError(problems);
    expect(error.message).toContain("data/topics.yaml:7:7 topics[0].standards.medcal: no code 'medcal' is loaded");
    expect(error.message).toContain("data/topics.yaml:8:19 topics[0].standards.wisconsin[0]: wisconsin code-of-conduct has no standard 99 (its standards are 1–15)");
  });
});
