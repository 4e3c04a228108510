// Words written apart that were meant as one: letters spelt out one by one, as dictation and
// fast typing leave an acronym ("m a t", "A A", "h.i.p.a.a."), and a word typed as two ("face
// book", "over dose"). The reverse of compounds.ts. This file finds where a query may be so
// read and writes it so; query.ts keeps a reading only where it explains more than the words
// apart do (joinsKept).
import { STOP_WORDS } from "../text.js";
import { isLetterWord } from "./texting.js";
import { MIN_PART_LENGTH } from "./compounds.js";

/** Words of a query that may be one word written apart. */
export interface Join {
  /** Where they stand in the query: from `start` up to `end`. */
  start: number;
  end: number;
  /** The word they make, in lower case. */
  word: string;
  /** Each of them, in lower case. */
  parts: string[];
  /** Single letters, spelt out: the word they make is an acronym. */
  spelt: boolean;
}

/** A word between spaces, with the marks around it that end no word ("(m", "t)", "book?"). */
interface Chunk {
  start: number;
  end: number;
  /** Its letters, lower case, or "" when it has anything else inside (I'm, co-sign, 2am). */
  letters: string;
  /** It opens with a mark: it cannot be a word's second half. */
  opened: boolean;
  /** It closes with a mark other than a dot: it cannot be a word's first half. */
  closed: boolean;
  /** A dot ends it ("a.", "dose."): a letter spelt, or a sentence's end. */
  dot: boolean;
  /** Its letters each alone or parted by dots ("m", "a.a."): letters spelt out. */
  spelt: boolean;
  /** Dots part its letters ("a.a", "e.g"): no word's half. */
  dotted: boolean;
}

const CHUNK = /\S+/g;
const LETTERS = /^([^A-Za-z0-9'’-]*)([A-Za-z]+(?:\.[A-Za-z]+)*)(\.?)([^A-Za-z0-9'’-]*)$/;

function chunksOf(query: string): Chunk[] {
  return [...query.matchAll(CHUNK)].map((found) => {
    const parts = LETTERS.exec(found[0]);
    const start = found.index + (parts?.[1]?.length ?? 0);
    const letters = parts?.[2] ?? "";
    // A dot after the last letter stays: it may end a sentence.
    const end = start + letters.length;
    return {
      start,
      end,
      letters: letters.replace(/\./g, "").toLowerCase(),
      opened: (parts?.[1] ?? "") !== "",
      closed: (parts?.[4] ?? "") !== "",
      dot: parts?.[3] === ".",
      spelt: /^[A-Za-z](?:\.[A-Za-z])*$/.test(letters),
      dotted: letters.includes("."),
    };
  });
}

/**
 * Runs of two or more letters spelt out whose letters, joined, make a word `knows` knows. Two
 * with a letter that texting writes for a word ("n a": and a; "r u", "w a") are those words.
 */
function speltRuns(chunks: readonly Chunk[], knows: (word: string) => boolean): Join[] {
  const found: Join[] = [];
  for (let at = 0; at < chunks.length; ) {
    let end = at;
    while (end < chunks.length && chunks[end]!.spelt && (end === at || (!chunks[end - 1]!.closed && !chunks[end]!.opened))) end++;
    const run = chunks.slice(at, end);
    const word = run.map((chunk) => chunk.letters).join("");
    const texting = word.length === 2 && run.length === 2 && [...word].some(isLetterWord);
    if (word.length >= 2 && !texting && !STOP_WORDS.has(word) && knows(word)) {
      // The last letter's dot is the acronym's where its other letters have one ("A.A.").
      const last = run[run.length - 1]!;
      const dots = last.dot && run.some((chunk) => chunk.dotted || (chunk !== last && chunk.dot));
      found.push({ start: run[0]!.start, end: last.end + (dots ? 1 : 0), word, parts: run.map((chunk) => chunk.letters), spelt: true });
    }
    at = Math.max(end, at + 1);
  }
  return found;
}

/**
 * Two words side by side, each of MIN_PART_LENGTH letters or more, that make a word `knows`
 * knows. A small word with another that `readsWith` says follows or leads one in everyday
 * speech ("for getting", not forgetting; "hang over") is those two words; two small words
 * ("some one") say nothing either way.
 */
function pairs(chunks: readonly Chunk[], taken: ReadonlySet<number>, knows: (word: string) => boolean, everyday: (word: string) => boolean): Join[] {
  const found: Join[] = [];
  for (let at = 0; at + 1 < chunks.length; at++) {
    const [first, second] = [chunks[at]!, chunks[at + 1]!];
    if (taken.has(at) || taken.has(at + 1) || first.closed || first.dot || first.dotted || second.opened || second.dotted) continue;
    if (first.letters.length < MIN_PART_LENGTH || second.letters.length < MIN_PART_LENGTH) continue;
    const small = [first.letters, second.letters].filter((part) => STOP_WORDS.has(part));
    const other = [first.letters, second.letters].find((part) => !STOP_WORDS.has(part));
    if (other === undefined || (small.length > 0 && everyday(other))) continue;
    const word = first.letters + second.letters;
    if (STOP_WORDS.has(word) || !knows(word)) continue;
    found.push({ start: first.start, end: second.end, word, parts: [first.letters, second.letters], spelt: false });
    at++;
  }
  return found;
}

/**
 * Where `query` may hold a word written apart, left to right, none overlapping: letters spelt
 * out first, then pairs of words. `knows`: whether the index knows a word; `everyday`: whether
 * a word is one of everyday speech that a small word before or after it reads with.
 */
export function joinsIn(query: string, knows: (word: string) => boolean, everyday: (word: string) => boolean): Join[] {
  const chunks = chunksOf(query);
  const spelt = speltRuns(chunks, knows);
  const taken = new Set<number>();
  chunks.forEach((chunk, at) => {
    if (spelt.some((join) => join.start <= chunk.start && chunk.end <= join.end)) taken.add(at);
  });
  return [...spelt, ...pairs(chunks, taken, knows, everyday)].sort((a, b) => a.start - b.start);
}

/** The query with each join's words written as the one word they make. */
export function withJoins(query: string, joins: readonly Join[]): string {
  let written = query;
  for (const join of [...joins].sort((a, b) => b.start - a.start)) written = written.slice(0, join.start) + join.word + written.slice(join.end);
  return written;
}

/** Whether a join's part is a small word (STOP_WORDS): joined for being known, not for a matter. */
export function hasSmallWord(join: Join): boolean {
  return !join.spelt && join.parts.some((part) => STOP_WORDS.has(part));
}
