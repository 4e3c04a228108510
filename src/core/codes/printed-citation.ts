// Printed citations read back whole. ethics prints a standard's citation as "<short name> ·
// <section title> <n>" (the title as cited-title.ts gives it), "<short name> <n>" in a code with
// one list, "<short name> · Values <n>" for a value statement; and a user's section title or
// short name may hold what the reference grammar (ref.ts) reads otherwise: a number ("3",
// "Part 2 Conduct", "Code 2024"), a "·", a ";".
// Read word by word, "Y · 3 1" is standard 3 of Y and a stray 1. So before the grammar reads
// the words, each run that is a code's name, "·", one of its section titles word for word and a
// number is taken as the standard it cites; the grammar reads the words between such runs.
// Ordinary references are unchanged: a run matches only where its words are the printed ones,
// and there the grammar, where it can read them at all, reads the same standard.
import { codeSize, type Code, type Library, type Section } from "../../model.js";
import { CODE_SEPARATOR, looksLikeSelection, numbersFrom, parseSelection, REFERENCE_SEPARATORS, splitWords, type NumberSelection, type Token } from "./ref.js";
import { citedTitles } from "./cited-title.js";
import { findCode } from "./resolve.js";

export type CitedPlace = { kind: "section"; section: Section } | { kind: "values" };

/** Tokens start to end (exclusive) cite this place of a code, these numbers of it if any. */
export interface CitedRun {
  start: number;
  end: number;
  code: Code;
  place: CitedPlace;
  selection?: NumberSelection;
}

/** Longer code names than this are not looked for before a "·" (a short name is a few words). */
const MAX_CODE_WORDS = 8;
// (A digit looked for ahead: matched between two runs, every digit of "111…1x" was tried as the one.)
const NUMBERISH_WORD = /^(?=\D*\d)[\d,-]+$/;

/** A word the reference grammar reads as a mark between references or before a section. */
const isMark = (word: string) => word === CODE_SEPARATOR || REFERENCE_SEPARATORS.has(word);

const lower = (words: readonly string[]) => words.map((word) => word.toLowerCase());

/** The places a citation of the code names after its "·": its sections by title, and its values. */
function placesOf(code: Code): { words: string[]; place: CitedPlace }[] {
  // As cited: a title two sections share is read only with the id the citation adds to it.
  const titles = citedTitles(code.sections, code.values.length > 0);
  return [
    ...code.sections.map((section, at) => ({ words: lower(splitWords(titles[at]!)), place: { kind: "section", section } as const })),
    ...(code.values.length > 0 ? [{ words: ["values"], place: { kind: "values" } as const }] : []),
  ];
}

function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.length > 0 && words.every((word, offset) => tokens[at + offset]?.text.toLowerCase() === word && (offset === 0 || !tokens[at + offset]!.opens));
}

/** Where a reference may end without a number: the end, a separator, or a new citation. */
const endsThere = (tokens: readonly Token[], at: number) => at === tokens.length || REFERENCE_SEPARATORS.has(tokens[at]!.text) || tokens[at]!.opens;

/**
 * The place named from `at` on: a title (or Values) and a number, the longest title first (so
 * that "Conduct 4 1" is standard 1 of a section "Conduct 4" where one exists); else a title
 * alone where the reference ends after it.
 */
function placeAt(code: Code, tokens: readonly Token[], at: number): Omit<CitedRun, "start" | "code"> | undefined {
  const places = placesOf(code)
    .filter(({ words }) => wordsAt(tokens, at, words))
    .sort((a, b) => b.words.length - a.words.length);
  for (const { words, place } of places) {
    // "Medi-Cal · Integrity · 12", each part set apart as a breadcrumb sets it: the · is a space.
    const dotted = tokens[at + words.length]?.text === CODE_SEPARATOR ? 1 : 0;
    const number = tokens[at + words.length + dotted];
    if (number && !number.opens && looksLikeSelection(number.text)) return { place, ...numbersOf(tokens, at + words.length + dotted) };
  }
  const whole = places.find(({ words }) => endsThere(tokens, at + words.length));
  return whole && { end: at + whole.words.length, place: whole.place };
}

/**
 * The numbers a citation's number at `at` starts, and the token after them: those the grammar
 * reads after a reference's number too (`5 to 7`, `5 and 6`, `5 7`, `3 and Wisconsin 12`).
 */
function numbersOf(tokens: readonly Token[], at: number): { end: number; selection: NumberSelection } {
  const read = numbersFrom(tokens, at);
  if (read === undefined) return { end: at + 1, selection: parseSelection(tokens[at]!.text) };
  return { end: read.end, selection: parseSelection(read.text) };
}

/** A citation whose "·" is at `mark`: the code's name before it (from `from` on), the place after. */
function citationAt(library: Library, tokens: readonly Token[], from: number, mark: number): CitedRun | undefined {
  for (let start = Math.max(from, mark - MAX_CODE_WORDS); start < mark; start++) {
    const words = tokens.slice(start, mark);
    if (words.some((token, index) => index > 0 && token.opens)) continue;
    // A "·" or ";" among the words is one only where a code's whole name holds it ("Uno; Dos"):
    // "alaska; medi-cal" names no code, and its "medi-cal" is tried next.
    const found = findCode(library, words.map((token) => token.text).join(" "), ["exact"]);
    if (found.kind !== "found") continue;
    const place = placeAt(found.value, tokens, mark + 1);
    if (place) return { start, code: found.value, ...place };
  }
  return undefined;
}

/**
 * A code with one list cites "<short name> <n>": the grammar misreads it only where the short
 * name holds a number ("Code 2024 12") or a mark it reads ("Uno; Dos 1" was the whole code Uno
 * and its standard Dos 1), so only those codes are looked for.
 */
function numberedNames(library: Library): { code: Code; words: string[] }[] {
  return library.codes
    .map((code) => ({ code, words: lower(splitWords(code.shortName)) }))
    // codeSize: a cached user's code says its size ahead, so no other code's standards are read.
    .filter(({ code, words }) => words.some((word) => NUMBERISH_WORD.test(word) || isMark(word)) && codeSize(code).sections === 1);
}

function oneListCitationAt(named: ReturnType<typeof numberedNames>, tokens: readonly Token[], at: number): CitedRun | undefined {
  for (const { code, words } of named) {
    const number = tokens[at + words.length];
    if (wordsAt(tokens, at, words) && number && !number.opens && looksLikeSelection(number.text)) {
      return { start: at, code, place: { kind: "section", section: code.sections[0]! }, ...numbersOf(tokens, at + words.length) };
    }
  }
  return undefined;
}

/** The runs of tokens that are printed citations, in order, none overlapping. */
export function readCitedRuns(library: Library, tokens: readonly Token[]): CitedRun[] {
  const runs: CitedRun[] = [];
  const named = tokens.some((token) => NUMBERISH_WORD.test(token.text)) ? numberedNames(library) : [];
  let from = 0;
  for (let at = 0; at < tokens.length; at++) {
    const run = tokens[at]!.text === CODE_SEPARATOR ? citationAt(library, tokens, from, at) : oneListCitationAt(named, tokens, at);
    if (!run) continue;
    runs.push(run);
    from = run.end;
    at = run.end - 1;
  }
  return runs;
}
