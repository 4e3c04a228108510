// A text's words as search reads them, queries and standards alike.
import { describe, expect, it } from "vitest";
import { words } from "../../src/core/text.js";

describe("words", () => {
  it.each([
    ["Person-first language", ["person", "first", "language"]],
    ["a client's gift", ["a", "client", "gift"]],
    ["Café résumé", ["cafe", "resume"]],
    // Marks that show nothing are no break inside a word (copied from a web page or a PDF).
    ["confi\u00addentiality", ["confidentiality"]],
    ["gi\u200bfts from a peer", ["gifts", "from", "a", "peer"]],
    ["bound\u200caries", ["boundaries"]],
    ["hug\u2060ging", ["hugging"]],
    ["\ufeffgifts", ["gifts"]],
    ["\u200d", []],
  ])("%j → %j", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});
