// What a code file may contain, and the messages when it doesn't. The same schema validates
// files in the loader and is turned into schema/code.schema.json for editors (scripts/build.mjs).
// plain-check.ts restates its rules by hand, to skip it for plainly valid files: a rule added or
// tightened here must be there too (its tests catch a drift only where their edits reach).
import { z } from "zod";
import { numberFormMessage } from "./number-forms.js";
import { HAS_LETTER, NOT_JOINING_WORD_ID, ONE_WORD_LABEL, ONE_WORD_LABEL_RULE, repeatedLabelMessage, repeatedLabels, NOT_JOINING_WORD_SECTION_ID, NOT_RESERVED_SECTION_ID, SLUG_PATTERN, SLUG_RULE, joiningWordMessage, nonAsciiSlugMessage, numberLikeMessage, reservedSectionMessage } from "./slug.js";

/** Digits written as text where a number belongs: '5', !!str 5, a block holding 5. */
export function isDigitsText(value: unknown): value is string {
  return typeof value === "string" && /^[0-9]+$/.test(value);
}

/** How digits were written as text, as far as a message says it. */
export interface DigitsWritten {
  quoted?: boolean;
  /** The tag as typed: `!!str`. */
  tag?: string;
  /** Written as a block scalar (`|`, `>-`), on the lines below its key. */
  block?: boolean;
}

/**
 * "expected a number, not the text '5': write it without quotes", the fix said by how the text
 * was written (quotes, a tag, a block); a leading zero named too (`'07'`: write 7).
 */
export function numberAsTextMessage(text: string, written: DigitsWritten): string {
  const leadingZero = /^0+[1-9]/.test(text);
  const number = leadingZero ? `${BigInt(text)} (no leading zero),` : "it";
  const marks = [written.tag && `the tag ${written.tag}`, written.quoted && "quotes"].filter((mark): mark is string => typeof mark === "string");
  let fix: string;
  if (written.block) fix = `write ${number} on the key's line, not as a block`;
  else if (marks.length > 0) fix = `write ${number} without ${marks.join(" and ")}`;
  else fix = leadingZero ? `write ${BigInt(text)} (no leading zero)` : "write the number itself";
  return `expected a number, not the text '${text}': ${fix}`;
}

/**
 * The schemas, made on first use: building them loads zod (~45 ms), which a run whose files all
 * plainly meet the schema (plain-check.ts) never needs.
 */
function makeSchemas() {
  /** `empty`: what to say of an empty one, where "expected label" would not say what one is. */
  const text = (what = "text", empty = `expected ${what}, got an empty string`) =>
    z
      .string({ error: (issue) => (issue.input === undefined ? `missing ${what}` : `expected ${what}`) })
      .refine((value) => value.trim().length > 0, { message: empty });

  const slug = (what: string) =>
    z
      .string({ error: (issue) => (issue.input === undefined ? `missing ${what}` : `expected ${what}`) })
      .regex(SLUG_PATTERN, { error: (issue) => nonAsciiSlugMessage(issue.input, what) ?? `expected ${what}: ${SLUG_RULE}`, abort: true });

  /**
   * An id that references reach (code, alias, section): never digits alone, which a reference
   * reads as a number (slug.ts); written as patterns, so that the JSON Schema says it too.
   */
  const reachableId = (what: string, prefix: string) =>
    slug(what).regex(HAS_LETTER, { error: (issue) => numberLikeMessage(issue.input, prefix), abort: true });

  /** A code's id or alias: a reachable id, and no word references are joined with (slug.ts). */
  const codeId = (what: string) =>
    reachableId(what, "code").regex(NOT_JOINING_WORD_ID, { error: (issue) => joiningWordMessage(issue.input, "code"), abort: true });

  // A number quoted ('2') is text to YAML, and one past 2^53 is no whole number JavaScript holds:
  // each said as such, where "expected a whole number ≥ 1" read as if the value were 0 or a word.
  // Said here as quoted, the likeliest writing; the loader, which reads how it was written,
  // says it so (load.ts).
  const positiveWhole = z
    .number({
      error: (issue) => (isDigitsText(issue.input) ? numberAsTextMessage(issue.input, { quoted: true }) : (numberFormMessage(issue.input) ?? "expected a whole number ≥ 1")),
    })
    .int({
      error: (issue) =>
        typeof issue.input === "number" && Number.isInteger(issue.input) && issue.input > 0
          ? `expected a whole number ≥ 1 and at most ${Number.MAX_SAFE_INTEGER.toLocaleString("en-US")}`
          : "expected a whole number ≥ 1",
    })
    .min(1, { message: "expected a whole number ≥ 1" });

  const list = <T extends z.ZodType>(element: T, what: string) =>
    z.array(element, { error: `expected a list of ${what}` });

  /**
   * A mapping of named fields: given something else (a bare string where a section belongs), or
   * missing, the message names what belongs there and its fields, as a list's message does.
   */
  const mapping = <T extends z.ZodRawShape>(shape: T, what: string) =>
    z.strictObject(shape, {
      error: (issue) => (issue.code === "invalid_type" ? `${issue.input === undefined ? "missing" : "expected"} ${what}` : undefined),
    });

  const itemSchema = mapping({
    label: text("label", `expected an item label: ${ONE_WORD_LABEL_RULE}; got an empty string`)
      .regex(ONE_WORD_LABEL, { error: (issue) => `expected an item label: ${ONE_WORD_LABEL_RULE}; got '${String(issue.input)}'` })
      .describe("The item's letter as the source prints it: a, b, c (printed with a dot after it; a label that ends in . or ) is printed as written)"),
    text: text(),
  }, "an item ({ label, text })");

  const standardSchema = mapping({
    number: positiveWhole.optional().describe("The source's number; omit when numbering is 'position'"),
    text: text().describe("The standard's text, verbatim"),
    items: list(itemSchema, "items ({ label, text })").optional().describe("Lettered sub-items"),
    notes: list(text("note"), "notes").optional().describe("Notes the source attaches to this standard, verbatim"),
    editorial: list(text("remark"), "remarks")
      .optional()
      .describe("Remarks on an oddity of the source (a repeated item, a missing number); never the source's words"),
    concepts: list(slug("concept id"), "concept ids")
      .optional()
      .describe("What the standard governs: ids of the concept index, as `ethics concepts` lists them. Standards left untagged get concepts inferred"),
  }, "a standard ({ number, text, … })");

  const remark = (about: string) => text("remark").optional().describe(`The editor's remark on ${about}; never the source's words`);

  /** An object of remarks, one per field they are about (a list would not say which field). */
  const remarks = <T extends z.ZodRawShape>(shape: T, fields: string) =>
    z.strictObject(shape, { error: (issue) => (issue.code === "invalid_type" ? `expected remarks by field ({ ${fields} })` : undefined) });

  const sectionEditorialSchema = remarks(
    {
      title: remark("the section's title: where it is not the source's heading exactly, what the source prints"),
      intro: remark("the section's intro"),
    },
    "title?, intro?",
  );

  const sectionSchema = mapping({
    id: reachableId("section id", "section")
      .regex(NOT_RESERVED_SECTION_ID, { error: (issue) => reservedSectionMessage(issue.input) })
      .regex(NOT_JOINING_WORD_SECTION_ID, { error: (issue) => joiningWordMessage(issue.input, "section") })
      .describe("Lowercase letters, digits and single hyphens, with a letter (2024 would read as a number); not 'values' or 'value-statements', which name the code's value statements, nor 'and', which joins references"),
    title: text("title").describe("The section's heading as the source prints it (else say how in editorial.title)"),
    intro: text("intro").nullable().optional().describe("The phrase that opens the list, e.g. 'Peer Providers:'"),
    standards: list(standardSchema, "standards").min(1, { message: "expected at least one standard" }),
    editorial: sectionEditorialSchema.optional(),
  }, "a section ({ id, title, standards, … })");

  const provenanceSchema = mapping({
    document: text("document name").describe("The published document, named as the source names itself (its title or heading)"),
    issuer: text("issuer").optional(),
    adopted: text("adoption date").optional(),
    notice: text("notice number").optional(),
    statement: text("statement").optional().describe("The source's own provenance sentence, verbatim"),
    attribution: text("attribution").optional().describe("A closing attribution, verbatim"),
    url: text("url").optional(),
    transcript: text("file name")
      .optional()
      .describe("File name of the raw text the code was transcribed from, for checking; never shown as provenance"),
    derivedFrom: slug("code id")
      .optional()
      .describe("The id of the code this one is a revision of (its lineage); `ethics diff` then compares the two word by word"),
  }, "source ({ document, issuer?, adopted?, … })");

  const codeEditorialSchema = remarks(
    {
      title: remark("the title: where it is the editor's, what the source calls itself"),
      document: remark("source.document"),
      issuer: remark("source.issuer"),
      adopted: remark("source.adopted"),
      notice: remark("source.notice"),
      scope: remark("scope"),
      attestation: remark("the attestation"),
      signature: remark("the signature lines"),
      derivedFrom: remark("source.derivedFrom: whose reading the lineage is, where the source does not say it"),
    },
    "title?, document?, issuer?, adopted?, notice?, scope?, attestation?, signature?, derivedFrom?",
  );

  const codeFileSchema = mapping(
    {
      id: codeId("code id").describe("Lowercase letters, digits and single hyphens, with a letter (2024 would read as a number); not 'and', 'to', 'through' or 'thru', which join references"),
      aliases: list(codeId("alias"), "aliases").optional().describe("Other ids the code answers to, written as the id is"),
      title: text("title"),
      shortName: text("short name").describe("Used in citations: 'Alaska · Conduct 4'"),
      jurisdiction: text("jurisdiction"),
      numbering: z
        .enum(["source", "position"], { error: "expected 'source' or 'position'" })
        .optional()
        .describe("source (default): standards carry the source's numbers; position: number = position in section"),
      source: provenanceSchema,
      scope: text("scope")
        .optional()
        .describe("The source's own sentence on whom the code is for or binds, verbatim; omit where the source says neither"),
      preamble: list(
        mapping({ heading: text("heading").optional(), text: text() }, "a paragraph ({ heading?, text })"),
        "paragraphs ({ heading?, text })",
      ).optional(),
      values: list(mapping({ text: text() }, "a value statement ({ text })"), "value statements ({ text })").optional(),
      definitions: list(mapping({ term: text("term"), text: text() }, "a definition ({ term, text })"), "definitions ({ term, text })").optional(),
      sections: list(sectionSchema, "sections").min(1, { message: "expected at least one section" }),
      attestation: text("attestation").optional(),
      signature: list(text("signature line"), "signature lines")
        .optional()
        .describe("The lines to sign under the attestation, one a line, as the source has them"),
      references: list(text("reference"), "references").optional(),
      editorial: codeEditorialSchema.optional(),
    },
    "a code (id, title, sections, …)",
  ).superRefine(
    // Run on a file with other problems too (`when`), so that validate tells a repeated number
    // beside an empty text in one round, not after it is fixed: so the file is read as it came,
    // each part only where it has the shape the schema asks.
    (file: unknown, ctx) => {
      for (const { path, message } of crossFieldProblems(file)) ctx.addIssue({ code: "custom", path, message });
    },
    { when: () => true },
  );
  return { itemSchema, standardSchema, sectionEditorialSchema, sectionSchema, provenanceSchema, codeEditorialSchema, codeFileSchema };
}

let made: ReturnType<typeof makeSchemas> | undefined;

/** What a code file may contain (its parts too), as zod schemas. */
export function codeSchemas(): ReturnType<typeof makeSchemas> {
  return (made ??= makeSchemas());
}

export type CodeFile = z.infer<ReturnType<typeof makeSchemas>["codeFileSchema"]>;

/** A plain object, as YAML reads a mapping. */
const isMapping = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * What no one field shows: a section id or a standard's number given twice, numbers against the
 * file's numbering, item labels given twice, aliases repeated. Read from the file as it came
 * (it may have other problems): a part without the shape these need is left to the schema.
 */
export function crossFieldProblems(file: unknown): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  if (!isMapping(file)) return problems;
  const numbering = file.numbering ?? "source";
  const seenSections = new Map<string, number>();
  (Array.isArray(file.sections) ? file.sections : []).forEach((section: unknown, sectionIndex) => {
    if (!isMapping(section)) return;
    const id = typeof section.id === "string" ? section.id : undefined;
    const first = id === undefined ? undefined : seenSections.get(id);
    if (first !== undefined) problems.push({ path: ["sections", sectionIndex, "id"], message: `duplicate section id '${id}' (also sections[${first}])` });
    else if (id !== undefined) seenSections.set(id, sectionIndex);
    const seenNumbers = new Set<number>();
    (Array.isArray(section.standards) ? section.standards : []).forEach((standard: unknown, standardIndex) => {
      if (!isMapping(standard)) return;
      const path = ["sections", sectionIndex, "standards", standardIndex, "number"];
      const number = typeof standard.number === "number" ? standard.number : undefined;
      if (numbering === "source" && standard.number === undefined) problems.push({ path, message: "missing number (numbering is 'source')" });
      if (numbering === "position" && number !== undefined && number !== standardIndex + 1) {
        problems.push({ path, message: `numbering is 'position', so this standard is ${standardIndex + 1}; remove the number or set numbering: source` });
      }
      const items = Array.isArray(standard.items) && standard.items.every((item) => isMapping(item) && typeof item.label === "string") ? (standard.items as { label: string }[]) : [];
      for (const { at, first: firstLabel } of repeatedLabels(items)) {
        problems.push({ path: ["sections", sectionIndex, "standards", standardIndex, "items", at, "label"], message: repeatedLabelMessage(items[at]!.label, firstLabel) });
      }
      if (number !== undefined) {
        if (seenNumbers.has(number)) problems.push({ path, message: `duplicate number ${number} in section '${id ?? sectionIndex}'` });
        seenNumbers.add(number);
      }
    });
  });
  const aliases = Array.isArray(file.aliases) ? file.aliases : [];
  aliases.forEach((alias: unknown, index) => {
    if (typeof alias === "string" && (alias === file.id || aliases.indexOf(alias) !== index)) problems.push({ path: ["aliases", index], message: `duplicate alias '${alias}'` });
  });
  return problems;
}
