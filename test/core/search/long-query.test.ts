// A query over search's limits is read by its sentences, the question first (long-query.ts).
import { describe, expect, it } from "vitest";
import { sentencesToRead } from "../../../src/core/search/long-query.js";
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
