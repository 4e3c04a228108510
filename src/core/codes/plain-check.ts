// A quick check that a parsed code file plainly meets the schema (schema.ts), so that the loader
// can skip the schema validator for the files that do: nearly all of them, and a first run over
// a thousand users' codes spent ~2 ms a file in it. It only ever says yes where the schema would
// accept the file unchanged (it parses to the same values: the schema transforms nothing); at
// anything else, however harmless, it says no, and the schema validates the file and words
// every problem as it always did. So acceptance and messages are the schema's alone.
import type { CodeFile } from "./schema.js";
import { isReachableId, ONE_WORD_LABEL, repeatedLabels, SLUG_PATTERN } from "./slug.js";

type Check = (value: unknown) => boolean;

/** A plain object (as YAML makes them), holding none but `allowed` keys. */
function isPlainObject(value: unknown, allowed: ReadonlySet<string>): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key of Object.keys(value)) if (!allowed.has(key)) return false;
  return true;
}

const isText: Check = (value) => typeof value === "string" && value.trim().length > 0;
const isSlug: Check = (value) => typeof value === "string" && SLUG_PATTERN.test(value);
/** An id that references reach: of a code or an alias, or of a section (not a reserved word either). */
const isCodeId: Check = (value) => isReachableId(value);
const isSectionId: Check = (value) => isReachableId(value, true);
const isPositiveWhole: Check = (value) => typeof value === "number" && Number.isSafeInteger(value) && value >= 1;
const optional = (check: Check): Check => (value) => value === undefined || check(value);
/** A list of elements that pass; by index, so that a hole (which every() skips) is checked as undefined. */
const listOf = (check: Check, atLeast = 0): Check => (value) => {
  if (!Array.isArray(value) || value.length < atLeast) return false;
  for (let at = 0; at < value.length; at++) if (!check(value[at])) return false;
  return true;
};

/** An object of exactly these fields (absent fields are undefined), each passing its check. */
function objectOf(shape: Record<string, Check>): Check {
  const allowed = new Set(Object.keys(shape));
  const fields = Object.entries(shape);
  return (value) => isPlainObject(value, allowed) && fields.every(([key, check]) => check(value[key]));
}

const isItem = objectOf({ label: (value) => isText(value) && ONE_WORD_LABEL.test(value as string), text: isText });

const isStandard = objectOf({
  number: optional(isPositiveWhole),
  text: isText,
  items: optional(listOf(isItem)),
  notes: optional(listOf(isText)),
  editorial: optional(listOf(isText)),
  concepts: optional(listOf(isSlug)),
});

const isSection = objectOf({
  id: isSectionId,
  title: isText,
  intro: (value) => value === undefined || value === null || isText(value),
  standards: listOf(isStandard, 1),
  editorial: optional(objectOf({ title: optional(isText), intro: optional(isText) })),
});

const isSource = objectOf({
  document: isText,
  issuer: optional(isText),
  adopted: optional(isText),
  notice: optional(isText),
  statement: optional(isText),
  attribution: optional(isText),
  url: optional(isText),
  transcript: optional(isText),
  derivedFrom: optional(isSlug),
});

const CODE_REMARKS = ["title", "document", "issuer", "adopted", "notice", "scope", "attestation", "signature", "derivedFrom"];

const isCodeFileShape = objectOf({
  id: isCodeId,
  aliases: optional(listOf(isCodeId)),
  title: isText,
  shortName: isText,
  jurisdiction: isText,
  numbering: (value) => value === undefined || value === "source" || value === "position",
  source: isSource,
  scope: optional(isText),
  preamble: optional(listOf(objectOf({ heading: optional(isText), text: isText }))),
  values: optional(listOf(objectOf({ text: isText }))),
  definitions: optional(listOf(objectOf({ term: isText, text: isText }))),
  sections: listOf(isSection, 1),
  attestation: optional(isText),
  signature: optional(listOf(isText)),
  references: optional(listOf(isText)),
  editorial: optional(objectOf(Object.fromEntries(CODE_REMARKS.map((field) => [field, optional(isText)])))),
});

/** The schema's own cross-checks (its superRefine): numbers as the numbering says, no duplicates. */
function meetsCrossChecks(file: CodeFile): boolean {
  const numbering = file.numbering ?? "source";
  const sectionIds = new Set<string>();
  for (const section of file.sections) {
    if (sectionIds.has(section.id)) return false;
    sectionIds.add(section.id);
    const numbers = new Set<number>();
    for (const [index, standard] of section.standards.entries()) {
      if (numbering === "source" && standard.number === undefined) return false;
      if (numbering === "position" && standard.number !== undefined && standard.number !== index + 1) return false;
      if (standard.items !== undefined && repeatedLabels(standard.items).length > 0) return false;
      if (standard.number !== undefined) {
        if (numbers.has(standard.number)) return false;
        numbers.add(standard.number);
      }
    }
  }
  const aliases = file.aliases ?? [];
  return aliases.every((alias, index) => alias !== file.id && aliases.indexOf(alias) === index);
}

/**
 * Whether `data` plainly meets the code file schema: true only where codeFileSchema.safeParse
 * would succeed and give back the same values; false leaves the verdict to the schema.
 */
export function plainlyMeetsSchema(data: unknown): data is CodeFile {
  return isCodeFileShape(data) && meetsCrossChecks(data as CodeFile);
}
