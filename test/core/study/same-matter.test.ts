// "Which code says this?" leaves out of its choices a code that says much the same, and names it.
// Words alike are not enough: North Carolina 15 (gifts) and Person-Driven 8 (the person directs
// their own process) share "recovery process", and the quiz left Working Well Together and
// Medi-Cal out of a question on North Carolina 15 as if they said it too.
import { describe, expect, it } from "vitest";
import { sayingMuchTheSame } from "../../../src/core/study/same-matter.js";
import { libraryWording } from "../../../src/core/study/wording.js";
import { allStandards, type Library } from "../../../src/model.js";
import { builtinLibrary, plainLibrary } from "./library.js";

/** Whether the standard cited `one` says much the same as the one cited `other`, in `library`. */
function saysMuchTheSame(library: Library, one: string, other: string): boolean {
  const wording = libraryWording(library.codes);
  const find = (citation: string) => {
    for (const code of library.codes) {
      const place = allStandards(code).findIndex((standard) => standard.citation === citation);
      if (place >= 0) return { code, place };
    }
    throw new Error(`no standard ${citation}`);
  };
  const [a, b] = [find(one), find(other)];
  const [found] = sayingMuchTheSame(library, wording, a.code, a.place, [b.code]);
  return found !== -1 && wording.citations[found!] === other;
}

describe("says much the same: alike in words and on one matter", () => {
  it.each([
    // the same rule, word for word or nearly
    ["Medi-Cal · Integrity 5", "Working Well Together · Integrity 5", true],
    ["Medi-Cal · Safety & Protection 6", "Wisconsin 5", true],
    ["Alaska · Conflicts of Interest 2", "Medi-Cal · Safety & Protection 1", true],
    ["Medi-Cal · Safety & Protection 1", "North Carolina 12", true],
    ["Working Well Together · Cultural Relevancy 3", "Wisconsin 6", true],
    // one folded into a longer one
    ["Working Well Together · Respect 4", "Medi-Cal · Respect 4", true],
    ["Working Well Together · Confidentiality 4", "Medi-Cal · Confidentiality 4", true],
    // words in common on other matters
    ["North Carolina 15", "Medi-Cal · Person-Driven 8", false],
    ["North Carolina 15", "Working Well Together · Person-Driven 8", false],
    ["Working Well Together · Family Driven and Child-Centered 5", "Medi-Cal · Family Driven and Child-Centered 6", false],
    ["Working Well Together · Confidentiality 4", "Medi-Cal · Safety & Protection 4", false],
    ["Working Well Together · Holistic Wellness 2", "Medi-Cal · Holistic Wellness 4", false],
  ])("%s and %s: %s", (one, other, alike) => {
    expect(saysMuchTheSame(builtinLibrary, one, other)).toBe(alike);
  });

  it("without a concept index, words alone decide, as before", () => {
    expect(saysMuchTheSame(plainLibrary, "North Carolina 15", "Medi-Cal · Person-Driven 8")).toBe(true);
    expect(saysMuchTheSame(plainLibrary, "Medi-Cal · Integrity 5", "Working Well Together · Integrity 5")).toBe(true);
  });
});
