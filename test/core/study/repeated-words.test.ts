// Users' codes made from one source repeat its standards word for word, and the study commands
// work such words out once (a card's key word, a standard's strength letter, the topics of a list
// of concepts). What is worked out once must be what is worked out each time, whatever else the
// standard shares with another and however many texts went before. And Anki's escaping leaves
// alone the texts that need none, as escaping them would.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topicsOfStandard } from "../../../src/core/concepts/topics.js";
import { cardsOfCode, conceptTagsOf } from "../../../src/core/study/cards.js";
import { blankCandidates, clozeVocabulary, keyWord } from "../../../src/core/study/cloze.js";
import { confidentStrengths } from "../../../src/core/study/quiz.js";
import { confidentReading } from "../../../src/core/study/strength.js";
import { escapeAnkiHtml } from "../../../src/render/anki.js";
import { visible } from "../../../src/render/terminal-text.js";
import { stem, words } from "../../../src/core/text.js";
import { allStandards, type Code, type Standard } from "../../../src/model.js";
import { plainLibrary, withKnownCopy } from "./library.js";

const vocabulary = clozeVocabulary(plainLibrary.codes.flatMap(allStandards), { phrases: false });
const first = allStandards(plainLibrary.codes[1]!)[3]!;

/** keyWord as it was before it remembered anything: the first of blankCandidates that the card's citation does not show. */
function keyWordNow(standard: Standard) {
  const cited = new Set(words(standard.citation).map(stem));
  const best = blankCandidates(standard, vocabulary).find((candidate) => !cited.has(stem(candidate.word)));
  return best ? { start: best.start, end: best.end } : null;
}
const firstKey = blankCandidates(first, vocabulary)[0]!.word;

describe("a card's key word, worked out once a standard's words", () => {
  it.each<[string, Standard]>([
    ["the standard", first],
    ["its copy in another code", { ...first, code: "copy", citation: "Copy · 1" }],
    // a card headed with its key word (a section titled so) hides another word, though its words are the first's
    ["its copy under a citation that shows its key word", { ...first, code: "copy", citation: `Copy · ${firstKey} 1` }],
    // the same text with a note that repeats its key word: the word is said twice, so no longer telling
    ["the same text, another note", { ...first, notes: [first.text] }],
    ["the same text, its words as an item", { ...first, items: [{ label: "a", text: first.text }] }],
    ["a part holding the separator", { ...first, notes: ["a\0b"] }],
    ["another text", allStandards(plainLibrary.codes[0]!)[0]!],
  ])("%s: what blankCandidates gives", (_what, standard) => {
    expect(keyWord(standard, vocabulary)).toEqual(keyWordNow(standard));
    expect(keyWord(standard, vocabulary)).toEqual(keyWordNow(standard));
  });

  it("a card headed with its key word hides another word", () => {
    const shown = { ...first, code: "copy", citation: `Copy · ${firstKey} 1` };
    expect(keyWord(first, vocabulary)).not.toBeNull();
    expect(keyWord(shown, vocabulary)).not.toEqual(keyWord(first, vocabulary));
  });

  it("right after more standards than are kept", () => {
    const standards = plainLibrary.codes.flatMap(allStandards);
    for (let round = 0; round < 70; round++) for (const standard of standards) keyWord({ ...standard, text: `${standard.text} ${round}` }, vocabulary);
    for (const standard of standards) expect(keyWord(standard, vocabulary)).toEqual(keyWordNow(standard));
  });

  it("a caller may change what it is given", () => {
    const found = keyWord(first, vocabulary)!;
    found.start = -1;
    expect(keyWord(first, vocabulary)).toEqual(keyWordNow(first));
  });
});

describe("a standard's strength letter, worked out once a standard's words", () => {
  const LETTERS: Record<string, string> = { prohibits: "p", requires: "r", defers: "d", aspires: "a" };
  const letter = (standard: Standard) => LETTERS[confidentReading(standard)?.strength ?? "describes"] ?? "-";
  const prohibition = allStandards(plainLibrary.codes[1]!).find((standard) => confidentReading(standard)?.strength === "prohibits")!;
  it.each<[string, Standard]>([
    ["a prohibition", prohibition],
    ["its copy in another code", { ...prohibition, code: "copy", citation: "Copy · 1" }],
    // a note deferring to the agency makes it conditional: no confident reading
    ["the same text, a note deferring to agency policy", { ...prohibition, notes: ["Follow agency policy."] }],
    ["the same text, an item that requires", { ...prohibition, items: [{ label: "a", text: "Peers must report it." }] }],
  ])("%s: confidentReading's letter", (_what, standard) => {
    const code: Code = { ...plainLibrary.codes[1]!, sections: [{ ...plainLibrary.codes[1]!.sections[0]!, standards: [standard] }] };
    expect(confidentStrengths([code])).toBe(letter(standard));
  });

  it("the letters of every code, read twice", () => {
    const expected = plainLibrary.codes.flatMap(allStandards).map(letter).join("");
    expect(confidentStrengths(plainLibrary.codes)).toBe(expected);
    expect(confidentStrengths(plainLibrary.codes)).toBe(expected);
  });
});

describe("Anki's escaping: a text that needs none is given back as it is", () => {
  /** escapeAnkiHtml as it was, every text split and replaced. */
  const reference = (text: string) =>
    text
      .split(/(\r?\n|\t)/)
      .map((part) => (part === "\t" ? "&#9;" : part === "\n" || part === "\r\n" ? "<br>" : visible(part).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/([{}])(?=\1)/g, "$1&#8205;")))
      .join("");
  it.each([
    ["a < b & c > d"],
    ['"quoted"\tand\r\nbroken'],
    ["a lone \r return"],
    ["plain"],
    ["Peers’ “rights” — café"],
    ["bidi \u202e here"],
    ["escape \x1b[31m red"],
    ["a zero-width\u200bspace"],
    ["see {{c1::agency policy}} for {{{three}}} and {single}"],
    [""],
    ["a tag character \udb40\udc41 here"],
    ["a high half \udb40 alone, and one before another pair \udb40\ud83d\ude00"],
    ["a soft\u00adhyphen and \u007f delete"],
  ])("%j", (text) => {
    expect(escapeAnkiHtml(text)).toBe(reference(text));
  });

  it("whatever the text", () => {
    const chars = ["a", " ", "&", "<", ">", '"', "{", "}", ":", "\t", "\r", "\n", "\x1b", "\u202e", "\u200b", "\udb40", "\udc41", "é", "’"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(escapeAnkiHtml(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a user's code's topics from its known concepts", () => {
  // Alaska's copy under its own id, its concepts known as the search index gives them.
  const { copy, library } = withKnownCopy();

  it.each([
    ["every standard", allStandards(copy)],
    ["some, out of order", allStandards(copy).filter((_, at) => at % 3 === 0).reverse()],
  ])("%s: the topics topicsOfStandard gives, in the topics' order", (_what, standards) => {
    const cards = cardsOfCode(library, copy, standards, null, conceptTagsOf(library));
    const topicTags = cards.map((card) => card.tags.filter((tag) => tag.startsWith("topic::")));
    expect(topicTags).toEqual(standards.map((standard) => topicsOfStandard(library, standard).map((topic) => `topic::${topic.id}`)));
    expect(topicTags.some((tags) => tags.length > 1)).toBe(true);
  });
});
