// Concepts for the standards of a code nobody curated (one a user added), worked out three ways:
// a standard that says what a curated standard says (most of its meaningful words, by TF-IDF
// cosine) is about what that one is about — agencies often start from a published code; unless
// it nearly copies a curated one, a standard is also about the concepts whose longer entry terms
// it uses (a single word proves little) and those several of its looser neighbours agree on. Measured on the built-in codes, each inferred from the other four, this
// recovers the curated topics with precision and recall near 0.9 (test/core/concepts).
import type { Concept, Standard } from "../../model.js";
import { buildTermModel, cosineColumns, cosineRowInto, termList, termVector, type CosineColumns, type TermModel } from "../compare/similarity.js";
import { ruleNameOf, standardContentStems, standardKeyOf, standardWords } from "../codes/standard-text.js";
import { curatedTags } from "./curated-tags.js";
import { compileTerms, contentStemsOf, isWordForWord, matchTerm, textSequence, type TermPhrase } from "./terms.js";

/**
 * Cosine from which a curated standard is the same rule in other words, as `diff` pairs them
 * (compare/wording.ts). Inference no longer takes such a neighbour's concepts whole: see
 * NEAR_COPY_SIMILARITY.
 */
export const NEIGHBOUR_SIMILARITY = 0.5;

/**
 * Cosine from which a curated standard is a near copy: then the standard is about what that one
 * is about and no more. Below it, a likeness is partial, and the matters the standard's own
 * telling terms name count too: "Accepting or giving gifts, if allowed by the agency, must be
 * clearly related to the peer's recovery process" resembles a rule on the person's own recovery
 * process, and is about gifts. Measured on the built-in codes, each inferred from the others
 * (npm run eval, codes written apart): 0.7 and 0.8 alike, better than always or never.
 * It is also the likeness from which a neighbour's concepts are taken whole. From 0.5 (the
 * fifty-eighth session) a rule on one of a neighbour's matters took all of them ("Never lend
 * money to someone you support" took hiring and private practice from Medi-Cal Integrity 7);
 * from 0.7, with likenesses below voting (VOTE_SIMILARITY), precision against the curated tags
 * (each code inferred from the others, its lineage left out) went 0.8095 → 0.8439 and recall
 * 0.5296 → 0.5275; searched within each code written apart (the tuning file, inferred), first
 * hits rose for California (0.7087 → 0.7227), Medi-Cal (0.7415 → 0.7546) and North Carolina
 * (0.8627 → 0.8676), recall moved 0.8450 → 0.8459 and 0.8382 → 0.8317, the rest unchanged.
 */
export const NEAR_COPY_SIMILARITY = 0.7;

/**
 * Below NEAR_COPY_SIMILARITY one curated standard proves little, but several that agree do: a
 * concept that AGREEING_NEIGHBOURS curated standards of cosine VOTE_SIMILARITY or more are all
 * about is one more the standard is about (a nearest-neighbour vote, as classifiers of legal and
 * medical text take). Measured on the built-in codes, each inferred from the others with its
 * lineage left out: against the curated tags, precision 0.8078 → 0.8089 and recall 0.5198 →
 * 0.5281; searched within each (npm run eval, codes written apart, the tuning file) 0.8770 /
 * 0.7824 → 0.8800 / 0.7910 (Alaska and North Carolina gained, the others did not move). Two
 * agreeing neighbours, or a floor of 0.2, found more and lost precision and first hits; floors
 * of 0.22–0.28 measured alike.
 */
export const VOTE_SIMILARITY = 0.25;
export const AGREEING_NEIGHBOURS = 3;

/**
 * A guessed standard's likeness to curated ones, kept for search (search/likeness.ts): the
 * curated standards of cosine LIKENESS_FLOOR or more, the LIKENESS_NEIGHBOURS most alike. A rule
 * written apart from the curated codes shares a few of a curated rule's meaningful words where
 * it governs the same matter in its own wording; search lends it some of the rank those rules
 * earn. Measured on the built-in codes, each written apart with its lineage left out (npm run
 * eval, codes written apart, the tuning file; recall / first hit): 5, 8, 10, 12 and 20
 * neighbours 0.8953, 0.9005, 0.9021, 0.9024 and 0.9027 / 0.7841–0.7848, where each neighbour
 * kept costs a first run and every search over such codes a few bytes; a floor of 0.15, 0.8978
 * / 0.7827 (20 neighbours). Prototyped first, floors of 0, 0.2 and 0.3 gave 0.9076, 0.8979 and
 * 0.8867 against 0.9076 at 0.1.
 */
export const LIKENESS_FLOOR = 0.1;
export const LIKENESS_NEIGHBOURS = 10;

/** A curated standard (its column in InferenceModel.vectors) a guessed one is like, and how much (cosine). */
export interface Likeness {
  column: number;
  similarity: number;
}

/** What inference compares a standard with: the curated standards, as vectors, and the concepts' telling terms. */
export interface InferenceModel {
  model: TermModel;
  vectors: CosineColumns;
  /** The concept ids of each curated standard, as `vectors` orders them. */
  tags: string[][];
  /** The code of each curated standard, in the same order. */
  codes: string[];
  /** Each curated standard, as ruleNameOf names it, in the same order: what a guess's likeness names. */
  names: string[];
  /**
   * The concepts' telling phrases whose first meaningful word has this stem (a phrase matches
   * only a text that has all of its words): compiled on first use, since a code copied from a
   * curated one never needs them.
   */
  phrasesFrom: (stem: string) => readonly TellingPhrase[] | undefined;
  order: Map<string, number>;
}

/** A concept's telling phrase: one of its terms (or its name) that says something on its own. */
export interface TellingPhrase {
  id: string;
  phrase: TermPhrase;
}

/** Terms that say something on their own: several meaningful words, or small words that fix the meaning. */
function tellingPhrases(concept: Concept): TermPhrase[] {
  return compileTerms([concept.name, ...concept.terms]).filter((phrase) => contentStemsOf(phrase).length > 1 || isWordForWord(phrase));
}

/** Every concept's telling phrases, by the stem of their first meaningful word, in the index's order. */
export function phrasesByFirstStem(concepts: readonly Concept[]): Map<string, TellingPhrase[]> {
  const byStem = new Map<string, TellingPhrase[]>();
  for (const concept of concepts) {
    for (const phrase of tellingPhrases(concept)) {
      const first = contentStemsOf(phrase)[0]!;
      let list = byStem.get(first);
      if (list === undefined) byStem.set(first, (list = []));
      list.push({ id: concept.id, phrase });
    }
  }
  return byStem;
}

/** The stems of a standard's meaningful words, as text.ts terms() gives them. */
const termsOf = (standard: Standard): readonly string[] => standardContentStems(standard);

/** Made once for a library: `curated` are the standards the concept index tags. */
export function inferenceModel(curated: readonly Standard[], concepts: readonly Concept[]): InferenceModel {
  const tagsOf = curatedTags(concepts, (concept) => concept.id);
  const tagged = curated.filter((standard) => tagsOf.has(standardKeyOf(standard)));
  const curatedTerms = tagged.map(termsOf);
  const model = buildTermModel(curatedTerms);
  let phrases: Map<string, TellingPhrase[]> | undefined;
  return {
    model,
    vectors: cosineColumns(curatedTerms.map((each) => termVector(each, model))),
    tags: tagged.map((standard) => tagsOf.get(standardKeyOf(standard))!),
    codes: tagged.map((standard) => standard.code),
    names: tagged.map(ruleNameOf),
    phrasesFrom: (stem) => (phrases ??= phrasesByFirstStem(concepts)).get(stem),
    order: new Map(concepts.map((concept, at) => [concept.id, at])),
  };
}

/** Cosine of two standards in the same words (rounding aside). */
const SAME_WORDS = 1 - 1e-9;

/**
 * The concept ids of each of `standards`, in the concept index's order. `parent` is the code
 * theirs derives from (source.derivedFrom): a standard in the same words as one of the parent's
 * is about just what that one is about, not about its other neighbours' matters too, so that a
 * copy of a code compares with its original only where its wording does. `copied`, if given, is
 * told which standards took their concepts whole from a near copy (or the parent's same words):
 * those are a reading, the others' a guess. `likeness`, if given, is told each guess's likeness
 * to the curated standards (a reading's is its copy's). A guess is also about the matters its
 * section's title names (see "Section titles" below).
 */
export function inferConcepts(standards: readonly Standard[], inference: InferenceModel, parent?: string, copied?: boolean[], likeness?: (readonly Likeness[] | undefined)[]): string[][] {
  // A section's title read once, for all of its standards.
  const ofTitle = new Map<string, ReadonlySet<string>>();
  // One row of cosines at a time, in memory used again: only the columns a row touched are read and cleared.
  const row = new Float64Array(inference.vectors.count);
  const touched: number[] = [];
  const positions = new Map<string, number>();
  const votes = new Map<string, number>();
  const ofParent = parent === undefined ? undefined : columnsOf(inference, parent);
  return standards.map((standard, at) => {
    touched.length = 0;
    cosineRowInto(termList(termsOf(standard), inference.model, positions), inference.vectors, row, touched);
    const found = new Set<string>();
    // One id or none is in order already.
    const ordered = () => (found.size < 2 ? [...found] : [...found].sort((a, b) => inference.order.get(a)! - inference.order.get(b)!));
    const clear = () => {
      for (const column of touched) row[column] = 0;
    };
    if (ofParent !== undefined) {
      for (const column of touched) {
        if (ofParent[column] === 1 && Math.min(1, row[column]!) >= SAME_WORDS) for (const id of inference.tags[column]!) found.add(id);
      }
    }
    if (found.size > 0) {
      clear();
      if (copied) copied[at] = true;
      return ordered();
    }
    // Only a near copy is about all its original is about: a standard partly like a curated one
    // (Medi-Cal Integrity 7, tagged with lending, payment, business dealings, hiring and private
    // practice) may speak of one of its matters alone ("Never lend money to someone you support"),
    // so a partial likeness is a vote below, where other neighbours must agree.
    let nearest = 0;
    for (const column of touched) {
      const value = Math.min(1, row[column]!);
      if (value >= NEAR_COPY_SIMILARITY) for (const id of inference.tags[column]!) found.add(id);
      if (value > nearest) nearest = value;
    }
    // A near copy keeps to its original's concepts: its neighbours' votes are not counted at all
    // (counting them for every standard of a copied code took ~2% of a first run's CPU).
    if (nearest < NEAR_COPY_SIMILARITY) {
      votes.clear();
      for (const column of touched) {
        const value = Math.min(1, row[column]!);
        if (value >= VOTE_SIMILARITY) for (const id of inference.tags[column]!) votes.set(id, (votes.get(id) ?? 0) + 1);
      }
      for (const [id, count] of votes) if (count >= AGREEING_NEIGHBOURS) found.add(id);
      if (likeness) likeness[at] = likenessOf(row, touched);
    }
    clear();
    if (copied) copied[at] = nearest >= NEAR_COPY_SIMILARITY;
    if (nearest < NEAR_COPY_SIMILARITY) {
      addTellingConcepts(inference, standardWords(standard), found);
      const title = standard.sectionTitle;
      if (title !== "") {
        let named = ofTitle.get(title);
        if (named === undefined) ofTitle.set(title, (named = addTellingConcepts(inference, withoutPlaceLabel(title), new Set())));
        for (const id of named) found.add(id);
      }
    }
    return ordered();
  });
}

// Section titles. A guess (a standard no near copy of a curated one) is also about the concepts
// whose telling phrases its section's title says: a code written in its own words files its rules
// under headings that name their matter ("Saying goodbye", "Phones and social media", "Personal
// Recovery and Fitness for Duty"), while a rule under one says it in words of its own ("Mentors
// tell their mentee a month before the match ends") that name no concept. A reader takes the
// heading with the rule; inference did not. A title is matched as a rule's words are (telling
// phrases only: "Confidentiality" alone names nothing), so most titles add nothing. Measured
// (scripts/tune-apart.ts, tuning halves only; recall@10 / first hit): questions on codes written for the evaluation, pooled, 0.6564 /
// 0.4825 → 0.6784 / 0.4912 (apart62 0.7018 / 0.6053 unchanged, apart63 0.6623 → 0.6886 / 0.4211,
// apart67 0.6053 / 0.4211 → 0.6447 / 0.4474); the built-in codes each written apart (whose
// titles mostly name a principle, "Integrity", not a matter) 0.9198 / 0.8053 → 0.9192 / 0.8031.
// Tried: the title's concepts only where the rule's own words found none, 0.6564 / 0.4912.

/**
 * A title's leading label ("Part 2", "Section 3.", "Article IV:", "2.", "A)") says where it
 * stands, not what it is about: "Part 2 Conduct" is about conduct, not the federal privacy rule
 * that an entry term "Part 2" names.
 */
const PLACE_LABEL = /^\s*(?:(?:part|section|article|chapter|unit|canon|principle)\s+(?:\d+|[ivxlc]+|[a-z])\b[.:)]?|(?:\d+|[ivxlc]+|[a-z])[.:)])\s*/i;

export function withoutPlaceLabel(title: string): string {
  return title.replace(PLACE_LABEL, "");
}

/** Add to `found` the concepts whose telling phrases `text` says; `found` returned. */
function addTellingConcepts(inference: InferenceModel, text: string, found: Set<string>): Set<string> {
  const sequence = textSequence(text);
  for (const stemmed of sequence.positions.keys()) {
    for (const { id, phrase } of inference.phrasesFrom(stemmed) ?? []) if (!found.has(id) && matchTerm(phrase, sequence) !== null) found.add(id);
  }
  return found;
}

/**
 * Which of the model's columns are standards of the code `code` (1) and which are not (0): told
 * once a code, where comparing each touched column's code with the parent's id, for every
 * standard, took ~1% of making a copy's index part.
 */
function columnsOf(inference: InferenceModel, code: string): Uint8Array {
  const flags = new Uint8Array(inference.codes.length);
  inference.codes.forEach((each, column) => {
    if (each === code) flags[column] = 1;
  });
  return flags;
}

/** The curated standards `row` (a standard's cosines, `touched` its columns with any) finds alike, most alike first (LIKENESS_FLOOR, LIKENESS_NEIGHBOURS). */
function likenessOf(row: Float64Array, touched: readonly number[]): Likeness[] {
  const alike: Likeness[] = [];
  for (const column of touched) {
    const similarity = Math.min(1, row[column]!);
    if (similarity >= LIKENESS_FLOOR) alike.push({ column, similarity });
  }
  // Equal likeness in column order: what is kept never depends on the order columns were touched in.
  alike.sort((a, b) => b.similarity - a.similarity || a.column - b.column);
  alike.length = Math.min(alike.length, LIKENESS_NEIGHBOURS);
  return alike;
}
