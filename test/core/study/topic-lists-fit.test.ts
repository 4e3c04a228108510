import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packTopicLists, unpackTopicLists } from "../../../src/core/study/material-pack.js";
import { topicListsFit } from "../../../src/core/study/topic-lists-fit.js";
import { packNumbers } from "../../../src/core/search/packed-numbers.js";

const packed = packTopicLists([[[0, 2], [], [5]], [[1]]]);

describe("whether packed topic lists fit a library", () => {
  it.each([
    ["lists of every code, of its standards", packed, [3, 1], 6, true],
    ["no codes", [], [], 6, true],
    ["a code of no standards", [""], [0], 6, true],
    ["a code with a standard too many", packed, [2, 1], 6, false],
    ["a code with a standard too few", packed, [4, 1], 6, false],
    ["a topic beyond the library's", packed, [3, 1], 5, false],
    ["lists for fewer codes", packed, [3, 1, 1], 6, false],
    ["not a list", "abc", [1], 6, false],
    ["a list that is not a string", [packed[0], 7], [3, 1], 6, false],
    ["a count past the end", [packNumbers([3, 1])], [1], 6, false],
    ["a character no packing writes", ["\u00e9"], [1], 6, false],
    ["a number cut off", [packNumbers([1, 300]).slice(0, -1)], [1], 400, false],
    ["a count negative as an Int32", [packNumbers([2 ** 32 - 1, 0])], [1], 6, false],
    ["a topic negative as an Int32", [packNumbers([1, 2 ** 32 - 1])], [1], 6, false],
    // Unpacking refuses any count or id past 2^31 - 1, as these must be: not only those that wrap negative.
    ["a count past 32 bits", [packNumbers([2 ** 32 + 1, 0])], [1], 6, false],
    ["a topic past 32 bits", [packNumbers([1, 2 ** 32 + 1])], [1], 6, false],
  ])("%s", (_what, lists, sizes, topics, fits) => {
    expect(topicListsFit(lists, sizes, topics)).toBe(fits);
  });

  it("fits exactly where unpacking gives lists of those sizes, for lists a packing could write", () => {
    const number = fc.oneof(fc.nat({ max: 12 }), fc.nat({ max: 100_000 }), fc.integer({ min: 2 ** 31 - 2, max: 2 ** 33 }));
    fc.assert(
      fc.property(fc.array(fc.array(number, { maxLength: 12 }), { maxLength: 4 }), fc.array(fc.nat({ max: 6 }), { maxLength: 4 }), fc.nat({ max: 14 }), (raw, sizes, topics) => {
        const lists = raw.map((values) => packNumbers(values));
        let unpacked = true;
        try {
          unpackTopicLists(lists, sizes, topics);
        } catch {
          unpacked = false;
        }
        expect(topicListsFit(lists, sizes, topics)).toBe(unpacked);
      }),
      { numRuns: 2000 },
    );
  });
});
