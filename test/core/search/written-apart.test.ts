// Words written apart that were meant as one: letters spelt out ("m a t") and a word typed as
// two ("face book"), read as the word they make where that explains more.
import { describe, expect, it } from "vitest";
import { joinsIn, withJoins } from "../../../src/core/search/written-apart.js";
import { everydayEndings } from "../../../src/core/search/real-words.js";
import { planQuery } from "../../../src/core/search/query.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

describe("joinsIn", () => {
  const known = new Set(["mat", "aa", "na", "roi", "facebook", "overdose", "forgetting", "caregiver", "someone", "us"]);
  const everyday = new Set(["getting"]);
  const joined = (query: string) => withJoins(query, joinsIn(query, (word) => known.has(word), (word) => everyday.has(word)));
  it.each([
    ["client on m a t", "client on mat"],
    ["client on M A T?", "client on mat?"],
    ["same A.A. meeting", "same aa meeting"],
    ["same A. A. meeting", "same aa meeting"],
    ["r o i", "roi"], // three letters: spelt, though "r" alone is texting for "are"
    ["add a client on face book", "add a client on facebook"],
    ["an over dose.", "an overdose."],
    ["care giver support", "caregiver support"],
    ["me n a client", "me n a client"], // "n a": and a, in a text message
    ["I'm a peer", "I'm a peer"], // the letters of a contraction are no letters spelt
    ["u s", "u s"], // "us": a small word
    ["thanks for getting her a bed", "thanks for getting her a bed"], // "getting" goes with "for"
    ["some one", "some one"], // two small words
    ["face, book", "face, book"], // a comma parts them
    ["m a t and n a", "mat and n a"],
    ["an x y z", "an x y z"], // a word nobody knows
  ])("%s → %s", (query, expected) => {
    expect(joined(query)).toBe(expected);
  });
});

describe("everydayEndings", () => {
  it("finds the everyday words that end a word after a small word", () => {
    // "dose" is no everyday word; "be" is too short a part; "lev" no small word.
    const vocabulary = ["forgetting", "overtime", "overdose", "forever", "belong", "lever"];
    expect(everydayEndings(["getting", "time", "ever", "long"], vocabulary)).toEqual(["ever", "getting", "time"]);
  });
});

describe("a query with words written apart", () => {
  const root = new URL("../../..", import.meta.url).pathname;
  const index = builtIndex(readBuiltinLibrary(root));
  const read = (query: string) => planQuery(index, query).words.map((word) => word.word);
  it.each([
    ["client on m a t", ["client", "mat"]],
    ["can i go to the same a a meeting as my client", ["go", "aa", "meeting", "client"]],
    ["over dose", ["overdose"]],
    ["can I add a client on face book", ["add", "client", "facebook"]],
    ["care giver support", ["caregiver", "support"]],
    ["a a", ["aa"]], // letters alone, but they spell a word
    // Apart, the words are a term's ("home group"): left apart.
    ["skipping my home group", ["skipping", "home", "group"]],
    // "for getting": the two words everyday speech says, not forgetting.
    ["thanks for getting her a bed", ["thanks", "getting", "bed"]],
    // Joined, a known word that names no matter: two words that mean something alone stay so.
    ["home work", ["home", "work"]],
    ["me n a client", ["client"]],
  ])("%s is read as %j", (query, expected) => {
    expect(read(query)).toEqual(expected);
  });

  it("reads letters spelt out as an acronym, never as the start of a longer word", () => {
    expect(planQuery(index, "client on m a t").words[1]!.abbreviates).toEqual([]);
  });
});
