// Two codes side by side: which standard of A became which of B (same or reworded), what only
// one of them has, which standards were folded together or split, which sections were renamed,
// and which themes each addresses. `ethics diff` prints this; `--json` prints it as it is.
import { allStandards, toRef, type Code, type Library, type Ref, type Section, type Standard, type Topic } from "../../model.js";
import { topicCoverage, topicsInView, type TopicCoverage } from "./coverage.js";
import { EthicsError, UsageError } from "../errors.js";
import { foldSpace } from "../codes/normalize.js";
import { wordChanges, type WordChange } from "./redline.js";
import { resolveCode, resolveSection, slugify } from "../codes/resolve.js";
import { buildTermModel, cosineMatrix, coveredShare, termVector, weighTerms, type TermModel, type TermVector } from "./similarity.js";
import { didYouMean } from "../suggest.js";
import { terms } from "../text.js";

export type PairStatus = "same" | "changed";
/** added: only in B; removed: only in A. */
export type DiffStatus = PairStatus | "added" | "removed";
export const DIFF_STATUSES: readonly DiffStatus[] = ["same", "changed", "added", "removed"];

export interface DiffPair {
  a: Ref;
  b: Ref;
  /** TF-IDF cosine of the two texts, 0…1, rounded to 3 decimals. */
  similarity: number;
  status: PairStatus;
  /** Word-level changes from A's wording to B's; empty when the status is "same". */
  changes: WordChange[];
  /**
   * B's standard sits outside the section A's section continues as (same name or renamed).
   * Always false when A's section has no counterpart in B, as between codes written apart.
   */
  moved: boolean;
  /** In the section A's section continues as, under another number. */
  renumbered: boolean;
}

export interface SectionName {
  id: string;
  title: string;
}

export interface SectionRename {
  a: SectionName;
  b: SectionName;
}

/** Standards of A that B folded into one, in A's order: one is paired with b, the rest are in onlyA. */
export interface Merge {
  a: Ref[];
  b: Ref;
}

/** A standard of A that B split in two or more, in B's order: one is paired with a, the rest are in onlyB. */
export interface Split {
  a: Ref;
  b: Ref[];
}

export interface DiffSide {
  code: string;
  title: string;
  shortName: string;
  /** The sections the comparison was narrowed to (--section); null for the whole code. */
  sections: SectionName[] | null;
  /** Number of standards of this side in the comparison. */
  standards: number;
}

/** Counts over the compared sections, before --only picks what to list. */
export interface DiffSummary {
  same: number;
  changed: number;
  /** Only in B. */
  added: number;
  /** Only in A. */
  removed: number;
  moved: number;
  renumbered: number;
  merges: number;
  splits: number;
  renamedSections: number;
}

export interface CodeDiff {
  a: DiffSide;
  b: DiffSide;
  summary: DiffSummary;
  pairs: DiffPair[];
  onlyA: Ref[];
  onlyB: Ref[];
  merges: Merge[];
  splits: Split[];
  renamedSections: SectionRename[];
  topics: TopicCoverage;
}

export interface DiffOptions {
  /** Narrow A to this section, and B to its section of that name (or the one it was renamed to). */
  section?: string;
  /** List only these statuses; the summary still counts everything compared. */
  only?: readonly DiffStatus[];
  /**
   * The topics a code addresses among some of its standards. Defaults to topicsInView: the
   * library's curated topics, or for a user's code the topics its wording suggests.
   */
  topicsOf?: (code: Code, standards: readonly Standard[]) => readonly Topic[];
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

interface Side {
  code: Code;
  standards: Standard[];
  terms: string[][];
  termSets: Set<string>[];
  vectors: TermVector[];
}

interface Match {
  aIndex: number;
  bIndex: number;
  similarity: number;
}

export function diffCodes(library: Library, aCode: string | Code, bCode: string | Code, options: DiffOptions = {}): CodeDiff {
  const comparison = compare(
    typeof aCode === "string" ? resolveCode(library, aCode) : aCode,
    typeof bCode === "string" ? resolveCode(library, bCode) : bCode,
  );
  const { a, b } = comparison;
  const scope = narrow(comparison, options.section);
  const inA = (section: string) => scope.a === null || scope.a.has(section);
  const inB = (section: string) => scope.b === null || scope.b.has(section);
  // A pair shows when either of its standards is in view, so that every standard in view is
  // listed once: in a pair, or as only in its code.
  const pairs = comparison.pairs.filter((pair) => inA(pair.a.section) || inB(pair.b.section));
  const onlyA = comparison.onlyA.filter((ref) => inA(ref.section));
  const onlyB = comparison.onlyB.filter((ref) => inB(ref.section));
  const merges = comparison.merges.filter((merge) => merge.a.some((ref) => inA(ref.section)) || inB(merge.b.section));
  const splits = comparison.splits.filter((split) => inA(split.a.section) || split.b.some((ref) => inB(ref.section)));
  const renamedSections = comparison.renames.filter((rename) => inA(rename.a.id) || inB(rename.b.id));
  const aInView = a.standards.filter((standard) => inA(standard.section));
  const bInView = b.standards.filter((standard) => inB(standard.section));
  const topicsOf = options.topicsOf ?? ((code: Code, standards: readonly Standard[]) => topicsInView(library, code, standards));
  const only = new Set(options.only ?? DIFF_STATUSES);
  return {
    a: describeSide(a.code, scope.a, aInView.length),
    b: describeSide(b.code, scope.b, bInView.length),
    summary: {
      same: pairs.filter((pair) => pair.status === "same").length,
      changed: pairs.filter((pair) => pair.status === "changed").length,
      added: onlyB.length,
      removed: onlyA.length,
      moved: pairs.filter((pair) => pair.moved).length,
      renumbered: pairs.filter((pair) => pair.renumbered).length,
      merges: merges.length,
      splits: splits.length,
      renamedSections: renamedSections.length,
    },
    pairs: pairs.filter((pair) => only.has(pair.status)),
    onlyA: only.has("removed") ? onlyA : [],
    onlyB: only.has("added") ? onlyB : [],
    // A merge leaves standards of A over (removed); a split adds standards to B.
    merges: only.has("removed") ? merges : [],
    splits: only.has("added") ? splits : [],
    renamedSections,
    topics: topicCoverage(topicsOf(a.code, aInView), topicsOf(b.code, bInView)),
  };
}

/** The whole of two codes compared, before --section and --only choose what to show. */
interface Comparison {
  a: Side;
  b: Side;
  pairs: DiffPair[];
  onlyA: Ref[];
  onlyB: Ref[];
  merges: Merge[];
  splits: Split[];
  renames: SectionRename[];
  /** For each section of A, the section of B it continues as (same name or renamed). */
  continuation: ReadonlyMap<string, Section | undefined>;
}

function compare(aCode: Code, bCode: Code): Comparison {
  const aTerms = allStandards(aCode).map(standardTerms);
  const bTerms = allStandards(bCode).map(standardTerms);
  // IDF over the standards of both codes together: a word is rare, and so telling, within this
  // comparison; and diff(a, b) scores every pair exactly as diff(b, a) does.
  const model = buildTermModel([...aTerms, ...bTerms]);
  const a = side(aCode, aTerms, model);
  const b = side(bCode, bTerms, model);

  const matches = align(a, b);
  const aPaired = new Set(matches.map((match) => match.aIndex));
  const bPaired = new Set(matches.map((match) => match.bIndex));
  const renames = renamedSections(a, b, matches);
  const continuation = continuations(a, b, renames);
  const refs = (standards: Standard[], indices: number[]) => [...indices].sort((x, y) => x - y).map((i) => toRef(standards[i]!));
  return {
    a,
    b,
    pairs: [...matches]
      .sort((x, y) => x.aIndex - y.aIndex)
      .map((match) => {
        const aStandard = a.standards[match.aIndex]!;
        return toPair(aStandard, b.standards[match.bIndex]!, match.similarity, continuation.get(aStandard.section));
      }),
    onlyA: a.standards.filter((_, index) => !aPaired.has(index)).map(toRef),
    onlyB: b.standards.filter((_, index) => !bPaired.has(index)).map(toRef),
    merges: findFolds(a, b, matches, aPaired, model).map(({ match, leftovers }) => ({
      a: refs(a.standards, [match.aIndex, ...leftovers]),
      b: toRef(b.standards[match.bIndex]!),
    })),
    splits: findFolds(b, a, matches.map(swap), bPaired, model).map(({ match, leftovers }) => ({
      a: toRef(a.standards[match.bIndex]!),
      b: refs(b.standards, [match.aIndex, ...leftovers]),
    })),
    renames,
    continuation,
  };
}

/** `--only changed,added` → ["changed", "added"]. */
export function parseOnly(value: string): DiffStatus[] {
  const words = value.split(",").map((word) => word.trim().toLowerCase()).filter((word) => word !== "");
  if (words.length === 0) throw new UsageError("--only needs a status", `expected one or more of: ${DIFF_STATUSES.join(", ")}`);
  return words.map((word) => {
    const status = DIFF_STATUSES.find((candidate) => candidate === word);
    if (status) return status;
    const suggestion = didYouMean(word, DIFF_STATUSES);
    throw new UsageError(`'${word}' is not a diff status${suggestion ? ` — ${suggestion}` : ""}`, `expected one or more of: ${DIFF_STATUSES.join(", ")}`);
  });
}

/** What similarity reads: the standard and its lettered items, without the letters. */
function standardTerms(standard: Standard): string[] {
  return terms([standard.text, ...standard.items.map((item) => item.text)].join(" "));
}

/** What the redline shows and "same" compares: the standard with its items as the source letters them. */
export function fullText(standard: Standard): string {
  return [standard.text, ...standard.items.map((item) => `${item.label}. ${item.text}`)].join(" ");
}

/** Texts that differ only in spacing or in straight versus curly quotes are the same text. */
export function sameWording(a: string, b: string): boolean {
  const fold = (text: string) => foldSpace(text).replace(/[“”„″]/g, '"').replace(/[‘’‚′]/g, "'");
  return fold(a) === fold(b);
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
function foldTitle(title: string): string {
  return slugify(title).replaceAll("-", "");
}

/**
 * One-to-one, best pairs first: of all pairs at or above the threshold, take the most similar,
 * drop every other pair of its two standards, repeat. Greedy rather than a global optimum, so
 * that every pair made is the best left for both of its standards, which is easy to explain.
 */
function align(a: Side, b: Side): Match[] {
  const similarities = cosineMatrix(a.vectors, b.vectors);
  const aNames = a.standards.map((standard) => foldTitle(standard.sectionTitle));
  const bNames = b.standards.map((standard) => foldTitle(standard.sectionTitle));
  const candidates: (Match & { rank: number })[] = [];
  for (let aIndex = 0; aIndex < a.standards.length; aIndex++) {
    for (let bIndex = 0; bIndex < b.standards.length; bIndex++) {
      // A standard of stop words alone ("Do so.") has no vector; it can only be the same text.
      const similarity =
        a.termSets[aIndex]!.size === 0
          ? Number(sameWording(fullText(a.standards[aIndex]!), fullText(b.standards[bIndex]!)))
          : similarities[aIndex * b.standards.length + bIndex]!;
      if (similarity < PAIR_THRESHOLD || !shareEnough(a.termSets[aIndex]!, b.termSets[bIndex]!)) continue;
      const sameName = a.standards[aIndex]!.section === b.standards[bIndex]!.section || aNames[aIndex] === bNames[bIndex];
      candidates.push({ aIndex, bIndex, similarity, rank: similarity + (sameName ? SECTION_AFFINITY : 0) });
    }
  }
  candidates.sort((x, y) => y.rank - x.rank || x.aIndex - y.aIndex || x.bIndex - y.bIndex);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const matches: Match[] = [];
  for (const { aIndex, bIndex, similarity } of candidates) {
    if (usedA.has(aIndex) || usedB.has(bIndex)) continue;
    usedA.add(aIndex);
    usedB.add(bIndex);
    matches.push({ aIndex, bIndex, similarity });
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
function renamedSections(a: Side, b: Side, matches: readonly Match[]): SectionRename[] {
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

function sectionName(section: Section): SectionName {
  return { id: section.id, title: section.title };
}

/** For each section of A, the section of B it continues as: same name, or renamed; or none. */
function continuations(a: Side, b: Side, renames: readonly SectionRename[]): Map<string, Section | undefined> {
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

function toPair(aStandard: Standard, bStandard: Standard, similarity: number, continuation: Section | undefined): DiffPair {
  const before = fullText(aStandard);
  const after = fullText(bStandard);
  const status: PairStatus = sameWording(before, after) ? "same" : "changed";
  return {
    a: toRef(aStandard),
    b: toRef(bStandard),
    similarity: Math.round(similarity * 1000) / 1000,
    status,
    changes: status === "same" ? [] : wordChanges(before, after),
    moved: continuation !== undefined && continuation.id !== bStandard.section,
    renumbered: continuation !== undefined && continuation.id === bStandard.section && aStandard.number !== bStandard.number,
  };
}

interface Scope {
  /** Section ids of A in the comparison; null for all. */
  a: Set<string> | null;
  b: Set<string> | null;
}

/**
 * --section narrows A to that section, and B to its section of that name, else to the section
 * A's was renamed to, else to the sections A's standards pair into.
 */
function narrow(comparison: Comparison, input: string | undefined): Scope {
  if (input === undefined) return { a: null, b: null };
  const { a, b } = comparison;
  const target = resolveSection(a.code, input);
  if (target.kind === "values") {
    throw new UsageError(
      "diff compares standards, not value statements",
      `choose a section of ${a.code.id}: ${a.code.sections.map((section) => section.id).join(", ")}`,
    );
  }
  const aSection = target.section.id;
  const named = sectionNamed(b.code, input) ?? comparison.continuation.get(aSection);
  const bSections = named
    ? [named.id]
    : comparison.pairs.filter((pair) => pair.a.section === aSection).map((pair) => pair.b.section);
  return { a: new Set([aSection]), b: new Set(bSections) };
}

function sectionNamed(code: Code, input: string): Section | undefined {
  try {
    const target = resolveSection(code, input);
    return target.kind === "section" ? target.section : undefined;
  } catch (error) {
    if (error instanceof EthicsError) return undefined;
    throw error;
  }
}

function describeSide(code: Code, sections: Set<string> | null, standards: number): DiffSide {
  return {
    code: code.id,
    title: code.title,
    shortName: code.shortName,
    sections: sections === null ? null : code.sections.filter((section) => sections.has(section.id)).map(sectionName),
    standards,
  };
}
