// The standards a person missed in quizzes taken at a terminal, kept from one quiz to the next
// so that `quiz --review` asks about them again: what was got wrong is what is worth practising,
// and practice spread over days holds better than one sitting (the Leitner system of flash-card
// boxes). A standard leaves the review once answered right in RIGHT_TO_LEAVE later questions,
// any kind of question about it; missed again, it starts over. Data in, data out: the file is
// read and written by the CLI (cli/review-record.ts).
import type { StandardKey } from "../../model.js";
import { SLUG_PATTERN } from "../codes/slug.js";
import { standardKeyOf } from "../codes/standard-text.js";

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

/**
 * The record a file's text holds, or what is wrong with it: a file that is not one, whole and as
 * ethics writes it, is never taken in part (a review of some of its standards, or one written
 * over, would lose the rest without a word).
 */
export function parseReview(text: string): ReviewRecord | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: "is not JSON" };
  }
  const standards = (value as { standards?: unknown } | null)?.standards;
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Array.isArray(standards)) return { problem: "has no list of standards" };
  const seen = new Set<string>();
  for (const [at, entry] of standards.entries()) {
    const { code, section, number, missed, lastMissed, rightSince } = (entry ?? {}) as Partial<ReviewEntry>;
    const whole =
      isId(code) && isId(section) && isCount(number, 0) && isCount(missed, 1) && typeof lastMissed === "string" && ISO_TIME.test(lastMissed) && isCount(rightSince, 0) && rightSince! < RIGHT_TO_LEAVE;
    if (!whole) return { problem: `has a standard that is not one ethics writes (the ${ordinal(at + 1)})` };
    const key = standardKeyOf({ code, section, number: number! });
    if (seen.has(key)) return { problem: `has a standard twice (${code} ${section} ${number})` };
    seen.add(key);
  }
  return { standards: (standards as ReviewEntry[]).map(({ code, section, number, missed, lastMissed, rightSince }) => ({ code, section, number, missed, lastMissed, rightSince })) };
}

function ordinal(place: number): string {
  const tens = place % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][place % 10] ?? "th";
  return `${place}${suffix}`;
}
