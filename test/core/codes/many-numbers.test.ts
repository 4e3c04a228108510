// Thousands of numbers typed after a code (`ethics show nc $(seq 10000)`, a script's runaway
// list): read as one list, as a few are. Whether a marked number ("#2") is a title's word was
// asked of the number after it, and that of the next, one call deeper each: 10,000 numbers
// overflowed the stack, an internal error (exit 3) where a message belongs.
import { describe, expect, it } from "vitest";
import { parseReferences } from "../../../src/core/codes/ref.js";

const COUNT = 20_000;
const numbers = (mark: string) => Array.from({ length: COUNT }, (_, at) => `${mark}${at + 1}`);

describe("thousands of numbers after a code", () => {
  it.each([[""], ["#"], ["§"]])("%s1 … %s20000: one list of every number", (mark) => {
    const [reference, ...more] = parseReferences(["nc", ...numbers(mark)]);
    expect(more).toEqual([]);
    expect(reference!.words).toEqual(["nc"]);
    expect(reference!.selection!.spans.map((span) => span.from.value)).toEqual(numbers("").map(Number));
  });

  it("marked numbers before a title's word are that word's still, however many", () => {
    // "#1 #2 Privacy": #2 is a title's word, and so #1 is, as a few were read before.
    const [reference] = parseReferences(["nc", ...numbers("#"), "privacy"]);
    expect(reference!.selection).toBeUndefined();
    expect(reference!.words).toEqual(["nc", ...numbers("#"), "privacy"]);
    expect(parseReferences(["nc", "#1", "#2", "privacy"])[0]!.words).toEqual(["nc", "#1", "#2", "privacy"]);
  });
});

describe("the work of reading them", () => {
  // Counted, not timed: the characters of the lists split into numbers. The list so far was
  // read again for each number typed (split at its commas), 200 million characters for
  // 20,000 numbers, 45 seconds. (Counted by a wrapper, not a spy: a spy keeps every string.)
  it("reads each number once, not the list so far again for each", () => {
    const split = String.prototype.split;
    let characters = 0;
    String.prototype.split = function (this: string, ...args: Parameters<typeof split>) {
      characters += this.length;
      return split.apply(this, args);
    } as typeof split;
    try {
      parseReferences(["nc", ...numbers("")]);
    } finally {
      String.prototype.split = split;
    }
    expect(characters).toBeLessThan(COUNT * 20);
  });
});
