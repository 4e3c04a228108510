// The example a "no code before it" hint names is a standard the library has: a section with
// the numbers typed (Medi-Cal Integrity first), else Medi-Cal Integrity 12, else any standard.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { noSuchItem } from "../../../src/core/codes/target/items.js";
import { anyStandard, numberIn, numbersFirstHint, placeAtHand, placeTyped, referenceIn, twoNumbersIn } from "../../../src/core/codes/target/example-standard.js";
import type { Library } from "../../../src/model.js";

const builtin = readCodeDir(join(import.meta.dirname, "../../../data"), "builtin");
const library: Library = { codes: builtin, topics: [], concepts: [] };
const withoutMediCal: Library = { codes: builtin.filter((code) => code.id !== "medi-cal"), topics: [], concepts: [] };

describe("the example of a number with no code before it", () => {
  it.each<[Library, string, string | undefined]>([
    [library, "12", "expected e.g. `ethics show medi-cal integrity 12`"],
    [library, "5-7", "expected e.g. `ethics show medi-cal integrity 5-7`"],
    // A range typed backwards is given the way it runs: as typed, the command is refused.
    [library, "7-5", "expected e.g. `ethics show medi-cal integrity 5-7`"],
    [library, "20-17,3", "expected e.g. `ethics show north-carolina 17-20,3`"],
    // Medi-Cal Integrity stops at 14
    [library, "17", "expected e.g. `ethics show north-carolina 17`"],
    // no standard is numbered 500: one that exists
    [library, "500", "expected e.g. `ethics show medi-cal integrity 12`"],
    [withoutMediCal, "500", `expected e.g. ${anyStandard(withoutMediCal)!.command(String(anyStandard(withoutMediCal)!.number))}`],
    [{ codes: [], topics: [], concepts: [] }, "12", undefined],
  ])("numbersFirstHint(%#, %j)", (of, numbers, hint) => {
    expect(numbersFirstHint(of, numbers)).toBe(hint);
  });

  it("without Medi-Cal, any standard is the first of the first code", () => {
    const first = withoutMediCal.codes[0]!;
    const example = anyStandard(withoutMediCal)!;
    expect(example.number).toBe(first.sections[0]!.standards[0]!.number);
    expect(example.command(String(example.number))).toContain(` ${first.id} `);
  });
});

// A hint whose example a reader copies was Medi-Cal Integrity's whatever the code they worked in.
describe("the place the words typed are in", () => {
  const place = (typed: string[]) => {
    const found = placeTyped(library, typed);
    return found === undefined ? undefined : `${found.code.id} ${found.section.id}`;
  };
  it.each<[string[], string | undefined]>([
    [["wi", "1"], "wisconsin code-of-conduct"],
    [["Alaska", "·", "Conduct", "4"], "alaska conduct"],
    [["alaska:conduct:1"], "alaska conduct"],
    [["north", "carolina", "2"], "north-carolina code-of-ethics"],
    [["medi-cal", "respect"], "medi-cal respect"],
    // A code of sections named alone: Medi-Cal's Integrity, every other example's; else its first.
    [["medi-cal", "3"], "medi-cal integrity"],
    [["alaska"], "alaska relationship-with-clients"],
    [["integrity", "12"], undefined],
    [[], undefined],
  ])("placeTyped(%j) is %j", (typed, expected) => {
    expect(place(typed)).toBe(expected);
  });

  it("writes a reference there, a code of one section without the section's id", () => {
    const wi = placeTyped(library, ["wi"])!;
    expect(referenceIn(wi, "1 to 3")).toBe("wisconsin 1 to 3");
    expect(twoNumbersIn(wi)).toEqual([1, 3]);
    const integrity = placeAtHand(library, ["nothing"])!;
    expect(referenceIn(integrity, String(numberIn(integrity)))).toBe("medi-cal integrity 12");
  });

  it("an item letter with no one standard before it is shown in the code before it", () => {
    const own = readCodeDir(join(import.meta.dirname, "../../fixtures/every-field"), "user").find((code) => code.id === "every-field");
    const alaska = library.codes.find((code) => code.id === "alaska")!;
    const letters = { words: ["a"], text: "a" };
    const hintAfter = (previous: Parameters<typeof noSuchItem>[0]) => noSuchItem(previous, letters).hint;
    expect(hintAfter({ kind: "code", code: own! })).toMatch(/^expected e\.g\. `ethics (?:--data \S+ )?show every-field boundaries \d+a`$/);
    // Alaska's standards have no items: Medi-Cal Integrity 12a, as before.
    expect(hintAfter({ kind: "section", code: alaska, section: alaska.sections[0]! })).toBe("expected e.g. `ethics show medi-cal integrity 12a`");
    expect(hintAfter(undefined)).toBe("expected e.g. `ethics show medi-cal integrity 12a`");
  });
});
