// A query over search's limits is read by its sentences, the question first (long-query.ts).
import { describe, expect, it } from "vitest";
import { asks, sentencesToRead } from "../../../src/core/search/long-query.js";
import { namesIn } from "../../../src/core/codes/named-codes.js";
import { planQuery } from "../../../src/core/search/query.js";
import { search } from "../../../src/core/search/search.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";
import { words } from "../../../src/core/text.js";

const root = new URL("../../..", import.meta.url).pathname;
const library = readBuiltinLibrary(root);
const index = builtIndex(library);

/** Eight distinct meaningful words and twelve words at most: room for about two short sentences. */
const small = { distinct: 8, words: 12 };
const plainWords = (text: string) => words(text);

describe("asks: whether a sentence asks", () => {
  it.each([
    ["Can I accept the gift?", true],
    ["is it ok to keep them", true],
    ["what do i do", true],
    ["Should my supervisor know", true],
    ["She asked 'can you lend me money?'", true],
    ["When I visited, my client gave me $100.", false],
    ["Was his way of saying thanks.", false],
    ["Will you believe it, she left.", false],
    ["She sent example.com/page?id=5 to everyone.", false],
    ["I kept them.", false],
  ])("%j: %s", (sentence, asking) => {
    expect(asks(sentence)).toBe(asking);
  });
});

describe("sentencesToRead", () => {
  it.each([
    ["one sentence is read as it is", "a very long single sentence with far too many different meaningful words for the limits set here", "a very long single sentence with far too many different meaningful words for the limits set here"],
    ["the question first, then the sentence before it, then the first", "Background matters here. Unrelated detail follows now. Yesterday she gave me flowers. Can I keep them?", "Background matters here. Yesterday she gave me flowers. Can I keep them?"],
    ["a question asked without its mark", "Background matters here. Unrelated detail follows now. Yesterday she gave me flowers. is it ok", "Background matters here. Yesterday she gave me flowers. is it ok"],
    ["no question: the last sentence stands for it", "Background matters here. Unrelated detail follows now. Yesterday she gave me flowers. I kept them.", "Background matters here. Yesterday she gave me flowers. I kept them."],
    ["lines are sentences too", "Background matters here\nUnrelated detail follows now\nYesterday she gave me flowers\nCan I keep them", "Background matters here Yesterday she gave me flowers Can I keep them"],
    ["texting without marks: an opening that asks with its subject starts a sentence", "Background matters here unrelated detail follows now yesterday she gave me flowers can i keep them", "can i keep them"],
    ["a sentence that would go over is left out, a later one that fits is read", "Background. Many extra unrelated distinct words spoil everything. Flowers again. Can I keep flowers?", "Background. Flowers again. Can I keep flowers?"],
    ["an opening that tells is no question (When I ...), nor a mark inside a link", "When I left. She sent example.com/page?id=5 to everyone. Yesterday she gave me flowers. I kept them.", "When I left. Yesterday she gave me flowers. I kept them."],
  ])("%s", (_, query, read) => {
    expect(sentencesToRead(query, small, plainWords)).toBe(read);
  });

  it("counts each sentence as search reads it: a sum of money says money too", () => {
    const withMoney = (text: string) => words(text.replace(/\$\d+/g, (sum) => `${sum} money`));
    const query = "Background here. She paid $40 today. Can I keep it?";
    expect(sentencesToRead(query, { distinct: 4, words: 20 }, plainWords)).toBe("She paid $40 today. Can I keep it?");
    // With "money", the sentence before the question no longer fits; the first does.
    expect(sentencesToRead(query, { distinct: 4, words: 20 }, withMoney)).toBe("Background here. Can I keep it?");
  });

  it.each([
    ["a pasted book", `${"The weather was fine and the town was quiet that year. ".repeat(20_000)}Can I accept a gift card from a peer?`],
    ["a book of distinct sentences", `${Array.from({ length: 20_000 }, (_, at) => `Line ${at} said nothing new.`).join(" ")} Can I accept a gift card from a peer?`],
    ["long runs of spaces", `My client gave me a ring. x${" ".repeat(60_000)} y${" ".repeat(60_000)}Can I accept a gift card from a peer?`],
  ])("reads the end of %s", (_, book) => {
    expect(sentencesToRead(book, { distinct: 24, words: 144 }, plainWords).endsWith("Can I accept a gift card from a peer?")).toBe(true);
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

  it("is read for its question past search's first 5,904 characters, after an opening that says who asks", () => {
    const longStory = `As a peer support specialist, ${Array.from({ length: 120 }, (_, at) => `On day ${at} we met at the center and talked about the weather.`).join(" ")} ${story}`;
    expect(longStory.length).toBeGreaterThan(6_000);
    expect(search(index, library, `${longStory} Can I accept the gift?`).hits[0]!.concepts).toContain("accepting-gifts");
  });

  it("names the codes of a pasted book from its start, where a question names them", () => {
    const book = `what does alaska say about gifts? ${"The weather was fine and the town was quiet that year. ".repeat(20_000)}`;
    expect(namesIn(library, book, () => false).codes.map((code) => code.id)).toEqual(["alaska"]);
  });

  it("reads a short one whole, as before", () => {
    expect(planQuery(index, "Yesterday he brought me a handmade wooden box. Can I accept the gift?").words.map((word) => word.word)).toEqual(["yesterday", "brought", "handmade", "wooden", "box", "accept", "gift"]);
  });
});
