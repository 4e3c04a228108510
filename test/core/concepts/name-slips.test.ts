import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hasSlip, mendedReadings, withDroppedG } from "../../../src/core/concepts/name-slips.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { englishWordCheck, judgeWordsBy } from "../../../src/core/word-check.js";

const library = readDataDirectory(join(import.meta.dirname, "../../../data"), "data");

describe("a name's words with slips, read as the names' words", () => {
  it.each([
    // a letter dropped, swapped or wrong; two in a long word
    ["huging", "hugging"],
    ["gift crads", "gift cards"],
    ["romantic relashionships", "romantic relationships"],
    ["socail media", "social media"],
    // spelt by ear: before the words one letter away ("lines", "zones")
    ["lones", "loans"],
    ["duel relationships", "dual relationships"],
  ])("%j is read first as %j", (typed, meant) => {
    expect(mendedReadings(library, typed, true)[0]).toBe(meant);
  });

  it.each([
    // every word is the names' own: nothing to mend
    ["gifts money"],
    // no word near enough to any of theirs
    ["xyzzy"],
  ])("%j has no reading", (typed) => {
    expect(mendedReadings(library, typed, true)).toEqual([]);
  });

  describe("with English words known", () => {
    let before: (word: string) => boolean;
    beforeEach(() => {
      before = englishWordCheck();
      judgeWordsBy((word) => ["duel", "hugs", "relationships"].includes(word));
    });
    afterEach(() => judgeWordsBy(before));

    it("an English word is read only as a word sounding alike, and only when asked", () => {
      expect(mendedReadings(library, "duel relationships", false)).toEqual([]);
      expect(mendedReadings(library, "duel relationships", true)[0]).toBe("dual relationships");
    });

    it.each([
      ["lones", true],
      ["hugs", false],
      ["gifts", false],
      ["mandated reporting", false],
    ])("%j has a word neither the names' nor English: %s", (typed, unknown) => {
      expect(hasSlip(library, typed)).toBe(unknown);
    });
  });
});

describe("the g of -ing, dropped as speech drops it", () => {
  it.each([
    ["datin", "dating"],
    ["mandated reportin", "mandated reporting"],
    // a word the names use, or with no name's word for its g, is left as typed
    ["gifts", "gifts"],
    ["xyzin", "xyzin"],
    ["Dating", "Dating"],
  ])("%j is read as %j", (typed, read) => {
    expect(withDroppedG(library, typed)).toBe(read);
  });
});
