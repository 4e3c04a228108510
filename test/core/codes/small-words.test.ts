// A small word (the, a, me, please, show, …) names no code by itself: not by beginning a title
// ("The North Carolina …"), not as a prefix of an id (me: medi-cal). Said before a citation,
// as a person dictating says it, it is left out where the words after it read whole.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { findCode } from "../../../src/core/codes/resolve.js";
import { codeNamesTyped } from "../../../src/core/codes/code-names-typed.js";
import { withoutLeadingSmallWords } from "../../../src/core/codes/leading-small-words.js";
import { isSmallWord } from "../../../src/core/codes/small-words.js";
import type { Code, Library } from "../../../src/model.js";
import { makeCode } from "../make-code.js";
import { citedTargets, resolveFailure } from "./resolved.js";
import { resolveArguments } from "../../../src/core/codes/target.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };

const found = (input: string) => {
  const lookup = findCode(library, input);
  return lookup.kind === "found" ? lookup.value.id : lookup.kind;
};

describe("a small word names no code by itself", () => {
  it.each([
    ["the", "none"],
    ["The", "none"],
    ["me", "none"],
    ["a", "none"],
    ["please", "none"],
    ["show", "none"],
    // more than a small word: a name's beginning, as before
    ["the north", "north-carolina"],
    ["med", "medi-cal"],
    ["al", "alaska"],
    ["wi", "wisconsin"],
  ])("%j → %s", (input, expected) => {
    expect(found(input)).toBe(expected);
  });

  it("a user's code named by the word exactly is that code", () => {
    const me: Code = makeCode({ id: "me", shortName: "Maine", title: "Maine Peer Code", aliases: [], sections: [] });
    expect(findCode({ ...library, codes: [...library.codes, me] }, "me")).toMatchObject({ kind: "found", value: { id: "me" } });
  });

  it.each([
    ["the", true],
    ["Please", true],
    ["the,", true],
    ["show", true],
    ["alaska", false],
    ["conduct", false],
  ])("isSmallWord(%j) is %s", (word, expected) => {
    expect(isSmallWord(word)).toBe(expected);
  });
});

describe("small words said before a code's name", () => {
  it.each<[string[], string[]]>([
    [["the", "alaska"], ["alaska"]],
    [["please", "show", "me", "the", "wisconsin", "12"], ["wisconsin", "12"]],
    // the words as typed name a code: kept
    [["the", "north", "carolina"], ["the", "north", "carolina"]],
    // nothing but small words, or none after them: kept, for the resolver to refuse
    [["the"], ["the"]],
    [["when", "they", "are"], ["when", "they", "are"]],
    // a joining word before the first name is a name left out, not a small word said
    [["and", "wi"], ["and", "wi"]],
  ])("%j → %j", (words, expected) => {
    expect(withoutLeadingSmallWords(library, words)).toEqual(expected);
  });

  it.each<[string[], string[]]>([
    [["the", "alaska", "wisconsin"], ["alaska", "wisconsin"]],
    [["the", "north", "carolina", "wi"], ["north carolina", "wi"]],
  ])("codeNamesTyped(%j) → %j", (typed, names) => {
    expect(codeNamesTyped(library, typed)).toEqual(names);
  });

  it.each<[string[], string[]]>([
    [["the", "alaska", "conduct", "4"], ["Alaska · Conduct 4"]],
    [["the", "medi-cal", "integrity", "12"], ["Medi-Cal · Integrity 12"]],
    [["me", "alaska", "conduct", "4"], ["Alaska · Conduct 4"]],
    [["please", "show", "me", "the", "wisconsin", "12"], ["Wisconsin 12"]],
    [["the", "wisconsin", "and", "nc"], ["code wisconsin", "code north-carolina"]],
    [["wi", "12", "the", "alaska", "conduct", "4"], ["Wisconsin 12", "Alaska · Conduct 4"]],
    // a title that begins with a small word is named by it and more
    [["the", "north", "carolina", "7"], ["North Carolina 7"]],
  ])("show %j → %j", (argv, expected) => {
    expect(citedTargets(resolveArguments(library, argv))).toEqual(expected);
  });

  it.each([
    // what is wrong is said of the words after the small words, not of "the"
    [["the", "alaska", "conduct", "40"], "Alaska Conduct has no 40"],
    [["the", "xyz", "4"], "no code 'xyz'"],
    [["the"], "no code 'the'"],
    // after a reference, "in" and "of" name its code: not small words left out
    [["medi-cal", "integrity", "1,", "12", "in", "nc"], "'12 in nc' names its code last"],
  ])("show %j fails: %s", (argv, message) => {
    expect(resolveFailure(library, argv).message).toBe(message);
  });
});
