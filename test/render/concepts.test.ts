// The concept listing's text: a concept's codes by name, a dozen at most.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ConceptSummaryListing } from "../../src/core/concepts/listing.js";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import { renderConceptListing } from "../../src/render/concepts.js";

const library = readDataDirectory(join(import.meta.dirname, "../../data"), "data");

function listing(codes: string[], guessed: string[] = []): ConceptSummaryListing {
  return { topics: [{ id: "gifts", name: "Gifts", concepts: [{ id: "accepting-gifts", name: "Accepting gifts", standards: { count: codes.length, codes, guessed }, related: { count: 0, codes: [], guessed: [] } }] }] };
}

describe("renderConceptListing", () => {
  it.each([
    ["the five codes, by short name", ["alaska", "california", "medi-cal", "north-carolina", "wisconsin"], "5 standards: Alaska, Working Well Together, Medi-Cal, North Carolina, Wisconsin"],
    ["twelve codes: all named", Array.from({ length: 12 }, (_, at) => `user-${at + 1}`), "12 standards: user-1, user-2, user-3, user-4, user-5, user-6, user-7, user-8, user-9, user-10, user-11, user-12"],
    ["thirteen: twelve named, and how many more", Array.from({ length: 13 }, (_, at) => `user-${at + 1}`), "13 standards: user-1, user-2, user-3, user-4, user-5, user-6, user-7, user-8, user-9, user-10, user-11, user-12 and 1 other code (--json lists them)"],
    ["a thousand", Array.from({ length: 1000 }, (_, at) => `user-${at + 1}`), "1000 standards: user-1, user-2, user-3, user-4, user-5, user-6, user-7, user-8, user-9, user-10, user-11, user-12 and 988 other codes (--json lists them)"],
  ])("%s", (_case, codes, line) => {
    const text = renderConceptListing(listing(codes), library, { color: false, width: Infinity });
    expect(text.split("\n")).toContain(`    ${line}`);
  });

  it("marks a code whose standards are on the concept by a guess from their wording, as --json does", () => {
    const text = renderConceptListing(listing(["alaska", "harbor"], ["harbor"]), library, { color: false, width: Infinity });
    expect(text.split("\n")).toContain("    2 standards: Alaska, harbor (inferred)");
  });
});
