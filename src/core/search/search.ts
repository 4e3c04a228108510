// `ethics search`: the standards that govern a situation, best first, whatever words the code uses
// for it. The query becomes a plan (query.ts: word forms, typos, topics), the index
// narrows the candidates to the standards that use its words or are curated under a topic it
// names, and only those are ranked (rank.ts). The result is what --json prints.
import type { Library, Ref, Standard } from "../../model.js";
import { UsageError } from "../errors.js";
import { SEARCH_INDEX_FORMAT, searchableText, type SearchIndex } from "./inverted-index.js";
import { planQuery, type QueryPlan } from "./query.js";
import { best, score } from "./rank.js";
import { layoutOf, scopeOf, staleIndex, standardAt, type ScopeOptions } from "./scope.js";
import { nearest } from "../suggest.js";
import { stem, words } from "../text.js";

export const DEFAULT_LIMIT = 10;

export interface SearchOptions extends ScopeOptions {
  limit?: number;
}

export interface SearchHit extends Ref, Pick<Standard, "items" | "notes" | "editorial"> {
  citation: string;
  score: number;
  /** Words of the standard (text, items, notes), as written there, that matched the query. */
  matched: string[];
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  /** When there are no hits: a word or topic near what was typed. */
  suggestion?: string;
}

/**
 * The first two letters of every stem the plan looks for. Stemming never changes a word's first
 * two letters, so a plain word starting otherwise cannot match and need not be stemmed: most
 * of a standard's words, and stemming them was most of the cost of highlighting.
 */
function stemStarts(plan: QueryPlan): Set<string> {
  const starts = new Set<string>();
  for (const concept of plan.concepts) for (const { stems } of concept.alternatives) for (const stemmed of stems) starts.add(stemmed.slice(0, 2));
  return starts;
}

function matchedWords(standard: Standard, plan: QueryPlan, starts: ReadonlySet<string>): string[] {
  // Plain loops and no object per word: this runs over every word of every hit.
  const tokens = searchableText(standard).split(/[^\p{L}\p{N}]+/u);
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
  // A phrase's words are highlighted only where the standard uses all of them.
  const wanted = new Set<string>();
  for (const concept of plan.concepts) {
    for (const { stems } of concept.alternatives) if (stems.every((stemmed) => used.has(stemmed))) for (const stemmed of stems) wanted.add(stemmed);
  }
  const matched = new Set<string>();
  for (let at = 0; at < tokens.length; at++) if (tokenStems[at]?.some((stemmed) => wanted.has(stemmed))) matched.add(tokens[at]!);
  return [...matched];
}

function suggestionFor(index: SearchIndex, plan: QueryPlan): string | undefined {
  const names = index.topics.map((topic) => topic.name);
  for (const word of plan.unknown) {
    const near = nearest(word, [...index.words.split(" "), ...names]);
    if (near !== undefined && near.toLowerCase() !== word) return near;
  }
  return undefined;
}

export function search(index: SearchIndex, library: Library, query: string, options: SearchOptions = {}): SearchResult {
  if (index.format !== SEARCH_INDEX_FORMAT) throw staleIndex(`format ${String(index.format)}, expected ${SEARCH_INDEX_FORMAT}`);
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number ≥ 1, got ${limit}`);
  const plan = planQuery(index, query);
  const layout = layoutOf(index);
  const inScope = scopeOf(index, library, layout, options);
  const scores = score(index, plan, limit, inScope);
  const starts = stemStarts(plan);
  const hits = best(scores, limit).map((document): SearchHit => {
    const value = scores.values[document]!;
    const standard = standardAt(index, library, layout, document);
    const { code, section, sectionTitle, number, text, citation, items, notes, editorial } = standard;
    return { code, section, sectionTitle, number, text, citation, score: Math.round(value * 1000) / 1000, matched: matchedWords(standard, plan, starts), items, notes, editorial };
  });
  if (hits.length > 0) return { query, hits };
  const suggestion = suggestionFor(index, plan);
  return suggestion === undefined ? { query, hits } : { query, hits, suggestion };
}
