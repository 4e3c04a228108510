// Ranking principles on a toy code small enough to see why each standard ranks where it does:
// the texts, concepts and questions are made for the principle, not taken from data/.
import { describe, expect, it } from "vitest";
import { documentsOf, relatedOf } from "../../../src/core/search/concept-documents.js";
import { buildSearchIndex } from "../../../src/core/search/inverted-index.js";
import { MAX_LOOSE, RELATED_FACTOR } from "../../../src/core/search/rank.js";
import { search } from "../../../src/core/search/search.js";
import type { Concept, Library } from "../../../src/model.js";
import { toyCode } from "./toy-code.js";

const toyKey = (number: number) => ({ code: "toy", section: "rules", number });

function concept(id: string, question: string, numbers: number[], related: number[] = []): Concept {
  return {
    id,
    name: id.replace(/-/g, " "),
    topic: "rules",
    description: `Rules about ${id.replace(/-/g, " ")}.`,
    terms: [id.replace(/-/g, " ")],
    questions: [question],
    standards: numbers.map(toyKey),
    related: related.map(toyKey),
  };
}

function libraryOf(texts: readonly string[], concepts: Concept[]): Library {
  return { codes: [toyCode(texts)], topics: [], concepts };
}

const hitsOf = (library: Library, query: string) => search(buildSearchIndex(library), library, query).hits;

describe("a query word counts for no more than it tells", () => {
  // "client" is in one text only (rare there) but in the questions of every concept (asked about
  // with every matter); "wedding" is in two texts. The query is about the wedding.
  const library = libraryOf(
    [
      "Specialists greet each client politely.",
      "Specialists may attend a wedding only as guests of the family.",
      "Specialists decline a wedding invitation that creates a second role.",
      "Specialists keep records.",
      "Specialists report hours.",
      "Specialists keep schedules.",
      "Specialists meet in public places.",
      "Specialists finish training.",
    ],
    [
      concept("record-keeping", "Must I keep records on a client?", [4]),
      concept("reporting-hours", "Do I report hours for each client?", [5]),
      concept("scheduling", "When can a client see me?", [6]),
      concept("meeting-places", "Where do I meet a client?", [7]),
    ],
  );

  it.each([
    ["client wedding", [2, 3], 1],
    ["wedding of a client", [2, 3], 1],
  ])("%s: the wedding standards %j score above the one that only names a client (%i)", (query, wanted, incidental) => {
    const hits = hitsOf(library, query);
    const scoreOf = (number: number) => hits.find((hit) => hit.number === number)?.score ?? 0;
    for (const number of wanted) expect(scoreOf(number)).toBeGreaterThan(scoreOf(incidental));
    expect(hits.slice(0, wanted.length).map((hit) => hit.number).sort()).toEqual(wanted);
  });
});

describe("a concept's own words count as much as a standard's", () => {
  // Standard 1 is about records but never says "notes"; its concept's question does. Standard 2
  // only uses one word of the query, in passing.
  const library = libraryOf(
    [
      "Specialists keep accurate records of each contact.",
      "Specialists write clearly.",
      "Specialists respect privacy.",
      "Specialists attend training.",
      "Specialists arrive on time.",
      "Specialists avoid dual roles.",
    ],
    [concept("record-keeping", "Do I have to write progress notes after a visit?", [1]), concept("punctuality", "What if I am late?", [5])],
  );

  it.each([["write progress notes"], ["must I write notes"], ["notes after a visit"]])("%s: the records standard scores above the one that only says 'write'", (query) => {
    const hits = hitsOf(library, query);
    const scoreOf = (number: number) => hits.find((hit) => hit.number === number)?.score ?? 0;
    expect(scoreOf(1)).toBeGreaterThan(scoreOf(2));
  });
});

describe("the own words of the concept that answers a query best count as answered", () => {
  // Standard 1 governs payment and shares no word with the question; its concept's question
  // asks it in the query's words.
  const texts = [
    "Specialists take no money from the people they serve beyond the agency's fee.",
    "Specialists keep accurate records.",
    "Specialists attend training.",
    "Specialists accept no favours in kind.",
  ];
  const payment = concept("payment", "Can a client pay me for extra help?", [1]);
  const others = [concept("record-keeping", "Must I keep records?", [2]), concept("training", "How much training must I attend?", [3])];
  const looseOf = (library: Library, query: string, number: number) => hitsOf(library, query).find((hit) => hit.number === number)?.loose;

  it.each([["my client wants to pay me for extra help"], ["can a client pay me for help"]])("%s: the payment standard answers, not loosely", (query) => {
    expect(looseOf(libraryOf(texts, [payment, ...others]), query, 1)).toBe(false);
  });

  it("one word of a concept's own words is no answer, however rare", () => {
    // Among many concepts, "extra" is rare: it weighs more than the word nothing answers.
    const many = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"].map((name) => concept(name, `What does the ${name} rule say?`, [3]));
    const library = libraryOf(texts, [payment, ...others, ...many]);
    expect(looseOf(library, "extra weather", 1)).toBe(true);
    expect(looseOf(library, "my client wants to pay me for extra help", 1)).toBe(false);
  });

  it("the query's words must come from one entry of the concept, not from several", () => {
    // "best", "movies" and "year" are all among the friendship concept's words, each in another
    // entry: "best movies this year" is not about friendship; a term that says two of them is.
    const friendship = { ...concept("friendship", "Can I still be friends with her a year after?", [4]), terms: ["best friend", "go to the movies"] };
    const many = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"].map((name) => concept(name, `What does the ${name} rule say?`, [3]));
    const library = libraryOf(texts, [friendship, ...others, ...many]);
    expect(looseOf(library, "best movies this year", 4)).toBe(true);
    expect(looseOf(library, "she wants me to be her best friend", 4)).toBe(false);
  });

  it("a concept that answers a little less lends score, not an answer", () => {
    // The favours concept's question has the query's words too, among more: the payment
    // concept answers best; the favours standard is found, but loosely.
    const favours = concept("favours", "Can a client pay me for extra help, or for rides?", [4]);
    const hits = hitsOf(libraryOf(texts, [payment, favours, ...others]), "my client wants to pay me for extra help");
    expect(hits.map((hit) => [hit.number, hit.loose])).toEqual([
      [1, false],
      [4, true],
    ]);
  });
});

describe("loosely related hits fill what the answers leave, up to MAX_LOOSE", () => {
  // Standard 1 says "wedding invitation"; the others are filed under a concept whose question
  // asks about weddings, and never say either word: they answer too little of the query, so
  // are loosely related.
  const texts = ["Specialists decline a wedding invitation.", ...Array.from({ length: 9 }, (_, at) => `Specialists keep rule ${at + 2}.`)];
  const library = libraryOf(texts, [concept("celebrations", "Can I go to a wedding or a party?", [2, 3, 4, 5, 6, 7, 8, 9, 10])]);
  const index = buildSearchIndex(library);

  it.each([
    [10, MAX_LOOSE],
    [4, 3],
    [1, 0],
  ])("limit %i: one answer, then %i loose hits", (limit, loose) => {
    const hits = search(index, library, "wedding invitation", { limit }).hits;
    expect(hits.map((hit) => hit.loose)).toEqual([false, ...Array<boolean>(loose).fill(true)]);
    expect(hits[0]!.number).toBe(1);
  });
});

describe(`a general rule related to a concept counts ${RELATED_FACTOR} of what its standards do`, () => {
  // Standards 1 and 2 govern accepting gifts (2 never says "gifts"); 3 is a general rule that
  // bears on it without naming it; 4 only uses a word of the query, in passing.
  const texts = [
    "Specialists do not accept gifts of value.",
    "Specialists follow agency policy on presents.",
    "Specialists act with integrity and avoid conflicts of interest.",
    "Specialists thank donors for gifts to the agency.",
    "Specialists keep records.",
    "Specialists finish training.",
  ];
  const question = "Can I take a present from someone I support?";
  const related = libraryOf(texts, [concept("accepting-gifts", question, [1, 2], [3])]);
  const unrelated = libraryOf(texts, [concept("accepting-gifts", question, [1, 2])]);

  it.each([["accepting gifts"], ["can I accept gifts from my client"], ["is accepting a gift ok"]])("%s: the concept's standards, then the related rule, then the words-only hit", (query) => {
    const hits = hitsOf(related, query);
    expect(hits.map((hit) => hit.number).slice(0, 4)).toEqual([1, 2, 3, 4]);
    // Related is no tag: the hit lists the concepts it is about, none.
    expect(hits.find((hit) => hit.number === 3)!.concepts).toEqual([]);
    expect(hitsOf(unrelated, query).map((hit) => hit.number)).not.toContain(3);
  });

  it("a query that names no concept the rule is related to does not find it", () => {
    expect(hitsOf(related, "keep records").map((hit) => hit.number)).not.toContain(3);
  });
});

describe("a rule both tagged and related (which the loader refuses, and a hand-made library may hold)", () => {
  it("is indexed as the concept's standard only", () => {
    const texts = ["Specialists do not accept gifts of value.", "Specialists act with integrity.", "Specialists keep records."];
    const index = buildSearchIndex(libraryOf(texts, [concept("accepting-gifts", "Can I take a present?", [1, 2], [2, 3])]));
    const indexed = index.concepts.find((entry) => entry.id === "accepting-gifts")!;
    expect(documentsOf(indexed)).toEqual([0, 1]);
    expect(relatedOf(indexed)).toEqual([2]);
  });
});

describe("a question one word ties to a matter, about no one, that the matter's words leave unexplained, has no answer", () => {
  // The passwords concept's term is "password"; its questions speak of a laptop and of the
  // office, one each. The romance concept's term is "date". Neither standard's text says the
  // query's other words.
  const texts = ["Specialists lock away the records they keep.", "Specialists have no romantic relationship with the people they serve.", "Specialists attend training.", "Specialists arrive on time."];
  const passwords = { ...concept("passwords", "", [1]), terms: ["password"], questions: ["Can I keep records on my laptop?", "Who may use the office computer?"] };
  const romance = { ...concept("romance", "Can I date someone I serve?", [2]), terms: ["date", "romance"] };
  const many = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"].map((name) => concept(name, `What does the ${name} rule say?`, [3]));
  const library = libraryOf(texts, [passwords, romance, ...many]);
  const answersOf = (query: string) =>
    hitsOf(library, query)
      .filter((hit) => !hit.loose)
      .map((hit) => hit.number)
      .sort();

  it.each([
    // One word names a matter; the rest is no word of it; nobody but the asker is in it.
    ["guest wifi password today", []],
    ["timesheet due date holiday monday", []],
    // The same word, in a question about someone: a situation between people.
    ["my client's wifi password today", [1]],
    ["she wants my wifi password today", [1]],
    ["the man I support wants my wifi password", [1]],
    ["a peer asked for the wifi password today", [1]],
    // "peer" in "peer specialist" names the work, not a person.
    ["peer specialist wifi password today", []],
    // Two words that each name a matter.
    ["guest wifi password romance today", [1, 2]],
    // The matter's own words, from several of its entries, answer the rest of the question.
    ["password on my laptop at the office", [1]],
  ])("%s: answers %j", (query, answers) => {
    expect(answersOf(query)).toEqual(answers);
  });

  it("its hits are still shown, as loosely related", () => {
    const hits = hitsOf(library, "guest wifi password today");
    expect(hits.map((hit) => [hit.number, hit.loose])).toContainEqual([1, true]);
  });
});
