// The hint of a search of numbers alone is a `show` command that runs, in a section (or a code
// of one list) that has the standards, with what it shows; the numbers none has, said so.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { placeHolding } from "../../../src/core/codes/target/example-standard.js";
import { numbersAloneHint } from "../../../src/core/search/numbers-alone-hint.js";
import type { Code, Library } from "../../../src/model.js";

const builtin = readCodeDir(join(import.meta.dirname, "../../../data"), "builtin");
const library: Library = { codes: builtin, topics: [], concepts: [] };
const code = (id: string): Code => builtin.find((each) => each.id === id)!;

describe("numbersAloneHint", () => {
  it.each<[string, string[], string[], string | undefined]>([
    ["no code named: Medi-Cal Integrity, every example's", ["12", "5"], [], "to show standards by their numbers, name their code and section: e.g. `ethics show medi-cal integrity 12 5` shows Medi-Cal Integrity 12 and 5"],
    ["one number", ["12"], [], "to show a standard by its number, name its code and section: e.g. `ethics show medi-cal integrity 12` shows Medi-Cal Integrity 12"],
    ["a number Integrity lacks: a code of one list that has it", ["17"], [], "to show a standard by its number, name its code: e.g. `ethics show north-carolina 17` shows North Carolina 17"],
    ["a leading zero is the number", ["012"], [], "to show a standard by its number, name its code and section: e.g. `ethics show medi-cal integrity 12` shows Medi-Cal Integrity 12"],
    ["a number no code has", ["99"], [], "no standard is numbered 99; a standard is shown by its number so: `ethics show medi-cal integrity 12`"],
    ["one number held, one not", ["12", "30"], [], "to show a standard by its number, name its code and section: e.g. `ethics show medi-cal integrity 12` shows Medi-Cal Integrity 12; no standard is numbered 30"],
    ["a run of digits", ["9999999"], [], "no standard has so long a number; a standard is shown by its number so: `ethics show medi-cal integrity 12`"],
    ["the one code named, of one list: its command alone", ["12", "5"], ["wisconsin"], "to show standards by their numbers: `ethics show wisconsin 12 5`"],
    ["the one code named, which lacks it", ["99"], ["wisconsin"], "Wisconsin has no 99: `ethics show wisconsin` prints them all"],
    ["a code of sections holding one of them", ["12", "5"], ["alaska"], "to show a standard by its number, name its code and section: e.g. `ethics show alaska relationship-with-clients 5` shows Alaska Relationship with Clients 5; Alaska has no 12"],
    ["codes named, none holding it: an example of theirs", ["99"], ["wisconsin", "alaska"], "no standard of Wisconsin or Alaska is numbered 99; a standard is shown by its number so: `ethics show wisconsin 1`"],
    // A pasted run of numbers: the first few lacked, the rest counted, so the hint stays a line or two.
    ["many numbers none has", ["30", "31", "32", "33", "34", "35", "36", "37", "38", "39"], ["wisconsin"], "Wisconsin has no 30, 31, 32, 33, 34, 35 or 4 more: `ethics show wisconsin` prints them all"],
  ])("%s", (_what, numbers, among, hint) => {
    expect(numbersAloneHint(library, numbers, among.map(code))).toBe(hint);
  });

  it("a library without standards has no example", () => {
    expect(numbersAloneHint({ codes: [], topics: [], concepts: [] }, ["12"], [])).toBeUndefined();
  });
});

describe("placeHolding", () => {
  const place = (values: number[], among?: string[], atHand?: string) => {
    const found = placeHolding({ ...library, ...(atHand && { codeAtHand: code(atHand) }) }, values, among?.map(code));
    return found === undefined ? undefined : `${found.code.id} ${found.section.id}`;
  };

  it.each<[number[], string[] | undefined, string | undefined, string | undefined]>([
    [[12, 5], undefined, undefined, "medi-cal integrity"],
    [[17], undefined, undefined, "north-carolina code-of-ethics"],
    [[5], ["alaska"], undefined, "alaska relationship-with-clients"],
    [[5], undefined, "wisconsin", "wisconsin code-of-conduct"],
    [[99], undefined, undefined, undefined],
    [[12], ["alaska"], undefined, undefined],
  ])("%j among %j, at hand %s: %s", (values, among, atHand, expected) => {
    expect(place(values, among, atHand)).toBe(expected);
  });
});
