// Non-negotiable 1: every text in data/ is the source's own words, in the source's order, and
// each section has the source's number of standards. Titles, headings, scope and signature lines
// are the source's too, or an editor's remark says how they differ.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import type { Code } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const codes = readCodeDir(join(root, "data"), "builtin");

function normalizeQuotes(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
}

const MARK = "¶";

/**
 * Undo the extraction artefacts listed in test/fixtures/sources/README.md, nothing else, and
 * mark every place where the source's structure separates two texts (a tag, a bullet, a line, a
 * list number) with ¶, so that a text must span whole items, not a part of one.
 */
export function normalizeSource(raw: string, title: string): string {
  const text = raw
    .split("\n")
    .filter((line) => line.trim() !== title) // page headers repeat the title mid-text
    .filter((line) => !/^[-\t |]+$/.test(line)) // table rules
    .join("\n")
    .replace(/\n\s*(?:<p>)?(?=[a-z])/g, " ") // a line that starts in lower case continues a sentence cut by a page break
    .replace(/(\D)(\d{1,2})\.(?=\s?[A-Z])/g, `$1${MARK}`) // glued numbers: "10.Peer", "gifts.7. Do"
    .replace(/(\bor|\.)([b-z])\. (?=[A-Z])/g, `$1${MARK}`) // glued item letters: "; orb. Over", "certification.b. Withholding"
    .replace(/<[^>]*>|▪|\n|\t|\||NOTE:/g, MARK)
    .replace(new RegExp(`${MARK}\\s*(?:- |\\d{1,2}\\. |[a-z]\\. )`, "g"), MARK) // bullets and list numbers
    .replace(/[ ]+/g, " ");
  return normalizeQuotes(text);
}

function normalizeText(text: string): string {
  return normalizeQuotes(text.replace(/\s+/g, " ").trim());
}

const BOUNDED_BEFORE = new RegExp(`(?:^|[${MARK}()])\\s*$`);
const BOUNDED_AFTER = new RegExp(`^\\s*(?:$|[${MARK}()])`);

/** Index of the text in the source as whole items (nothing cut off either side), or -1. */
function findWhole(source: string, text: string, from = 0): number {
  let at = source.indexOf(text, from);
  while (at >= 0) {
    const before = source.slice(Math.max(0, at - 3), at);
    const after = source.slice(at + text.length, at + text.length + 3);
    if (BOUNDED_BEFORE.test(before) && BOUNDED_AFTER.test(after)) return at;
    at = source.indexOf(text, at + 1);
  }
  return -1;
}

function rawSourceOf(code: Code): string {
  if (code.source.transcript === undefined) throw new Error(`${code.id}: source.transcript names no raw text`);
  return readFileSync(join(root, "test/fixtures/sources", code.source.transcript), "utf8");
}

function sourceOf(code: Code): string {
  const raw = rawSourceOf(code);
  const titleLine = raw.split("\n").find((line) => line.trim() !== "")!.trim();
  return normalizeSource(raw, titleLine);
}

/** The raw text's lines, trimmed, quotes straightened: a title or a signature line is one of them. */
function linesOf(raw: string): string[] {
  return raw.split("\n").map((line) => normalizeText(line));
}

/** A heading as the source prints it: a line of its own, or a whole item (a table cell, a tag). */
function isHeading(code: Code, heading: string): boolean {
  const text = normalizeText(heading);
  return linesOf(rawSourceOf(code)).includes(text) || findWhole(sourceOf(code), text) >= 0;
}

const SENTENCE_BEFORE = new RegExp(`(?:^|[${MARK}(]|[.?!:]\\s)\\s*$`);

/** Index of the text in the source as whole sentences (a quote out of a paragraph), or -1. */
function findSentence(source: string, text: string): number {
  let at = source.indexOf(text);
  while (at >= 0) {
    const before = source.slice(Math.max(0, at - 3), at);
    const after = source.slice(at + text.length, at + text.length + 3);
    const ends = BOUNDED_AFTER.test(after) || (/[.?!]$/.test(text) && /^\s/.test(after));
    if (SENTENCE_BEFORE.test(before) && ends) return at;
    at = source.indexOf(text, at + 1);
  }
  return -1;
}

/** The “…” quotations in an editor's remark. */
function quotationsIn(remark: string): string[] {
  return [...remark.matchAll(/“([^”]+)”/g)].map((match) => match[1]!);
}

function otherTexts(code: Code): string[] {
  return [
    ...code.preamble.map((paragraph) => paragraph.text),
    ...code.values.map((value) => value.text),
    ...code.definitions.map((definition) => definition.text),
    ...code.sections.flatMap((section) => (section.intro ? [section.intro] : [])),
    ...code.sections.flatMap((section) => section.standards.flatMap((standard) => standard.notes)),
    ...(code.attestation ? [code.attestation] : []),
    ...code.references,
  ];
}

/** Provenance quotes words out of a paragraph or footnote, so it need not span whole items. */
function provenanceTexts(code: Code): string[] {
  const { issuer, adopted, notice, statement, attribution } = code.source;
  return [issuer, adopted, notice, statement, attribution].filter((text): text is string => text !== undefined);
}

/** Each field of a code that claims the source's own wording, unless an editor's remark says otherwise. */
function headingsClaimed(code: Code): { what: string; text: string }[] {
  return [
    ...(code.editorial.title ? [] : [{ what: "title", text: code.title }]),
    ...(code.editorial.document ? [] : [{ what: "source.document", text: code.source.document }]),
    ...code.sections.filter((section) => !section.editorial.title).map((section) => ({ what: `section ${section.id}`, text: section.title })),
    ...code.preamble.flatMap((paragraph) => (paragraph.heading ? [{ what: "preamble heading", text: paragraph.heading }] : [])),
  ];
}

/** Every remark on a code's or section's field, with the field's own text. */
function fieldRemarks(code: Code): { remark: string; field: string }[] {
  const codeField: Record<string, string | null> = {
    title: code.title,
    document: code.source.document,
    issuer: code.source.issuer ?? null,
    adopted: code.source.adopted ?? null,
    notice: code.source.notice ?? null,
    scope: code.scope,
    attestation: code.attestation,
    signature: code.signature.join(" "),
  };
  return [
    ...Object.entries(code.editorial).map(([key, remark]) => ({ remark: remark!, field: codeField[key] ?? "" })),
    ...code.sections.flatMap((section) =>
      Object.entries(section.editorial).map(([key, remark]) => ({ remark: remark!, field: key === "title" ? section.title : (section.intro ?? "") })),
    ),
  ];
}

// Counted by reading the sources (numbered lists, ▪ bullets, "- " bullets).
const expectedCounts: Record<string, Record<string, number>> = {
  "medi-cal": {
    hope: 3, "person-driven": 10, "family-driven-and-child-centered": 8, "holistic-wellness": 5,
    authenticity: 7, "cultural-responsiveness-and-humility": 7, respect: 12, integrity: 14, advocacy: 8,
    confidentiality: 5, "safety-and-protection": 9, education: 3, mutuality: 4, reciprocity: 4,
    "strengths-based": 3, "wellness-recovery-and-resiliency": 6,
  },
  california: {
    hope: 1, "person-driven": 10, "family-driven-and-child-centered": 8, "holistic-wellness": 4,
    authenticity: 6, "cultural-relevancy": 5, respect: 13, integrity: 9, advocacy: 8, confidentiality: 5,
    "safety-and-protection": 9, education: 3, mutuality: 4, reciprocity: 2, "strengths-based": 3,
    "wellness-recovery-and-resiliency": 6,
  },
  alaska: { "relationship-with-clients": 9, "conflicts-of-interest": 4, conduct: 9 },
  wisconsin: { "code-of-conduct": 15 },
  "north-carolina": { "code-of-ethics": 21 },
};

describe("data fidelity", () => {
  it("has the five codes", () => {
    expect(codes.map((code) => code.id).sort()).toEqual(Object.keys(expectedCounts).sort());
  });

  describe.each(codes.map((code) => [code.id, code] as const))("%s", (_id, code) => {
    const source = sourceOf(code);

    it("has the source's sections, each with the source's number of standards", () => {
      const counts = Object.fromEntries(code.sections.map((section) => [section.id, section.standards.length]));
      expect(counts).toEqual(expectedCounts[code.id]);
    });

    it("numbers standards 1..n in each section", () => {
      for (const section of code.sections) {
        expect(section.standards.map((standard) => standard.number)).toEqual(
          section.standards.map((_, index) => index + 1),
        );
      }
    });

    it("keeps every standard and sub-item verbatim, in source order", () => {
      let cursor = 0;
      for (const standard of code.sections.flatMap((section) => section.standards)) {
        for (const text of [standard.text, ...standard.items.map((item) => item.text)]) {
          const at = findWhole(source, normalizeText(text), cursor);
          expect(at, `${standard.citation}: "${text.slice(0, 60)}…" not found after the previous standard`).toBeGreaterThanOrEqual(0);
          cursor = at + 1;
        }
      }
    });

    it("keeps every other text (preamble, values, definitions, intros, notes, attestation, references) verbatim", () => {
      for (const text of otherTexts(code)) {
        expect(findWhole(source, normalizeText(text)), `"${text.slice(0, 60)}…"`).toBeGreaterThanOrEqual(0);
      }
    });
  });

  it.each(codes.map((code) => [code.id, code] as const))("%s: quotes its provenance from the source", (_id, code) => {
    const source = sourceOf(code);
    for (const text of provenanceTexts(code)) expect(source).toContain(normalizeText(text));
  });

  it.each(codes.map((code) => [code.id, code] as const))("%s: gives its title, document and headings as the source prints them", (_id, code) => {
    for (const { what, text } of headingsClaimed(code)) {
      expect(isHeading(code, text), `${what} "${text}" is not a heading of the source: give the source's, or say why in editorial.title`).toBe(true);
    }
  });

  it.each(codes.map((code) => [code.id, code] as const))("%s: quotes its scope as whole sentences of the source", (_id, code) => {
    expect(code.scope, "every built-in source says whom it is for").not.toBeNull();
    expect(findSentence(sourceOf(code), normalizeText(code.scope!)), `"${code.scope}"`).toBeGreaterThanOrEqual(0);
  });

  it.each(codes.map((code) => [code.id, code] as const))("%s: keeps the signature lines as lines of the source, after the attestation", (_id, code) => {
    const lines = linesOf(rawSourceOf(code));
    let cursor = code.attestation ? lines.indexOf(normalizeText(code.attestation)) : 0;
    for (const line of code.signature) {
      const at = lines.indexOf(normalizeText(line), cursor + 1);
      expect(at, `"${line}" is not a line of the source after the attestation`).toBeGreaterThan(cursor);
      cursor = at;
    }
  });

  it.each(codes.map((code) => [code.id, code] as const))("%s: an editor's remark on a field quotes only the source or the field", (_id, code) => {
    const raw = normalizeText(rawSourceOf(code));
    for (const { remark, field } of fieldRemarks(code)) {
      for (const quotation of quotationsIn(remark)) {
        expect(raw.includes(normalizeText(quotation)) || field.includes(quotation), `“${quotation}” in "${remark}"`).toBe(true);
      }
    }
  });

  it("has the signature lines the sources print", () => {
    const signatures = Object.fromEntries(codes.map((code) => [code.id, code.signature.length]));
    expect(signatures).toEqual({ alaska: 2, california: 0, "medi-cal": 2, "north-carolina": 0, wisconsin: 0 });
  });

  it("counts every ▪ bullet of the Working Well Together source as a standard", () => {
    const raw = readFileSync(join(root, "test/fixtures/sources/california-working-well-together.txt"), "utf8");
    const california = codes.find((code) => code.id === "california")!;
    const total = california.sections.reduce((sum, section) => sum + section.standards.length, 0);
    expect(total).toBe(raw.split("▪").length - 1);
  });

  it("detects a heading normalized from the source's, a scope cut mid-sentence, a signature line not in the source", () => {
    const california = codes.find((code) => code.id === "california")!;
    expect(isHeading(california, "Family Driven and Child-Centered")).toBe(false);
    expect(isHeading(california, "Family Driven and Child- Centered")).toBe(true);
    const northCarolina = codes.find((code) => code.id === "north-carolina")!;
    expect(isHeading(northCarolina, "Code of Ethics")).toBe(false);
    expect(isHeading(northCarolina, "CODE OF ETHICS")).toBe(true);
    const wisconsin = codes.find((code) => code.id === "wisconsin")!;
    expect(isHeading(wisconsin, "Code of Conduct for Peer Specialists")).toBe(false);
    const mediCal = codes.find((code) => code.id === "medi-cal")!;
    expect(findSentence(sourceOf(mediCal), "This Code of Ethics is non-binding for peer support workers")).toBe(-1);
    expect(findSentence(sourceOf(mediCal), "Code of Ethics is non-binding for peer support workers who are not delivering Medi-Cal Peer Support Services.")).toBe(-1);
    expect(linesOf(rawSourceOf(mediCal))).not.toContain("Signature: _____ Date: _____");
  });

  it("detects a text that is not the source's words", () => {
    const source = sourceOf(codes.find((code) => code.id === "wisconsin")!);
    expect(findWhole(source, normalizeText("Peer Specialists will never accept gifts."))).toBe(-1);
    // a truncated standard is not a whole run of words either
    expect(findWhole(source, normalizeText("Peer Specialists will not accept gifts of significant"))).toBe(-1);
  });
});
