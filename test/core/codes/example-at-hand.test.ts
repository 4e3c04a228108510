// The code a reader works in (ETHICS_CODE's, handed in by the CLI) is where the examples of
// words that name no code are set, before Medi-Cal; words that name a code keep that code's.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { anyStandard, commandAtHand, numbersFirstHint, placeAtHand, withCodeAtHand } from "../../../src/core/codes/target/example-standard.js";
import type { Library } from "../../../src/model.js";

const builtin = readCodeDir(join(import.meta.dirname, "../../../data"), "builtin");
const library: Library = { codes: builtin, topics: [], concepts: [] };
const inCode = (id: string | undefined) => withCodeAtHand(library, builtin.find((code) => code.id === id));

describe("examples set in the code at hand", () => {
  it.each<[string | undefined, string[], string]>([
    ["alaska", [], "alaska relationship-with-clients"],
    ["wisconsin", [], "wisconsin code-of-conduct"],
    ["alaska", ["wi"], "wisconsin code-of-conduct"],
    [undefined, [], "medi-cal integrity"],
  ])("placeAtHand, at hand %s, typed %j", (atHand, typed, place) => {
    const found = placeAtHand(inCode(atHand), typed)!;
    expect(`${found.code.id} ${found.section.id}`).toBe(place);
  });

  it.each<[string | undefined, string | undefined]>([
    ["alaska", "ethics show alaska relationship-with-clients 1"],
    ["wisconsin", "ethics show wisconsin 1"],
    [undefined, "ethics show medi-cal integrity 12"],
  ])("commandAtHand, at hand %s", (atHand, command) => {
    expect(commandAtHand(inCode(atHand))).toBe(command);
  });

  it.each<[string | undefined, string, string]>([
    // Alaska's first section holds 1 and 2: its numbers, not Medi-Cal Integrity's
    ["alaska", "1,2", "expected e.g. `ethics show alaska relationship-with-clients 1,2`"],
    [undefined, "1,2", "expected e.g. `ethics show medi-cal integrity 1,2`"],
    // no standard is numbered 500: the code at hand's first
    ["alaska", "500", "expected e.g. `ethics show alaska relationship-with-clients 1`"],
  ])("numbersFirstHint, at hand %s, of %s", (atHand, numbers, hint) => {
    expect(numbersFirstHint(inCode(atHand), numbers)).toBe(hint);
  });

  it("a code at hand with no standards leaves the usual example", () => {
    const empty = { ...builtin[0]!, id: "empty", sections: [] };
    expect(anyStandard(withCodeAtHand(library, empty))?.number).toBe(12);
  });
});

describe("the library with a code at hand", () => {
  it("reads none of its fields: concepts read on first use stay unread", () => {
    let read = 0;
    const lazy = { codes: builtin, topics: [] } as unknown as Library;
    Object.defineProperty(lazy, "concepts", { enumerable: true, get: () => (read++, []) });
    const atHand = withCodeAtHand(lazy, builtin[0]);
    expect(read).toBe(0);
    expect(atHand.concepts).toEqual([]);
    expect(read).toBe(1);
    expect(atHand.codes).toBe(builtin);
  });
});
