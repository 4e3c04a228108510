// Situation flash cards: a practitioner's question on the front, the standards of one code that
// govern it on the back; only concepts read (curated, or a user's file's own tags), never guessed.
import { describe, expect, it } from "vitest";
import { situationCards } from "../../../src/core/study/situation-cards.js";
import { renderSituationRows } from "../../../src/render/anki.js";
import { allStandards, type Code, type Library } from "../../../src/model.js";
import { builtinLibrary } from "./library.js";

const code = (id: string) => builtinLibrary.codes.find((candidate) => candidate.id === id)!;

describe("situationCards", () => {
  const alaska = code("alaska");
  const cards = situationCards(builtinLibrary, [alaska], null);

  it("makes one card a concept the code's standards are tagged with, in the index's order, asking its first question", () => {
    const tagged = builtinLibrary.concepts.filter((concept) => concept.questions.length > 0 && concept.standards.some((key) => key.code === "alaska"));
    expect(cards.map((card) => card.concept.id)).toEqual(tagged.map((concept) => concept.id));
    for (const card of cards) {
      expect(card.question).toBe(card.concept.questions[0]);
      const keys = card.concept.standards.filter((key) => key.code === "alaska");
      expect(card.standards.map((standard) => [standard.section, standard.number])).toEqual(
        allStandards(alaska).filter((standard) => keys.some((key) => key.section === standard.section && key.number === standard.number)).map((standard) => [standard.section, standard.number]),
      );
      expect(card.tags).toEqual(["alaska", `concept::${card.concept.id}`, `topic::${card.concept.topic}`]);
    }
  });

  it("keeps to a topic's concepts", () => {
    const gifts = builtinLibrary.topics.find((topic) => topic.id === "gifts")!;
    const onGifts = situationCards(builtinLibrary, [alaska], gifts);
    expect(onGifts.length).toBeGreaterThan(0);
    for (const card of onGifts) expect(card.concept.topic).toBe("gifts");
  });

  it("reads a user's code by its own tags, and makes nothing of one its file leaves untagged", () => {
    const copy = (id: string, tags?: string[]): Code => ({
      ...alaska,
      id,
      origin: "user",
      sections: alaska.sections.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, code: id, concepts: tags })) })),
    });
    const library: Library = { ...builtinLibrary, codes: [...builtinLibrary.codes, copy("tagged", ["accepting-gifts"]), copy("untagged")] };
    const tagged = situationCards(library, [library.codes.at(-2)!], null);
    expect(tagged.map((card) => card.concept.id)).toEqual(["accepting-gifts"]);
    expect(tagged[0]!.standards).toHaveLength(allStandards(alaska).length);
    expect(situationCards(library, [library.codes.at(-1)!], null)).toEqual([]);
  });
});

describe("renderSituationRows", () => {
  it("writes the question and the code on the front, each standard whole and the matter on the back, escaped", () => {
    const [card] = situationCards(builtinLibrary, [code("alaska")], null);
    const row = renderSituationRows([{ ...card!, question: "Can I take a <gift> & keep it?" }]);
    const [front, back, tags] = row.trimEnd().split("\t") as [string, string, string];
    expect(front).toBe("Can I take a &lt;gift&gt; &amp; keep it?<br><i>Alaska</i>");
    for (const standard of card!.standards) {
      expect(back).toContain(`<b>${standard.citation}</b><br>`);
      for (const note of standard.notes) expect(back).toContain(note.slice(0, 30));
    }
    expect(back).toContain(`<i>${card!.concept.name}: `);
    expect(tags).toBe(card!.tags.join(" "));
  });
});
