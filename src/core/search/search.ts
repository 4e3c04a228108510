// `ethics search`: the standards that govern a situation, best first, whatever words the code uses
// for it. The query becomes a plan (query.ts: word forms, typos, the concepts its words name),
// the concept index and the inverted index narrow the candidates, and only those are ranked
// (rank.ts). A hit that answers too little of the query is marked loose, never passed off as an
// answer. The result is what --json prints.
import type { Library, Ref, Standard } from "../../model.js";
import { namesIn, withoutNames, type NamesInQuery } from "../codes/named-codes.js";
import { standardWords } from "../codes/standard-text.js";
import { UsageError } from "../errors.js";
import { gapsBetweenLetters } from "../letter-runs.js";
import { nearest, wordsNearInLength } from "../suggest.js";
import { hasMeaningfulWord, stem, words } from "../text.js";
import { conceptEntryTerms, SEARCH_INDEX_FORMAT, type SearchIndex } from "./inverted-index.js";
import { documentsAmong } from "./concept-documents.js";
import { applyFeedback } from "./feedback.js";
import { lendLikeness } from "./lend-likeness.js";
import { planQuery, type QueryPlan } from "./query.js";
import { putQuotedFirst } from "./quoted-passage.js";
import { answerFloor, countAnswers, rankAnswers, score, type Scores } from "./rank.js";
import { inCodes, layoutOf, scopeOf, staleIndex, standardAt, type ScopeOptions } from "./scope.js";
import { seeAlso } from "./see-also.js";

export const DEFAULT_LIMIT = 10;

export interface SearchOptions extends ScopeOptions {
  limit?: number;
  /**
   * Whether a word is one of English, spelt right: when nothing matches, such a word is not
   * taken for a slip of another ("weather" is not "father", "cafe" not "cake"); and a code's
   * one-word name that is one ("medical", an alias of Medi-Cal) names no code in a question.
   */
  isEnglishWord?: (word: string) => boolean;
  /**
   * The terms of the own words of the concept (or topic) at `at` of the index's concepts, as
   * conceptEntryTerms(library, at) gives them, where the caller has them cheaper than through
   * `library.concepts`, whose first use parses the whole concept index (~9 ms of a search), and
   * stemming them; undefined where it has not.
   */
  conceptEntryTerms?: (at: number) => readonly (readonly string[])[] | undefined;
  /** The codes the query names (namesIn), where the caller has worked them out for its own use. */
  namesInQuery?: NamesInQuery;
  /**
   * Whether room the answers and loosely related hits leave under the limit goes to standards on
   * the first hits' matters (see-also.ts); true unless false. A caller that filters the hits
   * afterwards (numbers alone, --strength) asks for none: the room is not the reader's.
   */
  seeAlso?: boolean;
  /**
   * Whether to count the answers past the limit (SearchResult.more), where the answers fill
   * it: the reader is told that more standards answer than were shown. Counting them ranks the
   * query again without the bounds that spared the work of those past the limit.
   */
  countMore?: boolean;
}

export interface SearchHit extends Ref, Pick<Standard, "items" | "notes" | "editorial"> {
  citation: string;
  score: number;
  /** Words of the standard (text, items, notes), as written there, that matched the query. */
  matched: string[];
  /** The concepts the standard is about (ids), curated or, in a user's code, inferred. */
  concepts: string[];
  /** It answers too little of the query to count as an answer: shown apart, as loosely related. */
  loose: boolean;
  /** Loose, and on a matter of the first hits rather than the query's words (see-also.ts): shown last, apart. */
  seeAlso?: true;
}

export interface SearchResult {
  query: string;
  /** Answers first, best first; then at most a few loosely related ones. */
  hits: SearchHit[];
  /** The concepts the query names (ids), in the index's order. */
  concepts: string[];
  /** When there are no hits: a word or topic near what was typed. */
  suggestion?: string;
  /** With countMore, where more standards answer than the limit let through: how many more. */
  more?: number;
}

/**
 * The first two letters of every stem the plan looks for. Stemming never changes a word's first
 * two letters, so a plain word starting otherwise cannot match and need not be stemmed: most
 * of a standard's words, and stemming them was most of the cost of highlighting.
 */
function stemStarts(plan: QueryPlan): Set<string> {
  const starts = new Set<string>();
  for (const word of plan.words) for (const { stem: stemmed } of word.alternatives) starts.add(stemmed.slice(0, 2));
  return starts;
}

function matchedWords(standard: Standard, plan: QueryPlan, starts: ReadonlySet<string>): string[] {
  // Plain loops and no object per word: this runs over every word of every hit.
  const text = standardWords(standard);
  const tokens = text.split(gapsBetweenLetters(text));
  const tokenStems: (string[] | undefined)[] = new Array(tokens.length);
  const used = new Set<string>();
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token === "") continue;
    let stems: string[] | undefined;
    // Most tokens are plain ASCII words, which words() would only lower-case: skip its splitting.
    if (!/^[A-Za-z0-9]+$/.test(token)) stems = words(token).map(stem);
    else {
      const lower = token.toLowerCase();
      if (starts.has(lower.slice(0, 2))) stems = [stem(lower)];
    }
    tokenStems[at] = stems;
    if (stems) for (const stemmed of stems) used.add(stemmed);
  }
  const wanted = new Set<string>();
  for (const word of plan.words) for (const { stem: stemmed } of word.alternatives) if (used.has(stemmed)) wanted.add(stemmed);
  const matched = new Set<string>();
  for (let at = 0; at < tokens.length; at++) if (tokenStems[at]?.some((stemmed) => wanted.has(stemmed))) matched.add(tokens[at]!);
  return [...matched];
}

function suggestionFor(index: SearchIndex, plan: QueryPlan, isEnglishWord: (word: string) => boolean): string | undefined {
  const names = index.concepts.map((concept) => concept.id.replace(/-/g, " "));
  for (const word of plan.words.filter((candidate) => candidate.alternatives.length === 0 && !isEnglishWord(candidate.word))) {
    const near = nearest(word.word, [...wordsNearInLength(word.word, index.words), ...names]);
    if (near !== undefined && near.toLowerCase() !== word.word) return near;
  }
  return undefined;
}

/** The concepts (not topics) each of `documents` is about, in the index's order. */
function conceptsOf(index: SearchIndex, documents: readonly number[]): Map<number, string[]> {
  const found = new Map(documents.map((document) => [document, [] as string[]]));
  const wanted = [...found.keys()].sort((a, b) => a - b);
  for (const concept of index.concepts) {
    if (concept.kind !== "concept") continue;
    for (const document of documentsAmong(concept, wanted)) found.get(document)!.push(concept.id);
  }
  return found;
}

/**
 * The codes the question names ("what does alaska say about gifts"), when no --code chose them:
 * their answers come first, and the question is read without their names. Every code is still
 * searched, since a name may be part of the matter ("an Alaska Native client").
 */
function namedCodes(library: Library, query: string, options: SearchOptions): { ids: string[]; rest: string } | undefined {
  if ((options.codes?.length ?? 0) > 0) return undefined;
  const { codes, names } = options.namesInQuery ?? namesIn(library, query, options.isEnglishWord ?? (() => false));
  if (codes.length === 0 || codes.length === library.codes.length) return undefined;
  const ids = codes.map((code) => code.id);
  const rest = withoutNames(query, names);
  // A question that is only a name ("alaska") is read as typed: there is nothing else to read.
  return { ids, rest: hasMeaningfulWord(rest) ? rest : query };
}

export function search(index: SearchIndex, library: Library, query: string, options: SearchOptions = {}): SearchResult {
  if (index.format !== SEARCH_INDEX_FORMAT) throw staleIndex(`format ${String(index.format)}, expected ${SEARCH_INDEX_FORMAT}`);
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number ≥ 1, got ${limit}`);
  const named = namedCodes(library, query, options);
  const plan = planQuery(index, named?.rest ?? query);
  const layout = layoutOf(index);
  const inScope = scopeOf(index, library, layout, options);
  const entriesOf = (concept: number) => options.conceptEntryTerms?.(concept) ?? conceptEntryTerms(library, concept);
  const standardOf = (document: number) => standardAt(index, library, layout, document);
  // The scores of the standards that may be among the first `limit` answers, and those answers.
  const scores = score(index, plan, limit, inScope, entriesOf);
  applyFeedback(index, plan, scores, standardOf);
  lendLikeness(index, layout, plan, scores, inScope, entriesOf, standardOf);
  putQuotedFirst(named?.rest ?? query, scores, standardOf);
  const { answers, loose } = rankAnswers(plan, scores, limit, named && inCodes(index, layout, named.ids));
  // Every answer, past the limit too: only where the answers fill it can there be more.
  const answersPast = options.countMore && answers.length === limit ? answersPastLimit(index, plan, scores, limit, inScope, entriesOf) : 0;
  const room = options.seeAlso === false ? 0 : limit - answers.length - loose.length;
  const more = seeAlso(index, scores.values, answers.length > 0 ? answers : loose, new Set([...answers, ...loose]), room, inScope);
  const starts = stemStarts(plan);
  const conceptsByDocument = conceptsOf(index, [...answers, ...loose, ...more]);
  const toHit = (document: number, isLoose: boolean, isSeeAlso = false): SearchHit => {
    const standard = standardAt(index, library, layout, document);
    const { code, section, sectionTitle, number, text, citation, items, notes, editorial } = standard;
    return {
      code,
      section,
      sectionTitle,
      number,
      text,
      citation,
      score: Math.round(scores.values[document]! * 1000) / 1000,
      matched: matchedWords(standard, plan, starts),
      items,
      notes,
      editorial,
      concepts: conceptsByDocument.get(document)!,
      loose: isLoose,
      ...(isSeeAlso && { seeAlso: true as const }),
    };
  };
  const hits = [...answers.map((document) => toHit(document, false)), ...loose.map((document) => toHit(document, true)), ...more.map((document) => toHit(document, true, true))];
  const concepts = plan.matches.filter((match) => match.concept.kind === "concept").map((match) => match.concept.id);
  if (hits.length > 0) return answersPast > 0 ? { query, hits, concepts, more: answersPast } : { query, hits, concepts };
  const suggestion = suggestionFor(index, plan, options.isEnglishWord ?? (() => false));
  return suggestion === undefined ? { query, hits, concepts } : { query, hits, concepts, suggestion };
}

/**
 * How many answers there are past the first `limit` (which they fill): every standard that may
 * reach the ranked answers' floor is scored, the rest are not (MaxScore at the floor, not at the
 * `limit`-th answer as the ranked search prunes).
 */
function answersPastLimit(index: SearchIndex, plan: QueryPlan, ranked: Scores, limit: number, inScope: (document: number) => boolean, entriesOf: (concept: number) => readonly (readonly string[])[]): number {
  const floor = answerFloor(plan, ranked);
  return countAnswers(plan, floor, score(index, plan, { reach: floor }, inScope, entriesOf)) - limit;
}
