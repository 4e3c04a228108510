// The standards a person missed in quizzes taken at a terminal, kept from one quiz to the next
// so that `quiz --review` asks about them again: what was got wrong is what is worth practising,
// and practice spread over days holds better than one sitting (the Leitner system of flash-card
// boxes). A standard leaves the review once answered right in RIGHT_TO_LEAVE later questions,
// any kind of question about it; missed again, it starts over. Data in, data out: the file is
// read and written by the CLI (cli/review-record.ts).
import type { StandardKey } from "../../model.js";
import { SLUG_PATTERN } from "../codes/slug.js";
import { standardKeyOf } from "../codes/standard-text.js";
import { jsonErrorPlace } from "../json-error-place.js";
import { ordinal } from "../ordinal.js";

/** Right answers after the last miss that take a standard out of the review. */
export const RIGHT_TO_LEAVE = 2;

export interface ReviewEntry extends StandardKey {
  /** Times missed since it entered the review. */
  missed: number;
  /** When it was last missed (an ISO 8601 time). */
  lastMissed: string;
  /** Right answers since it was last missed (fewer than RIGHT_TO_LEAVE). */
  rightSince: number;
}

export interface ReviewRecord {
  /** In the order they were first missed. */
  standards: ReviewEntry[];
}

/** What the file says of itself, for whoever opens it. */
const ABOUT = "Standards missed in `ethics quiz` at a terminal; `ethics quiz --review` asks about them again.";

export const EMPTY_REVIEW: ReviewRecord = { standards: [] };

/**
 * The record after one answer about `key`: a miss enters it or counts again; a right answer
 * counts toward leaving. The record itself where the answer changes nothing (right, and not in it).
 */
export function recordAnswer(record: ReviewRecord, key: StandardKey, right: boolean, now: string): ReviewRecord {
  const wanted = standardKeyOf(key);
  const at = record.standards.findIndex((entry) => standardKeyOf(entry) === wanted);
  if (right && at < 0) return record;
  const standards = [...record.standards];
  if (!right) {
    const missed = at < 0 ? 1 : standards[at]!.missed + 1;
    const entry: ReviewEntry = { code: key.code, section: key.section, number: key.number, missed, lastMissed: now, rightSince: 0 };
    if (at < 0) standards.push(entry);
    else standards[at] = entry;
  } else {
    const entry = standards[at]!;
    if (entry.rightSince + 1 >= RIGHT_TO_LEAVE) standards.splice(at, 1);
    else standards[at] = { ...entry, rightSince: entry.rightSince + 1 };
  }
  return { standards };
}

/** The record without the standards of these standardKeyOf keys (gone from their codes); the record itself where it holds none. */
export function withoutStandards(record: ReviewRecord, keys: ReadonlySet<string>): ReviewRecord {
  const standards = record.standards.filter((entry) => !keys.has(standardKeyOf(entry)));
  return standards.length === record.standards.length ? record : { standards };
}

export function serializeReview(record: ReviewRecord): string {
  const entries = record.standards.map(({ code, section, number, missed, lastMissed, rightSince }) => ({ code, section, number, missed, lastMissed, rightSince }));
  return JSON.stringify({ about: ABOUT, standards: entries }, null, 2) + "\n";
}

/** An id as codes and sections have them (slug.ts): anything else was not written by ethics, and may hold what a terminal obeys. */
const isId = (value: unknown): value is string => typeof value === "string" && value.length <= 200 && SLUG_PATTERN.test(value);
const isCount = (value: unknown, least: number): value is number => Number.isSafeInteger(value) && (value as number) >= least;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
/** A time as ethics writes it, and one that was: "2026-13-45T99:99:99Z" has the form, and "2026-02-30…" is read as March. */
const isTime = (value: unknown): value is string => {
  if (typeof value !== "string" || !ISO_TIME.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
};

/** A time as ethics writes it, on the day a value starts with where it starts with one (a date typed alone). */
const fullTime = (value: unknown) => {
  const typed = `${(typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0]) || ""}T00:00:00.000Z`;
  return isTime(typed) ? typed : "2026-12-01T00:00:00.000Z";
};

/** Each field of a standard in the file, in the order checked: whether a value is one ethics writes, and what it writes. */
const FIELDS: readonly { field: keyof ReviewEntry; allows: (value: unknown) => boolean; expected: (value: unknown) => string }[] = [
  { field: "code", allows: isId, expected: () => "a code's id (lowercase letters, digits and hyphens), such as wisconsin" },
  { field: "section", allows: isId, expected: () => "a section's id (lowercase letters, digits and hyphens), such as code-of-conduct" },
  { field: "number", allows: (value) => isCount(value, 0), expected: () => "a whole number, 0 or more" },
  { field: "missed", allows: (value) => isCount(value, 1), expected: () => "a whole number, 1 or more (the times it was missed)" },
  { field: "lastMissed", allows: isTime, expected: (value) => `a full time such as ${fullTime(value)}` },
  {
    field: "rightSince",
    allows: (value) => isCount(value, 0) && value < RIGHT_TO_LEAVE,
    expected: () => `a whole number below ${RIGHT_TO_LEAVE} (right answers since the last miss; at ${RIGHT_TO_LEAVE} it leaves the review)`,
  },
];

/** A value as the file has it, short: JSON's quoting also escapes what a terminal would obey. */
function shownValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * What is wrong with a file (after its name), and, where it is one place in it, what to do
 * there (`fix`): a person can mend a standard, keeping the rest of the record.
 */
export interface ReviewProblem {
  problem: string;
  fix?: string;
}

/**
 * The record a file's text holds, or what is wrong with it: a file that is not one, whole and as
 * ethics writes it, is never taken in part (a review of some of its standards, or one written
 * over, would lose the rest without a word). A byte order mark before it (Windows editors add
 * one) is no part of it.
 */
export function parseReview(text: string): ReviewRecord | ReviewProblem {
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `is not JSON: ${jsonErrorPlace(text, (error as Error).message)}`, fix: "mend it at that place" };
  }
  const standards = (value as { standards?: unknown } | null)?.standards;
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Array.isArray(standards)) return { problem: "has no list of standards" };
  const seen = new Set<string>();
  for (const [at, entry] of standards.entries()) {
    const place = ordinal(at + 1);
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      return { problem: `has a standard ethics does not write: the ${place} is ${shownValue(entry)}, not an object of code, section, number, missed, lastMissed and rightSince`, fix: `mend or delete the ${place} standard in it` };
    }
    const fields = entry as Partial<Record<keyof ReviewEntry, unknown>>;
    const wrong = FIELDS.find(({ field, allows }) => !allows(fields[field]));
    if (wrong !== undefined) {
      const { code, section, number } = fields;
      const named = isId(code) && isId(section) && isCount(number, 0) ? ` (${code} ${section} ${number})` : "";
      const found = fields[wrong.field] === undefined ? `has no ${wrong.field}` : `has ${wrong.field} ${shownValue(fields[wrong.field])}`;
      return {
        problem: `has a standard ethics does not write: the ${place}${named} ${found}, where ${wrong.expected(fields[wrong.field])} is expected`,
        fix: `mend the ${place} standard's ${wrong.field} in it, or delete that standard`,
      };
    }
    const { code, section, number } = entry as ReviewEntry;
    const key = standardKeyOf({ code, section, number });
    if (seen.has(key)) return { problem: `has a standard twice (${code} ${section} ${number})`, fix: `delete the ${place} standard in it, which repeats one before it` };
    seen.add(key);
  }
  return { standards: (standards as ReviewEntry[]).map(({ code, section, number, missed, lastMissed, rightSince }) => ({ code, section, number, missed, lastMissed, rightSince })) };
}
