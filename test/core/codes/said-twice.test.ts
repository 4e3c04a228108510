// A word said twice in a row, as dictation takes down a stutter, is read once where the
// reference then reads whole and, as typed, does not.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { withoutWordsSaidTwice } from "../../../src/core/codes/said-twice.js";
import { resolveArguments } from "../../../src/core/codes/target.js";
import type { Library } from "../../../src/model.js";
import { citedTargets, resolveFailure } from "./resolved.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };

describe("withoutWordsSaidTwice", () => {
  it.each<[string[], string[]]>([
    [["alaska", "alaska", "conduct"], ["alaska", "conduct"]],
    [["alaska", "conduct", "Conduct"], ["alaska", "conduct"]],
    [["the", "the", "the", "alaska"], ["the", "alaska"]],
    [["north", "carolina"], ["north", "carolina"]],
    // marks alone are no words said: left as they are
    [["wi", "-", "-"], ["wi", "-", "-"]],
  ])("%j → %j", (words, expected) => {
    expect(withoutWordsSaidTwice(words)).toEqual(expected);
  });
});

describe("show with a word said twice", () => {
  it.each<[string[], string[]]>([
    // it was the whole of Alaska, then its Conduct 4
    [["alaska", "alaska", "conduct", "4"], ["Alaska · Conduct 4"]],
    // it was "no section 'conduct conduct' in alaska"
    [["alaska", "conduct", "conduct", "4"], ["Alaska · Conduct 4"]],
    [["medi-cal", "medi-cal", "integrity", "integrity", "12"], ["Medi-Cal · Integrity 12"]],
    [["north", "carolina", "carolina", "7"], ["North Carolina 7"]],
    [["alaska", "conduct", "4", "wisconsin", "wisconsin", "12"], ["Alaska · Conduct 4", "Wisconsin 12"]],
    [["the", "the", "alaska", "conduct", "4"], ["Alaska · Conduct 4"]],
    // codes named one after another are still a list, a code named again among them too: read
    // once, the words are no one reference ("wi nc 2" is two)
    [["alaska", "wisconsin"], ["code alaska", "code wisconsin"]],
    [["wi", "nc", "nc", "2"], ["code wisconsin", "code north-carolina", "North Carolina 2"]],
  ])("%j → %j", (argv, expected) => {
    expect(citedTargets(resolveArguments(library, argv))).toEqual(expected);
  });

  it("what is wrong with the words read once is said of them", () => {
    expect(resolveFailure(library, ["alaska", "conduct", "conduct", "40"]).message).toBe("Alaska Conduct has no 40");
  });
});
