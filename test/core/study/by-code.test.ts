// The study commands go through a thousand users' codes a code at a time: the scope by position,
// the cards, the topic handout's columns, the quiz's material and the renderers' pieces must give
// what the whole-library functions give, standard for standard and byte for byte.
import { describe, expect, it } from "vitest";
import { standardKeyOf } from "../../../src/core/codes/standard-text.js";
import { conceptsOfCode } from "../../../src/core/concepts/standard-concepts.js";
import { useKnownConcepts } from "../../../src/core/concepts/topics.js";
import { cardsOf, cardsOfCode, conceptTagsOf } from "../../../src/core/study/cards.js";
import { clozeVocabulary } from "../../../src/core/study/cloze.js";
import { topicColumn, topicDiscussion, topicHandout } from "../../../src/core/study/handout.js";
import { confidentStrengths, isConfidentStrengths, makeQuiz, QuizMaterialBuilder, strengthsByCode } from "../../../src/core/study/quiz.js";
import { positionsOf, scopeByPosition, scopeOutline, standardAtPosition, standardsInScope, studyScope, type ScopeRequest } from "../../../src/core/study/scope.js";
import { allStandards, type Code, type Library } from "../../../src/model.js";
import { renderAnki, renderAnkiHeader, renderAnkiRows } from "../../../src/render/anki.js";
import { codesTitle, pageHead, pageTail, renderCodeArticle, renderHtml, renderTopicCell, renderTopicHead, renderTopicTail } from "../../../src/render/html.js";
import { conceptLibrary, plainLibrary, withKnownCopy } from "./library.js";

// A user's code (a copy of Alaska's under its own id) whose concepts are known, as the search index gives them.
const { copy, library: withCopy } = withKnownCopy();
const alaska = conceptLibrary.codes.find((code) => code.id === "alaska")!;

const REQUESTS: [string, Library, ScopeRequest][] = [
  ["every code", plainLibrary, { codes: [] }],
  ["two codes", plainLibrary, { codes: ["wi", "alaska"] }],
  ["a topic", plainLibrary, { codes: [], topic: "gifts" }],
  ["a topic, concepts", conceptLibrary, { codes: ["medi-cal", "nc"], topic: "confidentiality" }],
  ["a user's code, its concepts known", withCopy, { codes: ["ak-copy", "wisconsin"] }],
  ["a user's code on a topic", withCopy, { codes: ["ak-copy", "alaska"], topic: "confidentiality" }],
  ["a user's code on a topic without concepts", withCopy, { codes: ["alaska", "ak-copy"], topic: "boundaries" }],
];

describe("a scope by position", () => {
  it.each(REQUESTS)("%s: each position is studyScope's standard there", (_what, library, request) => {
    const expected = studyScope(library, request).standards;
    for (const scope of [scopeByPosition(library, request), positionsOf(studyScope(library, request))]) {
      expect(scope.count).toBe(expected.length);
      for (let position = 0; position < expected.length; position++) {
        const { standard, code, place } = standardAtPosition(scope, position);
        expect(standard).toBe(expected[position]);
        expect(allStandards(code)[place]).toBe(standard);
      }
    }
  });

  it.each([
    ["a code silent on the topic", { codes: ["wisconsin"], topic: "ending" }, "no standard of wisconsin is on the topic ending-or-changing-the-relationship"],
    ["an unknown topic", { codes: [], topic: "zzzz" }, "no topic 'zzzz'"],
  ])("%s: the same error as studyScope", (_what, request, message) => {
    expect(() => studyScope(plainLibrary, request)).toThrow(message);
    expect(() => scopeByPosition(plainLibrary, request)).toThrow(message);
  });

  it.each(REQUESTS)("%s: scopeOutline and standardsInScope give studyScope's codes and standards", (_what, library, request) => {
    const scope = studyScope(library, request);
    const outline = scopeOutline(library, scope.codes, scope.topic);
    expect(outline.codes).toEqual(scope.codes);
    expect(outline.codes.flatMap((code) => standardsInScope(library, code, outline.topic))).toEqual(scope.standards);
  });

  it("scopeOutline fails as studyScope does", () => {
    const wisconsin = plainLibrary.codes.find((code) => code.id === "wisconsin")!;
    const ending = plainLibrary.topics.find((topic) => topic.id.startsWith("ending"))!;
    expect(() => scopeOutline(plainLibrary, [wisconsin, wisconsin], ending)).toThrow("no standard of wisconsin is on the topic");
  });
});

describe("cards a code at a time", () => {
  it.each(REQUESTS)("%s: the cards of cardsOf, tags and key words alike", (_what, library, request) => {
    const scope = studyScope(library, request);
    const vocabulary = clozeVocabulary(library.codes.flatMap(allStandards), { phrases: false });
    const byCode = scope.codes.flatMap((code) => cardsOfCode(library, code, standardsInScope(library, code, scope.topic), vocabulary, conceptTagsOf(library)));
    expect(byCode).toEqual(cardsOf(library, scope));
  });

  it("a user's code whose source repeats a number: the tags topicsOfStandard gives", () => {
    // Alaska's copy with its first section's second standard numbered as its first: two standards, one key.
    const [first, ...rest] = copy.sections;
    const repeated: Code = { ...copy, id: "ak-twice", sections: [{ ...first!, standards: first!.standards.map((standard, at) => ({ ...standard, code: "ak-twice", number: at === 1 ? first!.standards[0]!.number : standard.number })) }, ...rest.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, code: "ak-twice" })) }))] };
    const library: Library = { ...conceptLibrary, codes: [...conceptLibrary.codes, repeated] };
    const known = conceptsOfCode(library, repeated);
    useKnownConcepts(library, new Map([["ak-twice", allStandards(repeated).map((standard) => known.get(standardKeyOf(standard))?.ids ?? [])]]));
    const scope = studyScope(library, { codes: ["ak-twice"] });
    expect(cardsOfCode(library, repeated, scope.standards, null, conceptTagsOf(library)).map((card) => card.tags)).toEqual(cardsOf(library, scope).map((card) => card.tags));
  });

  it("Basic cards look for no key word", () => {
    const cards = cardsOfCode(plainLibrary, alaska, allStandards(alaska), null, conceptTagsOf(plainLibrary));
    expect(cards.every((card) => card.blank === null)).toBe(true);
  });
});

describe("the renderers' pieces", () => {
  it.each([["Basic"], ["Cloze"]] as const)("an Anki file of %s notes: header and rows make renderAnki's", (noteType) => {
    const cards = cardsOf(conceptLibrary, studyScope(conceptLibrary, { codes: ["alaska", "wi"] }));
    expect(renderAnkiHeader(noteType, "Deck::Sub") + renderAnkiRows(cards.slice(0, 10), noteType) + renderAnkiRows(cards.slice(10), noteType)).toBe(renderAnki(cards, noteType, "Deck::Sub"));
  });

  it.each([[["alaska"]], [["alaska", "medi-cal", "north-carolina"]]])("a handout of %j: head, articles and tail make renderHtml's", (ids) => {
    const codes = ids.map((id) => plainLibrary.codes.find((code) => code.id === id)!);
    expect(pageHead(codesTitle(codes), "codes") + codes.map((code) => renderCodeArticle(code, new Map(codes.map((each) => [each.id, each.title])))).join("") + pageTail()).toBe(renderHtml({ kind: "codes", codes }));
  });

  it.each(REQUESTS.filter(([, , request]) => request.topic !== undefined))("%s: a topic handout a column at a time", (_what, library, request) => {
    const scope = studyScope(library, request);
    const columns = scope.codes.map((code) => topicColumn(library, scope.topic!, code));
    const handout = topicHandout(library, scope.topic!, scope.codes);
    expect(handout.kind === "topic" && handout.columns).toEqual(columns);
    const discussion = topicDiscussion(library, scope.topic!, scope.codes);
    expect(renderTopicHead(scope.topic!, columns) + columns.map((column, at) => renderTopicCell(column, at, columns)).join("") + renderTopicTail(discussion)).toBe(renderHtml(handout));
  });
});

describe("the quiz's material made beforehand", () => {
  const builder = new QuizMaterialBuilder();
  for (const code of withCopy.codes) builder.add(code);
  const material = builder.done();
  const letters = confidentStrengths(withCopy.codes);

  it("one strength letter a standard, the same a code at a time", () => {
    const total = withCopy.codes.flatMap(allStandards).length;
    expect(isConfidentStrengths(letters, total)).toBe(true);
    expect(isConfidentStrengths(letters, total + 1)).toBe(false);
    expect(isConfidentStrengths(letters.replace("r", "x"), total)).toBe(false);
    const ofCode = strengthsByCode(withCopy.codes, letters);
    for (const code of withCopy.codes) expect(ofCode(code)).toBe(confidentStrengths([code]));
  });

  it.each([1, 2, 3, 42, 7919])("seed %i: the same quiz as made as it goes", (seed) => {
    for (const [, , request] of REQUESTS.filter(([, library]) => library === withCopy)) {
      const made = makeQuiz(withCopy, studyScope(withCopy, request), { count: 12, seed });
      const prepared = makeQuiz(withCopy, scopeByPosition(withCopy, request), { count: 12, seed }, { ...material, strengths: strengthsByCode(withCopy.codes, letters) });
      expect(prepared).toEqual(made);
    }
  });
});
