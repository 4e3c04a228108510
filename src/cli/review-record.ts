// Where a person's quiz review (core/study/review.ts) is kept, and its reading and writing. It is
// state, not cache: kept under $XDG_STATE_HOME as the XDG Base Directory specification puts what
// a program keeps between runs (shell and `less` histories live there), never pruned, and a file
// ethics cannot read is left as it is and said so, never written over. A standard leaves it when
// answered right, or when its code, loaded, no longer has it.
import { isUtf8 } from "node:buffer";
import { statSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import { readFileBytes } from "../core/codes/read-file.js";
import { EMPTY_REVIEW, parseReview, recordAnswer, serializeReview, withoutStandards, type ReviewRecord } from "../core/study/review.js";
import type { StandardKey } from "../model.js";
import { homeDirectory, makeDirectory, writeCacheFile } from "./cache/cache-dir.js";

const FILE_NAME = "quiz-review.json";

/** A record of a few thousand standards is a few hundred KB: anything far over it was not written by ethics. */
const MOST_BYTES = 4 * 1024 * 1024;

/**
 * ETHICS_STATE_DIR/quiz-review.json; else $XDG_STATE_HOME/ethics/…, else
 * ~/.local/state/ethics/…. A relative path is passed over, as for the cache (cache-dir.ts).
 * Null without an absolute home.
 */
export function reviewFile(env: NodeJS.ProcessEnv): string | null {
  if (env.ETHICS_STATE_DIR && isAbsolute(env.ETHICS_STATE_DIR)) return join(env.ETHICS_STATE_DIR, FILE_NAME);
  if (env.XDG_STATE_HOME && isAbsolute(env.XDG_STATE_HOME)) return join(env.XDG_STATE_HOME, "ethics", FILE_NAME);
  const home = homeDirectory();
  return home !== undefined && isAbsolute(home) ? join(home, ".local", "state", "ethics", FILE_NAME) : null;
}

/**
 * `inFolder`: what is wrong is the folder it would be in (not a folder), not the file: moving the
 * file away changes nothing. `fix`: what to mend, where it is one place in the file (parseReview).
 */
export type ReviewRead = { record: ReviewRecord } | { problem: string; inFolder?: true; fix?: string };

/** The record in `file`: empty where there is none yet; a problem (what is wrong, after the file's name) where it cannot be read. */
export function readReview(file: string): ReviewRead {
  try {
    // Followed through a link: a link to a folder is as much no record as the folder.
    if (statSync(file).isDirectory()) return { problem: "is a directory" };
  } catch {
    // nothing there, or nothing to say yet: reading it says which
  }
  const read = readFileBytes(file, MOST_BYTES, "a quiz review record");
  if ("problem" in read) {
    if (read.gone) return { record: EMPTY_REVIEW };
    // ENOTDIR: a part of the path is a file (ETHICS_STATE_DIR=/dev/null).
    return read.problem === "not a directory" ? { problem: `cannot be made: ${dirname(file)} is not a folder`, inFolder: true } : { problem: read.problem };
  }
  if (!isUtf8(read.bytes)) return { problem: "is not UTF-8 text" };
  const parsed = parseReview(read.bytes.toString("utf8"));
  return "problem" in parsed ? parsed : { record: parsed };
}

export type KeptAnswer = { before: ReviewRecord; after: ReviewRecord } | { problem: string; inFolder?: true; fix?: string };

/**
 * One answer written into the record: read again just before (two quizzes at once, in two
 * terminals, each keep their answers), then the whole file written anew and put in place at
 * once, so a quiz killed mid-write leaves the record as it was. A problem where it was not kept.
 */
export function keepAnswer(file: string, key: StandardKey, right: boolean, now = new Date()): KeptAnswer {
  const read = readReview(file);
  if ("problem" in read) return read;
  const before = read.record;
  const after = recordAnswer(before, key, right, now.toISOString());
  if (after === before) return { before, after }; // a right answer on a standard not under review: no file to make
  if (!makeDirectory(dirname(file))) return { problem: `cannot be written: its folder ${dirname(file)} cannot be made`, inFolder: true };
  return writeCacheFile(file, serializeReview(after)) ? { before, after } : { problem: "cannot be written" };
}

/**
 * The standards of these keys taken out of the record, read again just before and written as
 * keepAnswer writes: whether they are out (false where the file could not be read or written).
 */
export function forgetStandards(file: string, keys: ReadonlySet<string>): boolean {
  const read = readReview(file);
  if ("problem" in read) return false;
  const after = withoutStandards(read.record, keys);
  return after === read.record || writeCacheFile(file, serializeReview(after));
}
