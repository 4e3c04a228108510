// Wording alignment: which standard of A is which of B, reworded or not, by the TF-IDF cosine of
// their words (similarity.ts); which standards were folded together or split apart; which
// sections were renamed. It serves revisions (versions of one code), and the few standards
// codes written apart share nearly word for word.
import { allStandards, type Code, type Section, type Standard } from "../../model.js";
import { foldSpace } from "../codes/normalize.js";
import { slugify } from "../codes/resolve.js";
import { printedItemLabel } from "../codes/slug.js";
import { NEIGHBOUR_SIMILARITY } from "../concepts/infer.js";
import { otherScriptWords } from "../script-words.js";
import { terms } from "../text.js";
import { buildTermModel, cosineMatrix, coveredShare, termVector, weighTerms, type TermModel, type TermVector } from "./similarity.js";

export interface SectionName {
  id: string;
  title: string;
}

export interface SectionRename {
  a: SectionName;
  b: SectionName;
}

/**
 * Below this cosine two standards are not the same standard. Read off the built-in codes: every
 * Working Well Together standard and its Medi-Cal successor score 0.55 or more, even when
 * reworded ("adults, young adults and older adults" → "individuals receiving services"). Across
 * codes written apart, pairs from 0.25 up mostly say one thing in other words (Wisconsin 12 and
 * North Carolina 15 on gifts, 0.27); below, they share a word or two and little sense.
 */
export const PAIR_THRESHOLD = 0.25;

/**
 * A pair that shares no concept must be at least this alike: the same rule in other words, as
 * concept inference reads it (core/concepts/infer.ts). Below it, two standards on unrelated
 * matters (the cost of services, the scope of practice) can share enough words to pass the
 * threshold; a shared concept is what says they are on one matter.
 */
export const UNRELATED_PAIR_THRESHOLD = NEIGHBOUR_SIMILARITY;

/**
 * A short standard can pass the threshold on one rare word ("private practice" against "private
 * information"); a pair must share at least this many stems, or all of a shorter standard's.
 */
const MIN_SHARED_TERMS = 2;

/**
 * Section names only break near ties: a standard whose words match equally well in two places
 * (Medi-Cal repeats Family Driven 1 as Holistic Wellness 1) goes to the section of the same name.
 * Small, so that it never makes a pair the words would not make.
 */
const SECTION_AFFINITY = 0.05;

/** A leftover standard folded into a paired one: most of its weighted words reappear there… */
const MERGE_CONTAINMENT = 0.7;
/** …and it accounts for at least half of what that one has beyond its own partner. */
const MERGE_EXPLAINS = 0.5;
/** Shorter standards ("Learn from each other.") are contained in too many others to tell. */
const MERGE_MIN_TERMS = 3;

export interface Side {
  code: Code;
  standards: Standard[];
  terms: string[][];
  termSets: Set<string>[];
  vectors: TermVector[];
}

export interface Match {
  aIndex: number;
  bIndex: number;
  similarity: number;
}

/** What similarity reads: the standard and its lettered items, without the letters. */
function standardTerms(standard: Standard): string[] {
  const text = [standard.text, ...standard.items.map((item) => item.text)].join(" ");
  const other = otherScriptWordsLowered(text);
  return other.length === 0 ? terms(text) : [...terms(text), ...other];
}

/**
 * The words of a text in scripts other than Latin, in lower case (script-words.ts). terms reads
 * Latin letters alone: a user's code in Arabic or Russian had no words to weigh, so that in a
 * revision of it a standard reworded by one word paired with nothing, listed as new and as left
 * out.
 */
function otherScriptWordsLowered(text: string): string[] {
  return otherScriptWords(text.normalize("NFKC").toLowerCase()).map((found) => found.word);
}

/** What the redline shows and "same" compares: the standard with its items as the source letters them. */
export function fullText(standard: Standard): string {
  return [standard.text, ...standard.items.map((item) => `${printedItemLabel(item.label)} ${item.text}`)].join(" ");
}

/**
 * Whether two standards' notes (the source's own, which fullText leaves out: the redline shows
 * them apart), or those of the standards a merge or split folds together, are the same texts,
 * in the same order.
 */
export function sameNotes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((note, at) => sameWording(note, b[at]!));
}

/** Texts that differ only in spacing or in straight versus curly quotes are the same text. */
export function sameWording(a: string, b: string): boolean {
  const fold = (text: string) => foldSpace(text).replace(/[“”„″]/g, '"').replace(/[‘’‚′]/g, "'");
  return fold(a) === fold(b);
}

/**
 * Whether two codes hold the same standards, word for word, in the same sections under the same
 * titles and numbers: a code and itself, or a copy of it under another id.
 */
export function sameStandards(aCode: Code, bCode: Code): boolean {
  if (aCode === bCode) return true;
  const [aStandards, bStandards] = [allStandards(aCode), allStandards(bCode)];
  return (
    aStandards.length === bStandards.length &&
    aStandards.every((a, index) => {
      const b = bStandards[index]!;
      return a.section === b.section && a.sectionTitle === b.sectionTitle && a.number === b.number && fullText(a) === fullText(b);
    })
  );
}

function side(code: Code, standardTerms: string[][], model: TermModel): Side {
  return {
    code,
    standards: allStandards(code),
    terms: standardTerms,
    termSets: standardTerms.map((t) => new Set(t)),
    vectors: standardTerms.map((t) => termVector(t, model)),
  };
}

/** "Cultural Responsiveness & Humility" and "cultural responsiveness and humility" are one name, as are "Strengths-based" and "Strengths Based". */
export function foldTitle(title: string): string {
  return slugify(title).replaceAll("-", "");
}

/**
 * One-to-one, best pairs first: of all pairs at or above the threshold, take the most similar,
 * drop every other pair of its two standards, repeat. Greedy rather than a global optimum, so
 * that every pair made is the best left for both of its standards, which is easy to explain.
 */
function align(a: Side, b: Side, related: (aIndex: number, bIndex: number) => boolean): Match[] {
  const similarities = cosineMatrix(a.vectors, b.vectors);
  const aNames = a.standards.map((standard) => foldTitle(standard.sectionTitle));
  const bNames = b.standards.map((standard) => foldTitle(standard.sectionTitle));
  const width = b.standards.length;
  // The pairs at or above the threshold, as their cells of the matrix (aIndex * width + bIndex),
  // not an object each: two codes of 2,000 like standards made four million such objects, 630
  // MB and 18 s to make and sort.
  const cells: number[] = [];
  for (let aIndex = 0; aIndex < a.standards.length; aIndex++) {
    // A standard of stop words alone ("Do so.") has no vector; it can only be the same text.
    const wordless = a.termSets[aIndex]!.size === 0;
    for (let bIndex = 0; bIndex < width; bIndex++) {
      const cell = aIndex * width + bIndex;
      if (wordless) similarities[cell] = Number(sameWording(fullText(a.standards[aIndex]!), fullText(b.standards[bIndex]!)));
      const similarity = similarities[cell]!;
      if (similarity < PAIR_THRESHOLD || !shareEnough(a.termSets[aIndex]!, b.termSets[bIndex]!)) continue;
      if (similarity < UNRELATED_PAIR_THRESHOLD && !related(aIndex, bIndex)) continue;
      cells.push(cell);
    }
  }
  const ranks = new Float64Array(cells.length);
  cells.forEach((cell, at) => {
    const aIndex = Math.floor(cell / width);
    const bIndex = cell - aIndex * width;
    const sameName = a.standards[aIndex]!.section === b.standards[bIndex]!.section || aNames[aIndex] === bNames[bIndex];
    ranks[at] = similarities[cell]! + (sameName ? SECTION_AFFINITY : 0);
  });
  // Best rank first; of equal ranks, by aIndex, then bIndex: the cell's order.
  const order = new Uint32Array(cells.length).map((_, at) => at);
  order.sort((x, y) => ranks[y]! - ranks[x]! || cells[x]! - cells[y]!);
  const usedA = new Uint8Array(a.standards.length);
  const usedB = new Uint8Array(width);
  const matches: Match[] = [];
  const most = Math.min(a.standards.length, width);
  for (const at of order) {
    const aIndex = Math.floor(cells[at]! / width);
    const bIndex = cells[at]! - aIndex * width;
    if (usedA[aIndex] === 1 || usedB[bIndex] === 1) continue;
    usedA[aIndex] = 1;
    usedB[bIndex] = 1;
    matches.push({ aIndex, bIndex, similarity: similarities[cells[at]!]! });
    if (matches.length === most) break;
  }
  return matches;
}

function shareEnough(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared >= Math.min(MIN_SHARED_TERMS, a.size, b.size);
}

function swap(match: Match): Match {
  return { aIndex: match.bIndex, bIndex: match.aIndex, similarity: match.similarity };
}

/**
 * Leftover standards of `from` (paired with nothing) folded into a standard of `into` that is
 * paired with another standard of `from`: WWT Respect 4 and 5 became Medi-Cal Respect 4, which
 * pairs with 5, leaving 4 over. Called with the sides swapped, it finds splits.
 */
function findFolds(
  from: Side,
  into: Side,
  matches: readonly Match[],
  fromPaired: ReadonlySet<number>,
  model: TermModel,
): { match: Match; leftovers: number[] }[] {
  const folds = new Map<Match, number[]>();
  from.standards.forEach((_, leftover) => {
    if (fromPaired.has(leftover)) return;
    const leftoverTerms = weighTerms(from.terms[leftover]!, model);
    if (leftoverTerms.terms.length < MERGE_MIN_TERMS) return;
    let best: { match: Match; score: number } | undefined;
    for (const match of matches) {
      const target = into.termSets[match.bIndex]!;
      const score = coveredShare(leftoverTerms, target);
      if (score < MERGE_CONTAINMENT) continue;
      // What the fold brought beyond the partner must come from the leftover. A repeat of the
      // partner (Medi-Cal's Holistic Wellness 1) explains nothing and is no fold.
      const partner = from.termSets[match.aIndex]!;
      const remainder = [...target].filter((term) => !partner.has(term));
      if (remainder.length === 0) continue;
      if (coveredShare(weighTerms(remainder, model), from.termSets[leftover]!) < MERGE_EXPLAINS) continue;
      if (!best || score > best.score) best = { match, score };
    }
    if (best) folds.set(best.match, [...(folds.get(best.match) ?? []), leftover]);
  });
  return [...folds].map(([match, leftovers]) => ({ match, leftovers })).sort((x, y) => x.match.aIndex - y.match.aIndex);
}

/**
 * A section of A continues as a section of B under another name when more than half of its
 * standards pair into that section, they make up at least half of that section, and no other
 * section of A sends it as many. Codes written apart rarely meet this; versions of one code do
 * (Cultural Relevancy → Cultural Responsiveness & Humility).
 */
export function renamedSections(a: Side, b: Side, matches: readonly Match[]): SectionRename[] {
  const renames: SectionRename[] = [];
  const bTitles = new Set(b.code.sections.map((section) => foldTitle(section.title)));
  const aTitles = new Set(a.code.sections.map((section) => foldTitle(section.title)));
  for (const aSection of a.code.sections) {
    if (bTitles.has(foldTitle(aSection.title))) continue;
    const counts = new Map<string, number>();
    for (const match of matches) {
      const aStandard = a.standards[match.aIndex]!;
      if (aStandard.section !== aSection.id) continue;
      const bSection = b.standards[match.bIndex]!.section;
      counts.set(bSection, (counts.get(bSection) ?? 0) + 1);
    }
    const [target, count] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? [];
    if (target === undefined || count === undefined) continue;
    const bSection = b.code.sections.find((section) => section.id === target)!;
    if (aTitles.has(foldTitle(bSection.title))) continue;
    const fromElsewhere = matches.filter(
      (match) => b.standards[match.bIndex]!.section === target && a.standards[match.aIndex]!.section !== aSection.id,
    ).length;
    if (count * 2 > aSection.standards.length && count > fromElsewhere && count * 2 >= bSection.standards.length) {
      renames.push({ a: sectionName(aSection), b: sectionName(bSection) });
    }
  }
  return renames;
}

export function sectionName(section: Section): SectionName {
  return { id: section.id, title: section.title };
}

/** For each section of A, the section of B it continues as: same name, or renamed; or none. */
export function continuations(a: Side, b: Side, renames: readonly SectionRename[]): Map<string, Section | undefined> {
  const bByName = new Map(b.code.sections.map((section) => [foldTitle(section.title), section]));
  return new Map(
    a.code.sections.map((section) => {
      const renamed = renames.find((rename) => rename.a.id === section.id)?.b.id;
      const continuation =
        b.code.sections.find((candidate) => candidate.id === renamed) ??
        b.code.sections.find((candidate) => candidate.id === section.id) ??
        bByName.get(foldTitle(section.title));
      return [section.id, continuation];
    }),
  );
}


/** Standards of `from` folded into one standard of `into`: the one paired with it, then the leftovers. */
export interface Fold {
  match: Match;
  leftovers: number[];
}

export interface WordingAlignment {
  a: Side;
  b: Side;
  /** One to one, in A's order. */
  matches: Match[];
  /** Leftovers of A folded into a paired standard of B. */
  merges: Fold[];
  /** Leftovers of B split off a paired standard of A (indices swapped: aIndex is B's). */
  splits: Fold[];
  renames: SectionRename[];
  /** For each section of A, the section of B it continues as (same name or renamed). */
  continuation: ReadonlyMap<string, Section | undefined>;
}

/**
 * Pairs standards by wording. `related` says whether two standards are on one matter (share a
 * concept); a pair of standards that are not must be nearly the same rule in other words.
 */
export function alignWording(aCode: Code, bCode: Code, related: (aIndex: number, bIndex: number) => boolean): WordingAlignment {
  const aTerms = allStandards(aCode).map(standardTerms);
  const bTerms = allStandards(bCode).map(standardTerms);
  // IDF over the standards of both codes together: a word is rare, and so telling, within this
  // comparison; and diff(a, b) scores every pair exactly as diff(b, a) does.
  const model = buildTermModel([...aTerms, ...bTerms]);
  const a = side(aCode, aTerms, model);
  const b = side(bCode, bTerms, model);
  // The same standards in the same places pair one for one, as weighing every pair would pair
  // them, without the weighing: its time grows with the product of the codes' sizes.
  const matches = sameStandards(aCode, bCode)
    ? a.standards.map((_, index) => ({ aIndex: index, bIndex: index, similarity: 1 }))
    : align(a, b, related).sort((x, y) => x.aIndex - y.aIndex);
  const aPaired = new Set(matches.map((match) => match.aIndex));
  const bPaired = new Set(matches.map((match) => match.bIndex));
  const renames = renamedSections(a, b, matches);
  return {
    a,
    b,
    matches,
    merges: findFolds(a, b, matches, aPaired, model),
    splits: findFolds(b, a, matches.map(swap), bPaired, model),
    renames,
    continuation: continuations(a, b, renames),
  };
}
