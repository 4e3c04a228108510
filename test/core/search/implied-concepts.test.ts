// Matters the curators file together: an inferred standard about one bears on the other.
import { describe, expect, it } from "vitest";
import { IMPLIED_SHARE, IMPLIED_SUPPORT, impliedBy } from "../../../src/core/search/implied-concepts.js";
import { buildSearchIndex } from "../../../src/core/search/inverted-index.js";
import { search } from "../../../src/core/search/search.js";
import type { Code, Concept, Library } from "../../../src/model.js";
import { toyCode } from "./toy-code.js";

const toyKey = (number: number) => ({ code: "toy", section: "rules", number });

function concept(id: string, terms: string[], numbers: number[]): Concept {
  const name = id.replace(/-/g, " ");
  return { id, name, topic: "rules", description: `Rules about ${name}.`, terms, questions: [], standards: numbers.map(toyKey) };
}

/** `toy` as a user's code under another id, which no concept tags: its concepts are inferred. */
function usersCode(texts: readonly string[]): Code {
  const code = toyCode(texts);
  return {
    ...code,
    id: "mine",
    sections: code.sections.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, code: "mine" })) })),
  };
}

const curatedTexts = [
  "Specialists keep what a person says in meetings to themselves unless the law requires otherwise.",
  "Specialists tell the authorities when someone threatens serious harm to another person.",
  "Specialists hold group conversations in strict trust and alert others to imminent danger.",
  "Specialists finish their yearly training courses on time.",
  "Specialists attend workshops and complete continuing education.",
  "Specialists store paperwork in locked cabinets.",
  "Specialists shred old forms after seven years.",
];

describe("impliedBy", () => {
  it(`implies a concept by one at least ${IMPLIED_SHARE} of whose ${IMPLIED_SUPPORT}+ curated standards it also tags`, () => {
    const concepts = [
      concept("confidentiality", ["private information"], [1, 2, 3]),
      concept("duty-to-warn", ["duty to warn"], [2, 3]),
      concept("training", ["continuing education"], [3, 4, 5]),
    ];
    const implied = impliedBy({ codes: [toyCode(curatedTexts)], topics: [], concepts });
    // duty-to-warn: two of confidentiality's three standards; training: one of three (below 0.4).
    expect(implied[1]).toEqual([{ concept: 0, share: 2 / 3 }]);
    // confidentiality by duty-to-warn (all of its standards), but duty-to-warn has only two.
    expect(implied[0]).toEqual([]);
    expect(implied[2]).toEqual([]);
  });
});

describe("an inferred standard bears on the matters the curators file with its own", () => {
  // Confidentiality and the duty to warn tag the same curated standards; the user's standard
  // names confidentiality's term only, so inference tags it with confidentiality alone.
  const concepts = [concept("confidentiality", ["private information"], [1, 2, 3]), concept("duty-to-warn", ["duty to warn"], [1, 2, 3]), concept("training", ["continuing education"], [4, 5])];
  const mine = ["Peers guard private information.", "Peers complete continuing education."];

  it("a query naming the implied matter finds it in the user's code", () => {
    const library: Library = { codes: [toyCode(curatedTexts), usersCode(mine)], topics: [], concepts };
    const hits = search(buildSearchIndex(library), library, "duty to warn", { codes: ["mine"] }).hits;
    expect(hits.map((hit) => hit.number)).toEqual([1]);
    // Not one of its concepts: it bears on the matter, it is not filed under it.
    expect(hits[0]!.concepts).toEqual(["confidentiality"]);
  });

  it("a curated standard gains nothing: its tags are a reading, not a guess", () => {
    const curated = [...concepts.slice(0, 2), { ...concepts[0]!, id: "privacy", standards: [{ code: "mine", section: "rules", number: 1 }] }];
    const library: Library = { codes: [toyCode(curatedTexts), usersCode(mine)], topics: [], concepts: curated };
    const index = buildSearchIndex(library);
    expect(index.concepts.some((entry) => entry.impliedBy !== undefined)).toBe(false);
    expect(search(index, library, "duty to warn", { codes: ["mine"] }).hits).toEqual([]);
  });
});

describe("an implied standard ranks by how often the curators file the two matters together", () => {
  // Confidentiality's curated standards are all about the duty to warn; record keeping's, half.
  const concepts = [
    concept("confidentiality", ["private information"], [1, 2, 3]),
    concept("record-keeping", ["client records"], [1, 4, 6, 7]),
    concept("duty-to-warn", ["duty to warn"], [1, 2, 3, 4]),
  ];
  const library: Library = { codes: [toyCode(curatedTexts), usersCode(["Peers file client records.", "Peers guard private information."])], topics: [], concepts };

  it("the one implied by confidentiality first", () => {
    const hits = search(buildSearchIndex(library), library, "duty to warn", { codes: ["mine"] }).hits;
    expect(hits.map((hit) => [hit.number, hit.concepts])).toEqual([
      [2, ["confidentiality"]],
      [1, ["record-keeping"]],
    ]);
  });
});


describe("a near copy of a curated standard implies nothing", () => {
  // Its concepts are its original's, a reading: what the curators left off it, it is not about.
  const concepts = [concept("confidentiality", ["private information"], [1, 2, 3]), concept("duty-to-warn", ["duty to warn"], [1, 2])];
  const library: Library = { codes: [toyCode(curatedTexts), usersCode([curatedTexts[2]!, "Peers guard private information."])], topics: [], concepts };

  it("only the standard whose concepts were guessed bears on the implied matter", () => {
    // The near copy may follow as "see also" (see-also.ts), on the answer's own matter.
    const hits = search(buildSearchIndex(library), library, "duty to warn", { codes: ["mine"] }).hits.filter((hit) => !hit.seeAlso);
    expect(hits.map((hit) => [hit.number, hit.concepts])).toEqual([[2, ["confidentiality"]]]);
  });
});
