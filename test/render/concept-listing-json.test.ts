// `ethics concepts --json` made a piece at a time from the compact listing: byte for byte what
// escapeJson(JSON.stringify(listing, null, 2)) gives, whatever the listing holds.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compactListing, listConcepts, type ConceptEntry, type ConceptListing } from "../../src/core/concepts/listing.js";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import { renderListingJson } from "../../src/render/concept-listing-json.js";
import { escapeJson } from "../../src/render/terminal-text.js";

const library = readDataDirectory(join(import.meta.dirname, "../../data"), "data");

function written(listing: ConceptListing): Buffer {
  // Each piece copied as it comes: the bytes of one array of citations are reused for the next.
  const pieces: Buffer[] = [];
  for (const piece of renderListingJson(compactListing(listing))) pieces.push(typeof piece === "string" ? Buffer.from(piece, "utf8") : Buffer.from(piece));
  return Buffer.concat(pieces);
}

const expected = (listing: ConceptListing) => Buffer.from(`${escapeJson(JSON.stringify(listing, null, 2))}\n`, "utf8");

const cited = (code: string, number: number, citation = `${code} · Integrity ${number}`, inferred = false) => ({ code, section: "integrity", number, citation, ...(inferred ? { inferred: true as const } : {}) });
const concept = (id: string, standards: ConceptEntry["standards"], related: ConceptEntry["related"] = [], more: Partial<ConceptEntry> = {}): ConceptEntry => ({
  id,
  name: `Name of ${id}`,
  topic: "t",
  description: "What it is.",
  terms: ["a term", "another"],
  questions: [],
  standards,
  related,
  ...more,
});
const topic = (id: string, concepts: ConceptEntry[]) => ({ id, name: `Topic ${id}`, concepts });
// Every character of Latin-1 and of the Unicode blocks escapeJson escapes some of, and others.
const LATIN_1 = Array.from({ length: 0x100 }, (_, at) => String.fromCharCode(at)).join("");
// Each range alone, as a text with nothing else that JSON must escape takes another way.
const RANGE = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, at) => String.fromCharCode(from + at)).join("");
const ODD = "del \u007f quote \" backslash \\ tab \t bidi \u202e tag \udb40\udc41 emoji 😀 soft\u00adhyphen nbsp\u00a0 ÿ é · — ’ \u2028 \u061c \ufeff Ā";
// Enough citations that their bytes span several of the 64 KiB runs they are made in.
const MANY = Array.from({ length: 3000 }, (_, at) => cited(`code-${at % 700}`, at, at % 7 === 0 ? `${ODD} ${at}` : `Code ${at} · Integrity ${at}`, at % 3 === 0));

describe("renderListingJson", () => {
  it.each<[string, ConceptListing]>([
    ["no topics", { topics: [] }],
    ["a topic without concepts", { topics: [topic("t", [])] }],
    ["a concept without standards or related", { topics: [topic("t", [concept("x", [])])] }],
    ["standards and related, inferred and not", { topics: [topic("t", [concept("x", [cited("a", 1), cited("b", 2, undefined, true)], [cited("a", 3)])])] }],
    ["the same standard on two concepts, and as related", { topics: [topic("t", [concept("x", [cited("a", 1)]), concept("y", [cited("a", 1), cited("a", 2)], [cited("a", 1)])])] }],
    ["a standard on concepts of two topics", { topics: [topic("t", [concept("x", [cited("a", 1), cited("a", 2)])]), topic("u", [concept("y", [cited("a", 2)], [cited("a", 1)])])] }],
    ["several topics, one empty", { topics: [topic("t", [concept("x", [cited("a", 1)])]), topic("u", []), topic("v", [concept("y", [cited("b", 1)])])] }],
    ["every Latin-1 character in a citation", { topics: [topic("t", [concept("x", [cited("a", 1, LATIN_1)])])] }],
    ["the C1 controls and Latin-1's signs and letters, alone", { topics: [topic("t", [concept("x", [cited("a", 1, RANGE(0x80, 0xff)), cited(RANGE(0xa0, 0xff), 2, RANGE(0xa0, 0xff))])])] }],
    ["printable ASCII but quote and backslash, alone", { topics: [topic("t", [concept("x", [cited("a", 1, RANGE(0x20, 0x7e).replace(/["\\]/g, ""))])])] }],
    ["characters JSON and escapeJson escape, everywhere", { topics: [{ id: `t${ODD}`, name: ODD, concepts: [concept(`x${ODD}`, [{ code: `c${ODD}`, section: `s${ODD}`, number: 1, citation: ODD }], [], { description: ODD, terms: [ODD], questions: [ODD] })] }] }],
    ["thousands of citations, under several concepts", { topics: [topic("t", [concept("x", MANY), concept("y", MANY.slice(1000).reverse(), MANY.slice(0, 5)), concept("z", [])])] }],
    ["numbers as JSON writes them", { topics: [topic("t", [concept("x", [cited("a", 0), cited("a", -0), cited("a", 2 ** 53 - 1), cited("a", 1.5)])])] }],
  ])("%s", (_case, listing) => {
    expect(written(listing).equals(expected(listing))).toBe(true);
  });

  it("writes the built-in codes' whole listing as JSON.stringify does", () => {
    const listing = listConcepts(library);
    expect(written(listing).toString("utf8")).toBe(expected(listing).toString("utf8"));
  });
});
