// Two codes side by side, compared as the data says they are related. Versions of one code (a
// revision: lineage.ts) line up standard by standard by their wording (wording.ts): which became
// which, what each substitution and rewording was, what was folded together or split, which
// sections were renamed. Codes written apart line up by what their rules are about (the concept
// index, concept-alignment.ts), many to many, with how strongly each binds; the few standards
// they share nearly word for word still pair. Either way, a standard is only in its code when no
// standard of the other shares a concept with it. `ethics diff` prints this; `--json` prints it
// as it is.
import { allStandards, type Code, type Library, type Ref, type Section, type Standard, type Topic } from "../../model.js";
import { resolveCode, resolveSection } from "../codes/resolve.js";
import { EthicsError, UsageError } from "../errors.js";
import { hasInferredConcepts } from "../concepts/topics.js";
import { knownConceptOf, withKnownTags } from "../concepts/known-tags.js";
import { didYouMean } from "../suggest.js";
import { alignConcepts, conceptsOfEach, conceptSet, sameStance, shareConcept, stricterSide, toCitedRef, type CitedRef, type ConceptAlignment } from "./concept-alignment.js";
import { topicCoverage, topicsInView, type TopicCoverage } from "./coverage.js";
import { readEdits, type PairEdit } from "./edits.js";
import { comparisonKind, type DiffKind } from "./lineage.js";
import { wordChanges, type WordChange } from "./redline.js";
import { alignWording, fullText, sameNotes, sameWording, sectionName, type SectionName, type SectionRename, type WordingAlignment } from "./wording.js";

export type { CitedRef, ConceptAlignment } from "./concept-alignment.js";
export type { PairEdit } from "./edits.js";
export type { DiffKind } from "./lineage.js";
export { fullText, PAIR_THRESHOLD, sameStandards, sameWording, UNRELATED_PAIR_THRESHOLD, type SectionName, type SectionRename } from "./wording.js";

export type PairStatus = "same" | "changed";
/** added: in B without a counterpart by wording; removed: the same of A. */
export type DiffStatus = PairStatus | "added" | "removed";
export const DIFF_STATUSES: readonly DiffStatus[] = ["same", "changed", "added", "removed"];

/**
 * Every standard diff lists is the standard whole, as `show --json` gives it (its items, notes,
 * editor's notes and citation; a user's file's concept tags the index has): a report of the
 * two codes shows each with all it says, and so does its JSON.
 */
export type DiffStandard = Standard;

export interface DiffPair {
  a: DiffStandard;
  b: DiffStandard;
  /** TF-IDF cosine of the two texts, 0…1, rounded to 3 decimals. */
  similarity: number;
  status: PairStatus;
  /** Word-level changes from A's wording to B's; empty when the status is "same". */
  changes: WordChange[];
  /**
   * The same for the standard's notes, joined by line breaks; empty when they are the same: a
   * note is part of what a standard says, and a revision may reword a note alone.
   */
  noteChanges: WordChange[];
  /**
   * What the changes amount to: none; punctuation (or spacing, or capitals) only; only
   * substitutions made throughout (listed once in `substitutions`); or a rewording.
   */
  edit: PairEdit;
  /**
   * B's standard sits outside the section A's section continues as (same name or renamed).
   * Always false when A's section has no counterpart in B, as between codes written apart.
   */
  moved: boolean;
  /** In the section A's section continues as, under another number. */
  renumbered: boolean;
}

/**
 * What a merge or a split changed, as a pair's changes are told: the standards it folds together
 * read as one, each after the other in its code's order, against the one standard on the other
 * side. Against its paired part alone, a merge's other parts read as words B added (WWT Respect 4
 * and 5 became Medi-Cal Respect 4, which adds only "be").
 */
export interface FoldChanges {
  /** Word-level changes from A's wording (its standards joined) to B's. */
  changes: WordChange[];
  /** The same for their notes, joined by line breaks; empty when they are the same. */
  noteChanges: WordChange[];
}

/** Standards of A that B folded into one, in A's order: one is paired with b, the others are listed only here. */
export interface Merge extends FoldChanges {
  a: DiffStandard[];
  b: DiffStandard;
}

/** A standard of A that B split in two or more, in B's order: one is paired with a, the others are listed only here. */
export interface Split extends FoldChanges {
  a: DiffStandard;
  b: DiffStandard[];
}

/** A substitution made in two or more standards ("served" → "engaging in services"), said once. */
export interface Substitution {
  /** The words replaced ("" for words added). */
  from: string;
  /** The words put in their place ("" for words dropped). */
  to: string;
  /** How many times it was made. */
  count: number;
  /** The pairs it was made in. */
  pairs: { a: CitedRef; b: CitedRef }[];
}

export interface DiffSide {
  code: string;
  title: string;
  shortName: string;
  /** The code this one derives from (its file's source.derivedFrom); null if it says none. */
  derivedFrom: string | null;
  /**
   * Some of its standards' concepts are inferred from their wording (a code the concept index does
   * not tag, with standards its own file leaves untagged), not curated.
   */
  conceptsInferred: boolean;
  /** The sections the comparison was narrowed to (--section); null for the whole code. */
  sections: SectionName[] | null;
  /** Number of standards of this side the report lists: its section's, and the other halves of their pairs, merges and splits. */
  standards: number;
}

/**
 * Counts over the compared sections, before --only picks what to list. Each is the count the
 * text report says, under the name --only and the lists go by: `added` is what a revision's
 * report calls "new", `onlyB` what a report of codes written apart calls "only in B".
 */
export interface DiffSummary {
  same: number;
  changed: number;
  /**
   * In B with no counterpart by wording (no pair, merge or split), as --only added lists them:
   * onlyB and relatedB together.
   */
  added: number;
  /** The same of A (--only removed): onlyA and relatedA together. */
  removed: number;
  moved: number;
  renumbered: number;
  merges: number;
  splits: number;
  renamedSections: number;
  /** Changed pairs that differ only in punctuation, spacing or capitals. */
  punctuationOnly: number;
  /** Changed pairs that differ otherwise only by substitutions made throughout. */
  substitutionsOnly: number;
  /** Of those removed, the standards that share no concept with B (the list onlyA). */
  onlyA: number;
  /** Of those added, the standards no standard of A shares a concept with (the list onlyB). */
  onlyB: number;
  /** Of those removed, the standards that share a concept with B (the list relatedA). */
  relatedA: number;
  /** Of those added, the standards that share a concept with A (the list relatedB). */
  relatedB: number;
  /**
   * Concepts both codes address, only A, only B; on how many of those both address each binds
   * more strongly; and on how many both take one stance, the same strength (sameStance): of the
   * rest, where neither binds more strongly, one prohibits and the other requires, or one allows
   * and the other describes.
   */
  concepts: { both: number; onlyA: number; onlyB: number; stricterA: number; stricterB: number; alike: number };
}

export interface CodeDiff {
  /** revision: codes of one lineage, compared by wording; apart: codes written apart, compared by concept. */
  kind: DiffKind;
  a: DiffSide;
  b: DiffSide;
  /** The topic or concept the comparison was narrowed to (--topic); null for every matter. */
  theme: { id: string; name: string } | null;
  summary: DiffSummary;
  pairs: DiffPair[];
  onlyA: DiffStandard[];
  onlyB: DiffStandard[];
  /** Standards of A with no counterpart by wording (not paired, merged or split) that share a concept with B. */
  relatedA: DiffStandard[];
  relatedB: DiffStandard[];
  merges: Merge[];
  splits: Split[];
  renamedSections: SectionRename[];
  substitutions: Substitution[];
  /** Every concept either side addresses: A's standards on it against B's. */
  concepts: ConceptAlignment[];
  topics: TopicCoverage;
}

export interface DiffOptions {
  /** Narrow A to this section, and B to its counterpart (see narrow). */
  section?: string;
  /**
   * List only these statuses; the summary still counts everything compared. In a revision,
   * `changed` lists a pair renumbered or moved too, worded the same or not: how it is cited
   * changed (listedAsChanged).
   */
  only?: readonly DiffStatus[];
  /**
   * Narrow both codes to the standards on these concepts (a topic's, or one concept: --topic),
   * and the concepts compared to them.
   */
  theme?: DiffTheme;
  /**
   * The topics a code addresses among some of its standards. Defaults to topicsInView: the
   * library's curated topics, or for a user's code the topics its wording suggests.
   */
  topicsOf?: (code: Code, standards: readonly Standard[]) => readonly Topic[];
}

/** A matter to compare two codes on: a topic (its concepts) or one concept. */
export interface DiffTheme {
  id: string;
  name: string;
  concepts: ReadonlySet<string>;
}

/** Where a standard stands in its code, as one key: its section and number. */
function placeKey(standard: { section: string; number: number }): string {
  return `${standard.section}\u0000${standard.number}`;
}

export function diffCodes(library: Library, aCode: string | Code, bCode: string | Code, options: DiffOptions = {}): CodeDiff {
  const comparison = compare(
    library,
    typeof aCode === "string" ? resolveCode(library, aCode) : aCode,
    typeof bCode === "string" ? resolveCode(library, bCode) : bCode,
  );
  const { wording, aStandards, bStandards } = comparison;
  const { a, b } = wording;
  const scope = narrow(comparison, options.section);
  const inA = (section: string) => scope.a === null || scope.a.has(section);
  const inB = (section: string) => scope.b === null || scope.b.has(section);
  const standardInB = (standard: { section: string; number: number }) =>
    scope.bStandards === null ? inB(standard.section) : scope.bStandards.has(placeKey(standard));
  const theme = options.theme;
  const onTheme = (concepts: readonly string[]) => theme === undefined || concepts.some((id) => theme.concepts.has(id));
  const aInView = aStandards.map((standard, index) => ({ standard, index })).filter(({ standard, index }) => inA(standard.section) && onTheme(comparison.aConcepts[index]!));
  const bInView = bStandards.map((standard, index) => ({ standard, index })).filter(({ standard, index }) => standardInB(standard) && onTheme(comparison.bConcepts[index]!));
  const aKeys = new Set(aInView.map(({ standard }) => placeKey(standard)));
  const bKeys = new Set(bInView.map(({ standard }) => placeKey(standard)));
  const inViewA = (ref: Ref) => aKeys.has(placeKey(ref));
  const inViewB = (ref: Ref) => bKeys.has(placeKey(ref));
  // On a theme, the standards of each code on it, whatever the section.
  const themeKeys = (standards: readonly Standard[], concepts: readonly string[][]) =>
    new Set(standards.filter((_, index) => onTheme(concepts[index]!)).map(placeKey));
  const [aOnTheme, bOnTheme] = theme === undefined ? [null, null] : [themeKeys(aStandards, comparison.aConcepts), themeKeys(bStandards, comparison.bConcepts)];

  // A pair shows when either of its standards is in view, so that every standard in view is
  // listed once: in a pair, a merge or split, or as related or only in its code. Between codes
  // written apart, a report of A's section lists its own standards' pairs alone: a pair by
  // wording is likeness, not lineage ("Medi-Cal → Alaska (Integrity)" listed Medi-Cal's
  // Confidentiality 4 → Alaska's Conduct 6), and B's standard in it is related or only in B, as
  // any other. In a revision, B's standard that came from another section of A says so (moved).
  // Between codes written apart, on a theme, every standard of a pair, merge or split must be on
  // it: "Alaska → Wisconsin on Cultural responsiveness" counted no standard of Wisconsin on it,
  // then paired two of Alaska's with Wisconsin 6 and 7, which are on other matters. Its standards
  // on the theme are then related or only in their code, as the concept rows say. A revision's
  // pairs are lineage, not likeness: a standard reworded onto the theme or off it is still the
  // one it came from (Medi-Cal's Holistic Wellness 3 from Working Well Together's 2, on advocacy).
  const bSideShows = options.section === undefined || comparison.kind === "revision";
  const onThemeAll = (aRefs: readonly Ref[], bRefs: readonly Ref[]) =>
    aOnTheme === null || bOnTheme === null || comparison.kind === "revision" || (aRefs.every((ref) => aOnTheme.has(placeKey(ref))) && bRefs.every((ref) => bOnTheme.has(placeKey(ref))));
  const shows = (aRefs: readonly Ref[], bRefs: readonly Ref[]) =>
    (aRefs.some(inViewA) || (bRefs.some(inViewB) && bSideShows)) && onThemeAll(aRefs, bRefs);
  const pairs = comparison.pairs.filter((pair) => shows([pair.a], [pair.b]));
  const reading = readEdits(
    pairs.map(withNoteChanges),
    comparison.kind === "revision",
  );
  // The edit of a pair is read against the other pairs in view: a substitution is "throughout" among them.
  pairs.forEach((pair, index) => (pair.edit = reading.edits[index]!));
  const substitutions = reading.substitutions.map((group) => ({
    from: group.from,
    to: group.to,
    count: group.count,
    pairs: group.pairs.map((index) => {
      const [aStandard, bStandard] = comparison.standardsOf.get(pairs[index]!)!;
      return { a: toCitedRef(aStandard), b: toCitedRef(bStandard) };
    }),
  }));
  const merges = comparison.merges.filter((merge) => shows(merge.a, [merge.b]));
  const splits = comparison.splits.filter((split) => shows([split.a], split.b));
  // On a theme, a renamed section is told where a standard in view stands in it.
  const holdsInView = (inView: readonly { standard: Standard }[], section: string) => inView.some(({ standard }) => standard.section === section);
  const renamedSections = wording.renames.filter(
    (rename) => (inA(rename.a.id) || inB(rename.b.id)) && (theme === undefined || holdsInView(aInView, rename.a.id) || holdsInView(bInView, rename.b.id)),
  );

  // Accounted for by what is listed: a standard of B whose pair is not listed stands alone.
  const accountedA = new Set([...pairs.map((pair) => pair.a), ...merges.flatMap((merge) => merge.a), ...splits.map((split) => split.a)].map(placeKey));
  const accountedB = new Set([...pairs.map((pair) => pair.b), ...merges.map((merge) => merge.b), ...splits.flatMap((split) => split.b)].map(placeKey));
  const unpairedA = aInView.filter(({ standard }) => !accountedA.has(placeKey(standard)));
  const unpairedB = bInView.filter(({ standard }) => !accountedB.has(placeKey(standard)));
  // What the concepts weigh of each code: its standards in view, and the other halves of the
  // pairs, merges and splits listed, wherever they stand, in the code's order. With --section, a
  // half outside it was listed and not weighed: `diff alaska alaska-moved --section conflicts`
  // paired Conduct 8 with the revision's Conflicts of Interest 5 and said the revision "adds"
  // private practice; `diff alaska harbor --section conduct` paired Conduct 5 with Harbor's
  // Records 1, and said only Alaska keeps required records.
  const compared = (standards: readonly Standard[], inView: ReadonlySet<string>, accounted: ReadonlySet<string>) =>
    standards.map((standard, index) => ({ standard, index })).filter(({ standard }) => inView.has(placeKey(standard)) || accounted.has(placeKey(standard)));
  const aCompared = compared(aStandards, aKeys, accountedA);
  const bCompared = compared(bStandards, bKeys, accountedB);
  // The other code is what of it is compared, as in the concept rows below: with --section, a
  // standard of A whose matter B addresses only outside it, in no standard the report lists, is
  // only in A; on a theme, one whose
  // matters on it B has no standard on ("Alaska → Wisconsin on Cultural responsiveness" said
  // "0 only in Alaska" beside "2 only Alaska": Wisconsin addresses their other matters).
  const addressed = (inView: readonly { index: number }[], concepts: readonly string[][]) =>
    conceptSet(inView.map(({ index }) => concepts[index]!.filter((id) => theme === undefined || theme.concepts.has(id))));
  const aAddressed = addressed(aCompared, comparison.aConcepts);
  const bAddressed = addressed(bCompared, comparison.bConcepts);
  const onlyA = unpairedA.filter(({ index }) => !comparison.aConcepts[index]!.some((id) => bAddressed.has(id)));
  const onlyB = unpairedB.filter(({ index }) => !comparison.bConcepts[index]!.some((id) => aAddressed.has(id)));
  const relatedA = unpairedA.filter((entry) => !onlyA.includes(entry));
  const relatedB = unpairedB.filter((entry) => !onlyB.includes(entry));

  // Every concept a standard compared addresses (B's too, unless B is narrowed to what A's section
  // is about), with the standards compared on it: with --section, the rows of the whole codes
  // cited Alaska's Relationship with Clients 1 under a report of its Conduct, and read how Alaska
  // binds from it.
  const inViewConcepts = new Set([
    ...aCompared.flatMap(({ index }) => comparison.aConcepts[index]!),
    ...(scope.bStandards === null ? bCompared.flatMap(({ index }) => comparison.bConcepts[index]!) : []),
  ]);
  const alignment = alignConcepts(
    library,
    aCompared.map(({ standard }) => standard),
    aCompared.map(({ index }) => comparison.aConcepts[index]!),
    bCompared.map(({ standard }) => standard),
    bCompared.map(({ index }) => comparison.bConcepts[index]!),
  );
  const concepts = alignment.filter((row) => inViewConcepts.has(row.id) && (theme === undefined || theme.concepts.has(row.id)));
  const topicsInCode = options.topicsOf ?? ((code: Code, standards: readonly Standard[]) => topicsInView(library, code, standards));
  // On a theme, only its own topics: a standard on gifts that is also about loans said that only
  // one code addressed "Money and loans", which both do outside the theme.
  const onThemeTopics = theme === undefined ? undefined : themeTopics(library, theme);
  const topicsOf = (code: Code, standards: readonly Standard[]) => topicsInCode(code, standards).filter((topic) => onThemeTopics === undefined || onThemeTopics.has(topic.id));
  // Each side counts the standards the report lists of it: those in view, and the other half of a
  // pair, merge or split listed for its half in view. `diff alaska harbor --section conduct` said
  // "9 standards → 1" and "4 in 2 pairs by wording", one of them Harbor's Records 1: its parts
  // came to 11 standards of 10.
  const listed = (inView: readonly { standard: Standard }[], accounted: ReadonlySet<string>) => new Set([...inView.map(({ standard }) => placeKey(standard)), ...accounted]).size;
  const only = new Set(options.only ?? DIFF_STATUSES);
  const refs = (entries: readonly { standard: Standard }[]) => entries.map(({ standard }) => comparison.shown(standard));
  return {
    kind: comparison.kind,
    a: describeSide(library, a.code, scope.a, listed(aInView, accountedA)),
    b: describeSide(library, b.code, scope.b, listed(bInView, accountedB)),
    theme: theme === undefined ? null : { id: theme.id, name: theme.name },
    summary: summarize({ pairs, onlyA, onlyB, relatedA, relatedB, merges, splits, renamedSections, concepts }),
    pairs: pairs.filter((pair) => only.has(pair.status) || (only.has("changed") && listedAsChanged(pair, comparison.kind))),
    onlyA: only.has("removed") ? refs(onlyA) : [],
    onlyB: only.has("added") ? refs(onlyB) : [],
    relatedA: only.has("removed") ? refs(relatedA) : [],
    relatedB: only.has("added") ? refs(relatedB) : [],
    // A merge or split is a change of wording, not a removal or an addition: what its standards
    // say is still there, folded together or apart, as its redline shows. `--only removed`
    // listing a merge said that Respect 4 had gone from Medi-Cal, when Medi-Cal only added "be".
    merges: only.has("changed") ? merges : [],
    splits: only.has("changed") ? splits : [],
    renamedSections,
    substitutions: only.has("changed") ? substitutions : [],
    concepts,
    topics: topicCoverage(topicsOf(a.code, aCompared.map(({ standard }) => standard)), topicsOf(b.code, bCompared.map(({ standard }) => standard))),
  };
}

/**
 * Whether `--only changed` lists a pair whatever its wording: in a revision, one renumbered or
 * moved, which a reader citing the old code must cite anew. `diff wi my-wi --only changed`, where
 * my-wi renumbered Wisconsin 12 as 99 and changed no word, said "Nothing to list".
 */
export function listedAsChanged(pair: DiffPair, kind: DiffKind): boolean {
  return kind === "revision" && (pair.renumbered || pair.moved);
}

/** The topics a theme's concepts belong to: the topic itself, or the one concept's. */
function themeTopics(library: Library, theme: DiffTheme): Set<string> {
  return new Set(library.concepts.filter((concept) => theme.concepts.has(concept.id)).map((concept) => concept.topic));
}

/** What is in view, counted. */
function summarize(view: {
  pairs: readonly DiffPair[];
  onlyA: readonly unknown[];
  onlyB: readonly unknown[];
  relatedA: readonly unknown[];
  relatedB: readonly unknown[];
  merges: readonly Merge[];
  splits: readonly Split[];
  renamedSections: readonly SectionRename[];
  concepts: readonly ConceptAlignment[];
}): DiffSummary {
  const { pairs, concepts } = view;
  const count = (test: (pair: DiffPair) => boolean) => pairs.filter(test).length;
  return {
    same: count((pair) => pair.status === "same"),
    changed: count((pair) => pair.status === "changed"),
    added: view.onlyB.length + view.relatedB.length,
    removed: view.onlyA.length + view.relatedA.length,
    moved: count((pair) => pair.moved),
    renumbered: count((pair) => pair.renumbered),
    merges: view.merges.length,
    splits: view.splits.length,
    renamedSections: view.renamedSections.length,
    punctuationOnly: count((pair) => pair.edit === "punctuation"),
    substitutionsOnly: count((pair) => pair.edit === "substitutions"),
    onlyA: view.onlyA.length,
    onlyB: view.onlyB.length,
    relatedA: view.relatedA.length,
    relatedB: view.relatedB.length,
    concepts: {
      both: concepts.filter((row) => row.a.length > 0 && row.b.length > 0).length,
      onlyA: concepts.filter((row) => row.b.length === 0).length,
      onlyB: concepts.filter((row) => row.a.length === 0).length,
      stricterA: concepts.filter((row) => stricterSide(row) === "a").length,
      stricterB: concepts.filter((row) => stricterSide(row) === "b").length,
      alike: concepts.filter(sameStance).length,
    },
  };
}

/** The whole of two codes compared, before --section and --only choose what to show. */
interface Comparison {
  kind: DiffKind;
  wording: WordingAlignment;
  aStandards: Standard[];
  bStandards: Standard[];
  /** The concepts of each standard. */
  aConcepts: string[][];
  bConcepts: string[][];
  pairs: DiffPair[];
  /** The two standards of each pair. */
  standardsOf: ReadonlyMap<DiffPair, readonly [Standard, Standard]>;
  merges: Merge[];
  splits: Split[];
  /** A standard as diff lists it (DiffStandard). */
  shown: (standard: Standard) => DiffStandard;
}

function compare(library: Library, aCode: Code, bCode: Code): Comparison {
  const aStandards = allStandards(aCode);
  const bStandards = allStandards(bCode);
  const aConcepts = conceptsOfEach(library, aCode, aStandards);
  const bConcepts = conceptsOfEach(library, bCode, bStandards);
  // Without a concept index (a library of codes alone) nothing says two standards are on
  // different matters: the wording decides.
  const indexed = library.concepts.length > 0;
  const wording = alignWording(aCode, bCode, (aIndex, bIndex) => !indexed || shareConcept(aConcepts[aIndex]!, bConcepts[bIndex]!));
  const { a, b, matches, continuation } = wording;
  const known = knownConceptOf(library);
  const shown = (standard: Standard): DiffStandard => withKnownTags(standard, known);
  const inOrder = (standards: Standard[], indices: number[]) => [...indices].sort((x, y) => x - y).map((i) => standards[i]!);
  const standardsOf = new Map<DiffPair, readonly [Standard, Standard]>();
  const pairs = matches.map((match) => {
    const aStandard = a.standards[match.aIndex]!;
    const bStandard = b.standards[match.bIndex]!;
    const pair = toPair(shown(aStandard), shown(bStandard), match.similarity, continuation.get(aStandard.section));
    standardsOf.set(pair, [aStandard, bStandard]);
    return pair;
  });
  return {
    kind: comparisonKind(library, aCode, bCode),
    wording,
    aStandards,
    bStandards,
    aConcepts,
    bConcepts,
    pairs,
    standardsOf,
    merges: wording.merges.map(({ match, leftovers }) => {
      const parts = inOrder(a.standards, [match.aIndex, ...leftovers]);
      const into = b.standards[match.bIndex]!;
      return { a: parts.map(shown), b: shown(into), ...foldChanges(parts, [into]) };
    }),
    // A split's fold has the sides swapped (wording.ts): its aIndex is B's.
    splits: wording.splits.map(({ match, leftovers }) => {
      const from = a.standards[match.bIndex]!;
      const parts = inOrder(b.standards, [match.aIndex, ...leftovers]);
      return { a: shown(from), b: parts.map(shown), ...foldChanges([from], parts) };
    }),
    shown,
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

/**
 * A pair's changes and its notes' (which the redline shows apart, each note whole), so that a
 * note reworded is read as an edit, of its kind, as a changed text is.
 */
function withNoteChanges(pair: DiffPair): WordChange[] {
  if (pair.noteChanges.length === 0) return pair.changes;
  return [...pair.changes, { type: "same", text: "\n" }, ...pair.noteChanges];
}

/** Notes reworded, joined by line breaks; none where they are the same texts in the same order. */
function noteChangesBetween(before: readonly string[], after: readonly string[]): WordChange[] {
  return sameNotes(before, after) ? [] : wordChanges(before.join("\n"), after.join("\n"));
}

/** The standards on each side of a merge or split, each side read as one text, one after the other. */
function foldChanges(before: readonly Standard[], after: readonly Standard[]): FoldChanges {
  return {
    changes: wordChanges(before.map(fullText).join(" "), after.map(fullText).join(" ")),
    noteChanges: noteChangesBetween(before.flatMap((standard) => standard.notes), after.flatMap((standard) => standard.notes)),
  };
}

function toPair(aStandard: Standard, bStandard: Standard, similarity: number, continuation: Section | undefined): DiffPair {
  const before = fullText(aStandard);
  const after = fullText(bStandard);
  const noteChanges = noteChangesBetween(aStandard.notes, bStandard.notes);
  // A standard is its text, items and notes: one whose note alone was reworded is changed.
  const status: PairStatus = sameWording(before, after) && noteChanges.length === 0 ? "same" : "changed";
  return {
    a: aStandard,
    b: bStandard,
    similarity: Math.round(similarity * 1000) / 1000,
    status,
    changes: status === "same" ? [] : wordChanges(before, after),
    noteChanges,
    edit: "none",
    moved: continuation !== undefined && continuation.id !== bStandard.section,
    renumbered: continuation !== undefined && continuation.id === bStandard.section && aStandard.number !== bStandard.number,
  };
}

interface Scope {
  /** Section ids of A in the comparison; null for all. */
  a: Set<string> | null;
  b: Set<string> | null;
  /** Where B has no section to match A's: the standards of B in view (placeKey), else null. */
  bStandards: Set<string> | null;
}

/**
 * --section narrows A to that section, and B to its section of that name, else to the section
 * A's was renamed to, else to the standards A's pair with or share a concept with.
 */
function narrow(comparison: Comparison, input: string | undefined): Scope {
  if (input === undefined) return { a: null, b: null, bStandards: null };
  const { a, b } = comparison.wording;
  const target = resolveSection(a.code, input);
  if (target.kind === "values") {
    throw new UsageError(
      "diff compares standards, not value statements",
      `choose a section of ${a.code.id}: ${a.code.sections.map((section) => section.id).join(", ")}`,
    );
  }
  const aSection = target.section.id;
  const named = sectionNamed(b.code, input) ?? comparison.wording.continuation.get(aSection);
  if (named) return { a: new Set([aSection]), b: new Set([named.id]), bStandards: null };
  const inSection = comparison.aStandards.flatMap((standard, index) => (standard.section === aSection ? [index] : []));
  const concepts = new Set(inSection.flatMap((index) => comparison.aConcepts[index]!));
  const related = [
    ...comparison.pairs.filter((pair) => pair.a.section === aSection).map((pair) => pair.b),
    ...comparison.bStandards.filter((_, index) => comparison.bConcepts[index]!.some((id) => concepts.has(id))),
  ];
  return {
    a: new Set([aSection]),
    b: new Set(related.map((standard) => standard.section)),
    bStandards: new Set(related.map(placeKey)),
  };
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

function describeSide(library: Library, code: Code, sections: Set<string> | null, standards: number): DiffSide {
  return {
    code: code.id,
    title: code.title,
    shortName: code.shortName,
    derivedFrom: code.source.derivedFrom ?? null,
    conceptsInferred: library.concepts.length > 0 && hasInferredConcepts(library, code),
    sections: sections === null ? null : code.sections.filter((section) => sections.has(section.id)).map(sectionName),
    standards,
  };
}
