// A query over search's limits is read by its sentences, the question first (long-query.ts).
import { describe, expect, it } from "vitest";
import { sentencesToRead, stemsAsked } from "../../../src/core/search/long-query.js";
import { planQuery } from "../../../src/core/search/query.js";
import { search } from "../../../src/core/search/search.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

const root = new URL("../../..", import.meta.url).pathname;
const library = readBuiltinLibrary(root);
const index = builtIndex(library);

/** Eight distinct meaningful words and eight words at most: room for about two short sentences. */
const small = { distinct: 8, words: 12 };

describe("sentencesToRead", () => {
  it.each([
    ["one sentence is read as it is", "a very long single sentence with far too many different meaningful words for the limits set here", "a very long single sentence with far too many different meaningful words for the limits set here"],
    ["the question first, then the sentence before it, then the first", "Background matters here. Unrelated detail follows now. Yesterday she gave me flowers. Can I keep them?", "Background matters here. Yesterday she gave me flowers. Can I keep them?"],
    ["a question asked without its mark", "Background matters here. Unrelated detail follows now. Yesterday she gave me flowers. is it ok", "Background matters here. Yesterday she gave me flowers. is it ok"],
    ["no question: the last sentence stands for it", "Background matters here. Unrelated detail follows now. Yesterday she gave me flowers. I kept them.", "Background matters here. Yesterday she gave me flowers. I kept them."],
    ["lines are sentences too", "Background matters here\nUnrelated detail follows now\nYesterday she gave me flowers\nCan I keep them", "Background matters here Yesterday she gave me flowers Can I keep them"],
    ["a sentence that would go over is left out, a later one that fits is read", "Background. Many extra unrelated distinct words spoil everything. Flowers again. Can I keep flowers?", "Background. Flowers again. Can I keep flowers?"],
  ])("%s", (_, query, read) => {
    expect(sentencesToRead(query, small)).toBe(read);
  });

  it("reads a pasted book in bounded time, its end included", () => {
    const book = `${"The weather was fine and the town was quiet that year. ".repeat(20_000)}Can I accept a gift card from a peer?`;
    const read = sentencesToRead(book, { distinct: 24, words: 144 });
    expect(read.endsWith("Can I accept a gift card from a peer?")).toBe(true);
  });
});

describe("a situation told at length before its question", () => {
  const story =
    "I have been working with a young man for about eight months now at our drop-in center downtown. He came to us after losing his apartment and his job at the warehouse, and he has been doing really well lately, going to meetings, volunteering in the kitchen, and reconnecting with his sister and nephew. Last week he finished his housing paperwork and moved into his own place. Yesterday he brought me a handmade wooden box he carved himself.";

  it("is searched for its question: the gift rules first", () => {
    const query = `${story} Can I accept the gift?`;
    expect(planQuery(index, query).matches.map((match) => match.concept.id)).toContain("accepting-gifts");
    expect(search(index, library, query).hits[0]!.concepts).toContain("accepting-gifts");
  });

  it("reads a short one whole, as before", () => {
    expect(planQuery(index, "Yesterday he brought me a handmade wooden box. Can I accept the gift?").words.map((word) => word.word)).toEqual(["yesterday", "brought", "handmade", "wooden", "box", "accept", "gift"]);
  });
});

describe("stemsAsked: the words of a situation's question, apart from its story", () => {
  const asked = (query: string) => {
    const stems = stemsAsked(query);
    return stems === undefined ? undefined : [...stems].sort();
  };
  it.each([
    ["a story, then its question", "Yesterday he brought me a box he carved. Can I accept the gift?", ["accept", "gift"]],
    ["a question without its mark, in texting", "client gave me a box. is it ok to keep", ["keep"]],
    ["the story's verdict is no question, but no story either", "He brought me a box. Can I keep it? Is that a boundary issue?", ["boundari", "issu", "keep"]],
    ["one sentence", "Can I accept a gift from a peer?", undefined],
    ["every sentence asks", "Can I accept a gift? What if it is cash?", undefined],
    ["no sentence asks", "He brought me a box. I kept it.", undefined],
    ["only a verdict asks", "He brought me a box. Is that a boundary issue?", undefined],
  ])("%s", (_, query, stems) => {
    expect(asked(query)).toEqual(stems);
  });

  it("weighs the story's words below the question's, and a question that names nothing leaves all as they are", () => {
    const weight = (query: string, word: string) => planQuery(index, query).words.find((each) => each.word === word)!.weight;
    const told = "Yesterday he brought me a handmade box.";
    expect(weight(`${told} Can I accept the gift?`, "handmade")).toBeCloseTo(0.8 * weight(told, "handmade"));
    expect(weight(`${told} Can I accept the gift?`, "gift")).toBe(weight("Can I accept the gift?", "gift"));
    expect(weight(`${told} What should I do?`, "handmade")).toBe(weight(told, "handmade"));
  });
});
