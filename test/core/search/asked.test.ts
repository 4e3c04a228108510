// The questions each built-in standard answers (data/questions/, asked.ts), on a toy code: they
// rank a standard among those its own words find alike, find it where its own words do not (as
// a loosely related hit: they never make an answer), and are no words of the codes.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../../src/core/search/inverted-index.js";
import { search } from "../../../src/core/search/search.js";
import { askedFrequencies, isAskedKey } from "../../../src/core/search/asked.js";
import { tableEntries } from "../../../src/core/search/packed-table.js";
import { standardKeyOf } from "../../../src/core/codes/standard-text.js";
import type { Code, Library } from "../../../src/model.js";
import { toyCode } from "./toy-code.js";

const texts = ["Specialists keep their appointments.", "Specialists keep their commitments.", "Specialists write reports on time."];
const questions = ["I keep cancelling on him", "what if I bail on a client twice"];

function toyLibrary(origin: "builtin" | "user"): Library {
  const code = { ...toyCode(texts), origin };
  const asked = new Map([[standardKeyOf({ code: "toy", section: "rules", number: 2 }), questions]]);
  return { codes: [code], topics: [], concepts: [], asked };
}

const hits = (library: Library, query: string) => search(buildSearchIndex(library), library, query).hits.map((hit) => ({ number: hit.number, loose: hit.loose }));

describe("the questions a standard answers", () => {
  it("count each meaningful word's stem under a marked key, small words left out", () => {
    expect(Object.fromEntries(askedFrequencies(["I keep cancelling on him", "keep it"]))).toEqual({ "+keep": 2, "+cancel": 1 });
  });

  it.each([
    // Both use "keep" (half the query: loosely related); the second is asked as "cancelling on
    // him": it goes first.
    ["keep cancelling", "builtin", [{ number: 2, loose: true }, { number: 1, loose: true }]],
    // A user's code has no questions: library order settles the tie.
    ["keep cancelling", "user", [{ number: 1, loose: true }, { number: 2, loose: true }]],
    // Its questions alone find it, loosely related: they rank, they do not answer.
    ["bail", "builtin", [{ number: 2, loose: true }]],
    ["bail", "user", []],
  ] as const)("%j over a %s code → %j", (query, origin, expected) => {
    expect(hits(toyLibrary(origin), query)).toEqual(expected);
  });

  it.each([
    ["in the same words: it answers the questions its original answers", texts[1]!, [{ code: "toy", number: 2 }, { code: "copy", number: 2 }]],
    ["in words of its own: it does not", "Specialists keep their word.", [{ code: "toy", number: 2 }]],
  ])("a user's copy of a built-in code holding its standard %s", (_name, text, expected) => {
    const original = toyCode(texts);
    const copy: Code = {
      ...original,
      id: "copy",
      origin: "user",
      source: { ...original.source, derivedFrom: "toy" },
      sections: original.sections.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, code: "copy", ...(standard.number === 2 && { text }) })) })),
    };
    const library: Library = { ...toyLibrary("builtin"), codes: [{ ...original, origin: "builtin" }, copy] };
    const found = search(buildSearchIndex(library), library, "bail").hits;
    expect(found.map((hit) => ({ code: hit.code, number: hit.number }))).toEqual(expected);
    expect(new Set(found.map((hit) => hit.score)).size).toBe(1);
  });

  it("leave out a list of copies that names no document of the index (a damaged index)", () => {
    const library = toyLibrary("builtin");
    const index = { ...buildSearchIndex(library), askedCopies: "1=999 x=2 1=-1 1=0.5 1=2=3" };
    expect(search(index, library, "bail").hits.map((hit) => hit.number)).toEqual([2]);
  });

  it("stand apart from the texts' postings and stems, which a typo is corrected to and a word form is read as", () => {
    const index = buildSearchIndex(toyLibrary("builtin"));
    expect([...tableEntries(index.askedPostings)].map(([stemmed]) => stemmed)).toEqual(["bail", "cancel", "client", "keep", "twice"]);
    expect(Object.keys(index.postings).some(isAskedKey)).toBe(false);
    expect(index.postings).not.toHaveProperty("cancel");
    expect(index.stems.split(" ").some(isAskedKey)).toBe(false);
    expect(index.words).not.toContain("cancelling");
  });
});
