// What a code file's key or id hides, named with every place it is at, and the fix's pronoun
// counted: "delete it" of two characters left the second in for a user who deleted the one named.
import { describe, expect, it } from "vitest";
import { hiddenCharacterCount, hiddenCharactersNamed } from "../../../src/core/codes/hidden-characters.js";

describe("hidden characters named", () => {
  it.each([
    ["one", "secti\u200cons", "a zero width non-joiner (U+200C) as its 6th character", 1],
    ["one kind twice", "se\u200cc\u200ctions", "a zero width non-joiner (U+200C) as its 3rd and 5th characters", 2],
    ["two kinds", "se\u200bcti\u200cons", "a zero width space (U+200B) as its 3rd character and a zero width non-joiner (U+200C) as its 7th character", 2],
    ["one kind many times: the first places, and how many more", "\u200d".repeat(6), "a zero width joiner (U+200D) as its 1st, 2nd, 3rd and 3 more characters", 6],
  ])("%s", (_, text, named, count) => {
    expect(hiddenCharactersNamed(text)).toBe(named);
    expect(hiddenCharacterCount(text)).toBe(count);
  });
});
