// What a cache entry must look like to be used: every value read from the cache passes one of
// these checks or is a miss. Hand-written rather than zod: zod costs ~60 ms to load, and these
// run on every cached read. An entry is made by this build from validated data, so a check
// failing means damage or a foreign file, never a user's mistake.

import { CODE_EDITORIAL_FIELDS, SECTION_EDITORIAL_FIELDS } from "../../core/codes/normalize.js";

type Check = (value: unknown) => boolean;

export const isString: Check = (value) => typeof value === "string";
export const isNumber: Check = (value) => typeof value === "number" && Number.isFinite(value);
const isWhole: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
export const isNullableString: Check = (value) => value === null || typeof value === "string";
export const isBoolean: Check = (value) => typeof value === "boolean";

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const listOf =
  (check: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return false;
    for (const item of value) if (!check(item)) return false;
    return true;
  };

/**
 * An object with these fields (optional ones may be absent), each passing its check. Other
 * fields pass: the model may grow, and the build id already keeps other builds' entries out.
 */
export function objectOf(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  // Entries listed once: these checks run for every file of a thousand-code library.
  const requiredKeys = Object.keys(required);
  const requiredChecks = requiredKeys.map((key) => required[key]!);
  const optionalKeys = Object.keys(optional);
  const optionalChecks = optionalKeys.map((key) => optional[key]!);
  return (value) => {
    if (!isRecord(value)) return false;
    for (let at = 0; at < requiredKeys.length; at++) {
      const key = requiredKeys[at]!;
      if (!Object.hasOwn(value, key) || !requiredChecks[at]!(value[key])) return false;
    }
    for (let at = 0; at < optionalKeys.length; at++) {
      const key = optionalKeys[at]!;
      if (Object.hasOwn(value, key) && !optionalChecks[at]!(value[key])) return false;
    }
    return true;
  };
}

/** A problem of a file as the cache stores it, without the file's name (records.ts StoredProblem). */
export const isStoredProblem = objectOf({ line: isNumber, col: isNumber, path: isString, message: isString });

const isProvenance = objectOf(
  { document: isString },
  { issuer: isString, adopted: isString, notice: isString, statement: isString, attribution: isString, url: isString, transcript: isString, derivedFrom: isString },
);

/** The editor's remarks on a code's or a section's fields, as normalizeCode gives them: each a string. */
const remarksOn = (fields: readonly string[]): Check => objectOf({}, Object.fromEntries(fields.map((field) => [field, isString])));
const isCodeEditorial = remarksOn(CODE_EDITORIAL_FIELDS);
const isSectionEditorial = remarksOn(SECTION_EDITORIAL_FIELDS);

/** A user's code's own fields; its sections' standards are checked as they are restored (stored-code.ts). */
export const isUserCodeFields = objectOf({
  id: isString,
  aliases: listOf(isString),
  title: isString,
  shortName: isString,
  jurisdiction: isString,
  numbering: (value) => value === "source" || value === "position",
  source: isProvenance,
  preamble: listOf(objectOf({ text: isString }, { heading: isString })),
  values: listOf(objectOf({ number: isWhole, text: isString, citation: isString })),
  definitions: listOf(objectOf({ term: isString, text: isString })),
  sections: listOf(objectOf({ id: isString, title: isString, intro: isNullableString, standards: (value) => Array.isArray(value), editorial: isSectionEditorial })),
  scope: isNullableString,
  attestation: isNullableString,
  signature: listOf(isString),
  references: listOf(isString),
  editorial: isCodeEditorial,
  origin: (value) => value === "user",
  file: isString,
});
