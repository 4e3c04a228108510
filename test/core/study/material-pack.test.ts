// The quiz's material as the cache stores it: unpacked, it must make the very quiz the material
// made in memory makes, and anything that is not the packed material of this library must throw
// (the caller then makes it again), never give another quiz.
import { describe, expect, it } from "vitest";
import { clozeOf, clozeVocabulary, isPhrase } from "../../../src/core/study/cloze.js";
import { packPlaces, packQuizMaterial, packTopicLists, packVocabulary, unpackPlaces, unpackQuizMaterial, unpackTopicLists, unpackVocabulary } from "../../../src/core/study/material-pack.js";
import { packNumbers } from "../../../src/core/search/packed-numbers.js";
import { topicsOfStandards } from "../../../src/core/study/cards.js";
import { confidentStrengths, makeQuiz, namingAny, QuizMaterialBuilder, strengthsByCode } from "../../../src/core/study/quiz.js";
import { seededRandom } from "../../../src/core/study/rng.js";
import { scopeByPosition, scopeMember, type ScopeRequest } from "../../../src/core/study/scope.js";
import { placeOf, sameSayings } from "../../../src/core/study/wording.js";
import { allStandards, codeSize, type Code, type Library } from "../../../src/model.js";
import { conceptLibrary, plainLibrary } from "./library.js";

/** Each code a second time under its own id: every standard said twice, as users' copies of a source say it. */
function withCopies(library: Library): Library {
  const copies = library.codes.map(
    (code): Code => ({
      ...code,
      id: `${code.id}-copy`,
      aliases: [],
      shortName: `${code.shortName} copy`,
      origin: "user",
      sections: code.sections.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, code: `${code.id}-copy` })) })),
    }),
  );
  return { ...library, codes: [...library.codes, ...copies] };
}

const LIBRARIES: [string, Library][] = [
  ["the five codes", plainLibrary],
  ["the five codes with concepts", conceptLibrary],
  ["each code twice", withCopies(conceptLibrary)],
];

function materialOf(library: Library) {
  const builder = new QuizMaterialBuilder();
  for (const code of library.codes) builder.add(code);
  return builder.done();
}

const sizes = (library: Library) => library.codes.map((code) => ({ id: code.id, standards: codeSize(code).standards }));

/** A JSON round trip: what the cache gives back. */
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("quiz material packed and unpacked", () => {
  it.each(LIBRARIES)("%s: the same words, counts and phrases", (_what, library) => {
    const made = materialOf(library);
    const { vocabulary } = unpackQuizMaterial(stored(packQuizMaterial(made)), sizes(library));
    expect([...vocabulary.words].map(([word, info]) => [word, info.id, info.standards])).toEqual([...made.vocabulary.words].map(([word, info]) => [word, info.id, info.standards]));
    expect(vocabulary.standards).toBe(made.vocabulary.standards);
    // every run of three words of the library is a phrase, and runs of other words are not
    const words = [...made.vocabulary.words.keys()];
    const { ids, length } = made.vocabulary.phrases!;
    for (let at = 0; at + 2 < length; at += 7) {
      const run = [ids[at]!, ids[at + 1]!, ids[at + 2]!].map((id) => words[id] ?? "zzzz") as [string, string, string];
      expect(isPhrase(vocabulary, run)).toBe(isPhrase(made.vocabulary, run));
      const shifted: [string, string, string] = [run[1], run[0], run[2]];
      expect(isPhrase(vocabulary, shifted)).toBe(isPhrase(made.vocabulary, shifted));
    }
  });

  it.each(LIBRARIES)("%s: the same wording, vector for vector, and the same sayings", (_what, library) => {
    const made = materialOf(library);
    const { wording } = unpackQuizMaterial(stored(packQuizMaterial(made)), sizes(library));
    expect(wording).toEqual(made.wording);
    for (const code of library.codes.slice(1, 3)) {
      const others = library.codes.filter((other) => other !== code);
      allStandards(code).forEach((_, place) => expect(sameSayings(wording, placeOf(wording, code, place), others)).toEqual(sameSayings(made.wording, placeOf(made.wording, code, place), others)));
    }
  });

  it("a code's copy is one wording class a standard, not two", () => {
    const library = withCopies(plainLibrary);
    const { wording } = materialOf(library);
    const alone = materialOf(plainLibrary).wording;
    expect(wording.starts.length).toBe(alone.starts.length);
    const [alaska, copy] = [library.codes[0]!, library.codes.find((code) => code.id === "alaska-copy")!];
    allStandards(alaska).forEach((_, place) => expect(wording.classOf[placeOf(wording, copy, place)]).toBe(wording.classOf[placeOf(wording, alaska, place)]));
  });

  it.each(LIBRARIES)("%s: the same clozes", (_what, library) => {
    const made = materialOf(library);
    const { vocabulary } = unpackQuizMaterial(stored(packQuizMaterial(made)), sizes(library));
    for (const code of library.codes) {
      for (const [at, standard] of allStandards(code).entries()) {
        if (at % 5 !== 0) continue;
        expect(clozeOf(standard, code, vocabulary, seededRandom(at))).toEqual(clozeOf(standard, code, made.vocabulary, seededRandom(at)));
      }
    }
  });

  const REQUESTS: [string, Library, ScopeRequest][] = [
    ["every code", conceptLibrary, { codes: [] }],
    ["a topic", conceptLibrary, { codes: [], topic: "gifts" }],
    ["copies, two codes", withCopies(conceptLibrary), { codes: ["medi-cal-copy", "alaska"] }],
    ["copies, every code", withCopies(plainLibrary), { codes: [] }],
  ];
  it.each(REQUESTS)("%s: the same quiz, seed for seed", (_what, library, request) => {
    const made = materialOf(library);
    const unpacked = unpackQuizMaterial(stored(packQuizMaterial(made)), sizes(library));
    const strengths = strengthsByCode(library.codes, confidentStrengths(library.codes));
    for (const seed of [1, 2, 42, 7919]) {
      const scope = scopeByPosition(library, request);
      expect(makeQuiz(library, scope, { count: 16, seed }, { ...unpacked, strengths })).toEqual(makeQuiz(library, scope, { count: 16, seed }, { ...made, strengths }));
    }
  });

  const good = stored(packQuizMaterial(materialOf(plainLibrary)));
  const codes = sizes(plainLibrary);
  it.each([
    ["not a record", () => [good], codes],
    ["no wording", () => ({ vocabulary: good.vocabulary }), codes],
    ["another library: a code more", () => good, [...codes, { id: "extra", standards: 3 }]],
    ["another library: a code less", () => good, codes.slice(1)],
    ["another library: other codes in its place", () => good, codes.map((code) => ({ ...code, id: `${code.id}x` }))],
    ["another library: a code's size", () => good, codes.map((code, at) => (at === 0 ? { ...code, standards: code.standards + 1 } : code))],
    ["a count cut off", () => ({ ...good, vocabulary: { ...good.vocabulary, counts: good.vocabulary.counts.slice(0, -3) } }), codes],
    ["a damaged packed list", () => ({ ...good, wording: { ...good.wording, stems: good.wording.stems + '"' } }), codes],
    ["a class beyond the classes", () => ({ ...good, wording: { ...good.wording, classSizes: good.wording.classSizes.slice(0, 1) } }), codes],
    ["a citation missing", () => ({ ...good, wording: { ...good.wording, citations: good.wording.citations.slice(1) } }), codes],
    ["phrases not in threes", () => ({ ...good, vocabulary: { ...good.vocabulary, phrases: "" + good.vocabulary.phrases!.slice(0, 1) } }), codes],
  ] as const)("%s: throws", (_what, value, forCodes) => {
    expect(() => unpackQuizMaterial(value(), forCodes)).toThrow();
  });

  it.each([
    ["words only", clozeVocabulary(allStandards(plainLibrary.codes[0]!), { phrases: false })],
    ["no standards", clozeVocabulary([], { phrases: true })],
  ])("a vocabulary of %s comes back as it was", (_what, vocabulary) => {
    const back = unpackVocabulary(stored(packVocabulary(vocabulary)), vocabulary.standards);
    expect([...back.words].map(([word, info]) => [word, info.standards])).toEqual([...vocabulary.words].map(([word, info]) => [word, info.standards]));
    expect(back.phrases === null).toBe(vocabulary.phrases === null);
  });
});

describe("a topic's places in each code, packed and unpacked", () => {
  it.each(["gifts", "boundaries", "confidentiality-and-privacy", "ending-or-changing-the-relationship"])("%s: scopeMember's places, code for code", (id) => {
    const topic = conceptLibrary.topics.find((candidate) => candidate.id === id)!;
    const places = conceptLibrary.codes.map((code) => scopeMember(conceptLibrary, code, topic).places!);
    expect(places.some((list) => list.length === 0) || places.every((list) => list.length > 0)).toBe(true);
    expect(unpackPlaces(stored(packPlaces(places)), conceptLibrary.codes.map((code) => codeSize(code).standards))).toEqual(places);
  });

  const sizes = [3, 5];
  it.each<[string, unknown, readonly number[]]>([
    ["not a list", "abc", sizes],
    ["a code less", packPlaces([[0]]), sizes],
    ["a code more", packPlaces([[0], [1], [2]]), sizes],
    ["a place beyond its code", packPlaces([[0, 3], [1]]), sizes],
    ["places out of order", packPlaces([[1, 0], [1]]), sizes],
    ["a place twice", packPlaces([[1, 1], [1]]), sizes],
    ["not a packed list", ["0", 7], sizes],
    ["damaged", ['"', ""], sizes],
  ])("%s: throws", (_what, packed, forSizes) => {
    expect(() => unpackPlaces(packed, forSizes)).toThrow();
  });

  it("no places in a code is a list of none", () => {
    expect(unpackPlaces(packPlaces([[], [0, 4]]), sizes)).toEqual([[], [0, 4]]);
  });
});

describe("the topics of every standard, packed and unpacked", () => {
  it.each(LIBRARIES)("%s: topicsOfStandards, standard for standard", (_what, library) => {
    const lists = library.codes.map((code) => topicsOfStandards(library, code, allStandards(code)).map((topics) => topics.map((topic) => library.topics.indexOf(topic))));
    expect(lists.flat(2)).not.toContain(-1);
    expect(lists.flat().some((topics) => topics.length > 1)).toBe(true);
    expect(unpackTopicLists(stored(packTopicLists(lists)), sizes(library).map((code) => code.standards), library.topics.length)).toEqual(lists);
  });

  const lists = [[[0, 2], [], [1]], [[3]]];
  it.each<[string, unknown, readonly number[], number]>([
    ["not a list", { lists }, [3, 1], 4],
    ["a code less", packTopicLists(lists).slice(1), [3, 1], 4],
    ["a standard more", packTopicLists(lists), [2, 1], 4],
    ["a standard less", packTopicLists(lists), [3, 2], 4],
    ["a topic beyond the topics", packTopicLists(lists), [3, 1], 3],
    ["a list cut off", packTopicLists(lists).map((list) => list.slice(0, -1)), [3, 1], 4],
    ["damaged", ['"', ""], [3, 1], 4],
    // 2^32 - 1 is -1 as a 32-bit number: a count that would step back and loop for ever.
    ["a count past 32 bits", [packNumbers([2 ** 32 - 1, 0]), packNumbers([1, 3])], [1, 1], 4],
  ])("%s: throws", (_what, packed, forSizes, topics) => {
    expect(() => unpackTopicLists(packed, forSizes, topics)).toThrow();
  });
});

describe("a text naming a code", () => {
  const codes = plainLibrary.codes;
  it.each([
    ["Follow Medi-Cal rules.", true],
    ["as in Alaska.", true],
    ["the wwt code", true],
    ["Medi-Calx and non-Alaska words", false],
    ["nothing of the kind", false],
  ])("%s: %s, as one pattern a name said", (text, expected) => {
    expect(namingAny(codes)(text)).toBe(expected);
    const one = codes.flatMap((code) => [code.shortName, code.jurisdiction, code.id, ...code.aliases].filter((name) => name.length >= 3));
    expect(one.some((name) => new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`, "i").test(text))).toBe(expected);
  });
});
