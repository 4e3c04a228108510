// A concept's line of codes broke inside a code's name on a narrow terminal: "Working Well" at
// a line's end and "Together" on the next, "Alaska" and "(my-agency)", read as two codes each;
// and a user's short name with a comma of its own ("Odd, Agency") among names joined by commas
// read as two. Each name is now whole on its line, and names are told apart by semicolons
// where one of them holds a comma.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ConceptSummaryListing } from "../../src/core/concepts/listing.js";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import { makeCode } from "../core/make-code.js";
import { renderConceptListing } from "../../src/render/concepts.js";

const builtIn = readDataDirectory(join(import.meta.dirname, "../../data"), "data");
const five = ["alaska", "california", "medi-cal", "north-carolina", "wisconsin"];

function listing(codes: string[]): ConceptSummaryListing {
  return { topics: [{ id: "gifts", name: "Gifts", concepts: [{ id: "accepting-gifts", name: "Accepting gifts", standards: { count: codes.length, codes, guessed: [] }, related: { count: 0, codes: [], guessed: [] } }] }] };
}

const lines = (codes: string[], library: typeof builtIn, width: number) => renderConceptListing(listing(codes), library, { color: false, width }).split("\n");

describe("a concept's codes, on a narrow terminal", () => {
  it.each([30, 36, 40, 44, 50])("at %i columns no line ends inside a code's name", (width) => {
    const mine = makeCode({ id: "my-agency", shortName: "Alaska (my-agency)", title: "Mine" });
    const library = { ...builtIn, codes: [...builtIn.codes, mine] };
    const all = lines([...five, "my-agency"], library, width);
    const codeLines = all.slice(2, all.indexOf(""));
    const text = codeLines.map((line) => line.trim()).join(" ");
    expect(text).toBe("6 standards: Alaska, Working Well Together, Medi-Cal, North Carolina, Wisconsin, Alaska (my-agency)");
    for (const name of ["Working Well Together", "North Carolina", "Alaska (my-agency)"]) expect(codeLines.some((line) => line.includes(name))).toBe(true);
  });

  it("a short name with a comma of its own: the names told apart by semicolons", () => {
    const odd = makeCode({ id: "odd-one", shortName: "Odd, Agency", title: "Odd" });
    const library = { ...builtIn, codes: [...builtIn.codes, odd] };
    expect(lines(["alaska", "odd-one", "wisconsin"], library, Infinity)).toContain("    3 standards: Alaska; Odd, Agency; Wisconsin");
  });
});
