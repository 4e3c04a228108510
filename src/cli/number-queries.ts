// A query of numbers (`search 12`, `search medi-cal 12`) most likely looks for a standard by its
// number, which `show` prints. Search read the digits as words, and what it then found through
// the concepts' own words came back as answers with none of the query in them ("12": Integrity 2,
// nothing matched; "1": Advocacy 1). Such a query now keeps only the hits whose words hold its
// numbers (a statute's section, "two (2) sessions"), and a hint names the `show` command; a
// query that is a reference (`medi-cal integrity 12`, `integrity 12`) gets that command whole.
// Decided here, in the CLI: what search ranks is not changed.
import type { Code, Library } from "../model.js";
import type { SearchResult } from "../core/search/search.js";
import { withoutNames, type NamesInQuery } from "../core/codes/named-codes.js";
import { looksLikeSelection } from "../core/codes/ref.js";
import { MARKS_AFTER_NUMBER, queryWithNumbersInDigits } from "../core/codes/spoken-numbers.js";
import { englishNumberAt } from "../core/codes/spelled-numbers.js";
import { ethicsFor } from "../core/command-start.js";
import { madeWhenUsed } from "../core/made-when-used.js";
import { shellWord } from "../core/shell-path.js";
import type { Target } from "../core/codes/target.js";

/** Whether a word of a query holds a letter: what is left to read as a code's name. */
const hasLetter = madeWhenUsed(() => /\p{L}/u);

/**
 * The codes a query names, with those that namesIn leaves out where only numbers are left
 * besides: `search wi 12` names Wisconsin as `search wisconsin 12` does. namesIn takes no alias
 * under three letters, since in a question "ak" or "nc" may be another thing's abbreviation;
 * beside numbers alone a word is read as `show` reads a code's name, by its exact id, alias,
 * short name or title (no prefix: "con 12" stays words). Each run of words with letters is
 * named whole, its longest names first; a word that names no code leaves the query as it was.
 */
export async function namesBesideNumbers(library: Library, query: string, named: NamesInQuery): Promise<NamesInQuery> {
  if (query.length > REFERENCE_MAX_LENGTH || isNumbersOnly(query, named)) return named;
  const tokens = withoutNames(query, named.names).trim().split(/\s+/);
  const { findCode, slugify } = await import("../core/codes/resolve.js");
  const codes = [...named.codes];
  const names = [...named.names];
  for (let start = 0; start < tokens.length; start++) {
    if (!hasLetter().test(tokens[start]!)) continue;
    let end = start;
    while (end + 1 < tokens.length && hasLetter().test(tokens[end + 1]!)) end++;
    let length = end - start + 1;
    for (; length >= 1; length--) {
      const typed = tokens.slice(start, start + length).join(" ");
      const found = findCode(library, typed, ["exact"]);
      if (found.kind !== "found") continue;
      if (!codes.includes(found.value)) codes.push(found.value);
      if (!names.includes(slugify(typed))) names.push(slugify(typed));
      break;
    }
    if (length === 0) return named;
    start += length - 1;
  }
  return { codes, names };
}

/** Whether the query, less the names of codes in it, is numbers alone (with marks: #12, 12.). */
export function isNumbersOnly(query: string, named: NamesInQuery | undefined): boolean {
  const rest = named ? withoutNames(query, named.names) : query;
  return /\p{Nd}/u.test(rest) && !/\p{L}/u.test(rest);
}

/**
 * The hits whose own words hold the query's numbers: a number searched for is a word of the
 * text. The first `limit` of them, and how many more answers (not loose) there are past it.
 */
export function literalHits(result: SearchResult, limit: number): SearchResult {
  const holding = result.hits.filter((hit) => hit.matched.length > 0);
  return withAnswersPast({ ...result, hits: holding.slice(0, limit) }, holding.slice(limit));
}

/** `result`, with `more` where answers (not loose hits) are among those `left` past its limit. */
function withAnswersPast(result: SearchResult, left: readonly SearchResult["hits"][number][]): SearchResult {
  const more = left.filter((hit) => !hit.loose).length;
  return more > 0 ? { ...result, more } : result;
}

/** Longer than any reference `show` takes ("working-well-together wellness-recovery-and-resiliency 12" and then some). */
const REFERENCE_MAX_LENGTH = 200;

/** At most this many codes are tried before a query's words (a thousand users' codes: no). */
const CODES_TRIED = 50;

/**
 * The `show` command the query reads as, if it is a reference: itself (`medi-cal integrity 12`,
 * `wi 8`), or after the codes that have what it names (`integrity 12`: Working Well Together's
 * and Medi-Cal's), among the codes named or searched if any. Only for words that end in a number, as a reference to a standard does.
 */
async function showCommandFor(library: Library, query: string, among: readonly Code[]): Promise<string | undefined> {
  // A reference is a few words: a pasted page is none, and is not split word by word.
  if (query.length > REFERENCE_MAX_LENGTH) return undefined;
  const words = query.trim().split(/\s+/);
  if (!looksLikeSelection(words.at(-1)!.replace(/^(?:#|§)|\.$/g, ""))) return undefined;
  const { resolveArguments } = await import("../core/codes/target.js");
  /** What the words show, or nothing where they show nothing. */
  const shown = (argv: readonly string[]): Target[] => {
    try {
      return resolveArguments(library, argv);
    } catch {
      return [];
    }
  };
  const shownCodes = (argv: readonly string[]): Code[] => shown(argv).map((target) => target.code);
  const targets = shown(words);
  if (targets.length > 0) return `\`${ethicsFor(...targets.map((target) => target.code))} show ${pastable(words, targets).join(" ")}\``;
  const codes = (among.length > 0 ? among : library.codes).slice(0, CODES_TRIED).filter((code) => shownCodes([code.id, ...words]).length > 0);
  if (codes.length === 0) return undefined;
  const others = codes.length > 1 ? ` (or ${codes.slice(1, 4).map((code) => code.id).join(", ")}${codes.length > 4 ? ", …" : ""})` : "";
  // The folders of the codes named as others too: one of them put in the first's place runs as well.
  return `\`${ethicsFor(...codes.slice(0, 4))} show ${codes[0]!.id} ${words.join(" ")}\`${others}`;
}

/**
 * The words of a `show` command that runs pasted into a shell: as typed where the shell reads
 * them so; else (a citation pasted as the query: "Working Well Together · Safety & Protection
 * 7", whose "&" ran the first half in the background) each target by its ids, as a hit's
 * reference is written.
 */
function pastable(words: readonly string[], targets: readonly Target[]): string[] {
  if (words.every((word) => shellWord(word) === word)) return [...words];
  const byIds = targets.map((target) => {
    if (target.kind === "code") return [target.code.id];
    if (target.kind === "section") return [target.code.id, target.section.id];
    if (target.kind === "values") return undefined;
    if (target.kind === "preamble" || target.kind === "definitions") return [target.code.id, target.kind];
    const numbers = target.standards.map((standard) => standard.number).join(",");
    return target.code.sections.length === 1 ? [target.code.id, numbers] : [target.code.id, target.section.id, numbers];
  });
  if (byIds.some((ids) => ids === undefined)) return words.map(shellWord);
  return byIds.flatMap((ids) => ids!);
}

/**
 * "to show a standard by its number: …" for a query with a number in it (in digits, or in words
 * where a reference's number would be: spoken-numbers.ts): the reference it reads as, else for numbers alone the command's form, with the one code the query names or searches.
 * `names`: the codes' names the query holds (NamesInQuery's), whose digits are no number asked.
 */
export async function numberShowHint(library: Library, typed: string, numbersOnly: boolean, codes: readonly Code[], names: readonly string[] = []): Promise<string | undefined> {
  // Numbers in words alone (`twelve five`) are numbers alone, as their digits are (`12 5`): read
  // where a reference's number belongs (queryWithNumbersInDigits), none of them was, and no hint was given.
  const saidAlone = numbersSaidAlone(typed);
  if (saidAlone !== undefined) numbersOnly = true;
  // "north carolina seven" hints as "north carolina 7" does: the command in digits.
  const query = saidAlone ?? queryWithNumbersInDigits(typed);
  if (!/\p{Nd}/u.test(query)) return undefined;
  // Numbers alone name no code: which code's 12 is meant is the user's to say, not the first
  // code of one list's ("north-carolina 12" for `search 12` would pick one).
  const command = numbersOnly && codes.length === 0 ? undefined : await showCommandFor(library, query, codes);
  if (command === undefined && !numbersOnly) return undefined;
  if (command !== undefined) return `to show a standard by its number: ${command}`;
  // `search nc2 5` (a user's code nc2) asks for 5, not the 2 of its name.
  const numbers = withoutNames(query, names).normalize("NFKC").match(/\d+/g) ?? [];
  const { numbersAloneHint } = await import("../core/search/numbers-alone-hint.js");
  return numbersAloneHint(library, numbers, codes);
}

/**
 * A query of numbers alone, some or all said in English words ("twelve five", "twenty five 3"),
 * in digits ("12 5", "25 3"); undefined where a word is no number, or none is said in words.
 */
export function numbersSaidAlone(query: string): string | undefined {
  const words = query.trim().split(/\s+/).map((word) => word.replace(MARKS_AFTER_NUMBER, ""));
  if (words.length > MOST_NUMBERS || words.every((word) => /^\d+$/.test(word))) return undefined;
  const numbers: number[] = [];
  for (let at = 0; at < words.length; ) {
    const said = /^\d+$/.test(words[at]!) ? { value: Number(words[at]), count: 1 } : englishNumberAt(words, at);
    if (said === undefined) return undefined;
    numbers.push(said.value);
    at += said.count;
  }
  return numbers.join(" ");
}

/** Numbers a query of numbers alone is read as, at most: more is a pasted run, not a standard asked for. */
const MOST_NUMBERS = 20;
