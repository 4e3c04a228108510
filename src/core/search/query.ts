// What a query asks for, in the index's terms. Each meaningful word stands for its own stem, the
// word forms the stemmer does not join (supervision → supervisor) and, for a word neither the
// codes nor the concept index use, the words it is a typo of (for a misspelt word whose stem is
// another word's, those of other stems). The concepts whose entry terms the query uses are what
// it is about; every word also weighs how much it tells (a word rare in the codes and in what
// practitioners ask about, such as "wedding", tells more than "client").
import { EthicsError, NoStandardMatches, UsageError } from "../errors.js";
import { queryShown } from "../shorten.js";
import { contentStemsOf, isWordForWord, matchTerm, matchTermApart, tokenSequence, type TermPhrase, type TokenSequence } from "../concepts/terms.js";
import { hasMeaningfulWord, stem, STOP_WORDS, words } from "../text.js";
import { documentCount, documentFrequency, lookup, stemsStartingWith, type IndexedConcept, type SearchIndex } from "./inverted-index.js";
import { sortedStartingWith } from "./sorted.js";
import { hasTermStem, termAt, termOwner, termStems, termsUsing, termWordsIn } from "./term-index.js";
import { tableGet, tableHas } from "./packed-table.js";
import { allowedEdits, correctTypo } from "./typo.js";
import { inverseFrequency } from "./idf.js";
import { collectionStems } from "./collection-words.js";
import { splitCompound } from "./compounds.js";
import { hasSmallWord, joinsIn, withJoins, type Join } from "./written-apart.js";
import { wordsSoundingLike } from "./sound-alike.js";
import { askedApart, runOnOpeningApart } from "./asker.js";
import { requestApart, verdictApart } from "./verdict.js";
import { colleagueDoingAt } from "./colleague-doer.js";
import { askerObjectMatches } from "./asker-object-terms.js";
import { otherFormStems } from "./irregular-verbs.js";
import { namesServedPersonAt, SERVED_STEMS } from "../concepts/served-person.js";
import { askerHadItDone, namesSomeone, saidOfSomeoneElse, saidToAsker, servingVerbAt } from "./someone.js";
import { withoutStance } from "./stance.js";
import { withoutStudyFraming } from "./study-framing.js";
import { sentencesToRead } from "./long-query.js";
import { spelledOut, withTextingSpelledOut } from "./texting.js";
import { ethicsForLibrary } from "../command-start.js";
import { madeWhenUsed } from "../made-when-used.js";

/** Distinct meaningful words of a query considered: enough for a situation told in a few sentences (and a bit mask). */
export const MAX_QUERY_TERMS = 24;
/** Words of one query sent to typo correction, each a pass over the vocabulary. */
const MAX_TYPO_WORDS = 6;
/** Words of a query read at all, small words included: a few sentences. */
const MAX_SEQUENCE_WORDS = 6 * MAX_QUERY_TERMS;
/** No word of the codes is longer; a longer "word" (a pasted hash, a run of letters) is not looked up. */
export const MAX_WORD_LENGTH = 40;

/**
 * Stems shorter than this are never related as word forms: "intim" (intimate) is a prefix of
 * "intimid" (intimidate), "care" of "career". From this length on, a stem that extends another
 * by a few letters is a form the stemmer missed: supervis (supervise, supervision) → supervisor.
 */
const FORM_MIN_LENGTH = 6;
/** Letters a stem may add to another and still be its word form. */
const FORM_EXTRA_LETTERS = 3;
/**
 * A word the codes do not use, this long or longer, may be an abbreviation ("psych", "cert",
 * "eval"); two letters begin too many words to stand for one ("po": police, policy, point…).
 */
const ABBREVIATION_MIN_LENGTH = 3;

export function areWordForms(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short !== long && short.length >= FORM_MIN_LENGTH && long.length - short.length <= FORM_EXTRA_LETTERS && long.startsWith(short);
}

/**
 * A term whose meaningful words all occur in the query, but farther apart than a phrase
 * (matchTermApart), names its concept at this share of a term matched close together: a
 * question told at length puts the words of one matter in different clauses, yet words that far
 * apart may also belong to different matters.
 */
export const APART_FACTOR = 0.5;
/** How much a match counts compared with the query's own word. */
const FORM_WEIGHT = 0.8;
const TYPO_WEIGHT = 0.8;
/**
 * What a word neither the codes nor the concept index know weighs: as much as a common word. It
 * cannot be matched, so it lowers how much of the query any standard answers, but a name or a
 * stray word should not make every answer look unrelated.
 */
const UNKNOWN_WEIGHT = 1.5;

/** A stem a standard may use for a query word, and how much that use counts. */
export interface Alternative {
  stem: string;
  weight: number;
}

/** A meaningful word of the query (one per stem). */
export interface QueryWord {
  word: string;
  stem: string;
  /** Its stem, word forms and corrections that the codes use: what the texts are searched for. */
  alternatives: Alternative[];
  /** Every stem it stands for, those only the concept index uses included. */
  standsFor: Set<string>;
  /** How much the word tells about what the query is about (see wordWeight). */
  weight: number;
  /** Neither the codes nor the concept index use it or anything it may be a typo of. */
  unknown: boolean;
  /**
   * For a word the codes do not use, the stems of entry terms' words it begins (cert →
   * certif, psych → psychiatr): what it may abbreviate inside a term whose other words the
   * query uses too. Never an everyday word (SearchIndex.realWords: "week" is not "weekend").
   */
  abbreviates: string[];
}

/** A concept (or topic) the query names through one or more of its terms. */
export interface ConceptMatch {
  concept: IndexedConcept;
  /** Its position in SearchIndex.concepts. */
  at: number;
  /** The query words its terms cover, as a bit mask over QueryPlan.words. */
  covers: number;
  /** The query words only its terms matched apart cover (matchTermApart): weaker evidence. */
  apart: number;
}

export interface QueryPlan {
  words: QueryWord[];
  /** Concepts first, then topics, each in index order. */
  matches: ConceptMatch[];
  /** The weights of all words together: what a standard that answers everything covers. */
  totalWeight: number;
  /** The question is about someone besides the asker (someone.ts). */
  namesSomeone: boolean;
  /**
   * The words (a mask of `words`) said only of someone besides the asker wherever they stand
   * ("client showed up drunk"): none of them is a matter of the worker's own condition.
   */
  saidOfOthers: number;
  /** The words said only to the asker wherever they stand ("yelled at me"): none of them is the worker's conduct (saidToAsker). */
  saidToAsker: number;
  /** Of those, the words for a deed of the worker's toward someone: a term of a marked concept (Concept.actor) uses them ("yelled", "threatened"). */
  deedsToAsker: number;
}

interface QueryText {
  /** Meaningful words, one per stem, in order, at most MAX_QUERY_TERMS. */
  distinct: string[];
  /** Every word in order, small words and repeats kept, at most MAX_SEQUENCE_WORDS. */
  sequence: string[];
}

/** A sum of money written with its sign ($40, $ 1,000, 20$). */
const AMOUNT = /\$\s?\d[\d,.]*|\d[\d,.]*\s?\$/g;
/**
 * A sum of money said in words: a number (in digits or words: "a hundred", "a couple of
 * hundred") and the currency ("100 dollars", "twenty bucks", "a few hundred bucks"). The codes
 * say "money", never "dollars": such a sum names the matter as "$100" does. Plural only: "a
 * dollar limit" is about a limit, and its phrase must stay whole.
 */
const NUMBER_WORD = "\\d[\\d,.]*k?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|few|couple|several";
/** Compiled on first use: with the `i` flag V8 works out every class's other cases (see verdict.ts), and few queries name a currency. */
let sumInWords: RegExp | undefined;
const CURRENCY_WORD = /\b(?:dollars|bucks)\b/;

/** A query with "money" said beside each sum: "offers me $40" is about money, though no word says so. */
function sayAmounts(query: string): string {
  const signed = query.includes("$") ? query.replace(AMOUNT, (amount) => `${amount} money`) : query;
  if (!CURRENCY_WORD.test(signed.toLowerCase())) return signed;
  sumInWords ??= new RegExp(`\\b(?:${NUMBER_WORD})(?:[\\s-]+(?:of|${NUMBER_WORD})){0,4}[\\s-]+(?:dollars|bucks)\\b`, "gi");
  return signed.replace(sumInWords, (sum) => `money ${sum}`);
}

/** "what kind of words", "sort of": a quantifier, which names neither kindness (its stem) nor sorting. */
const KIND_OF = /\b(?:[Kk]inds?|[Ss]orts?)\s+of\b/g;

function withoutKindOf(query: string): string {
  const lower = query.toLowerCase();
  return lower.includes("kind") || lower.includes("sort") ? query.replace(KIND_OF, "of") : query;
}

/** Search's limits on what it reads of a query (long-query.ts reads a longer one by its sentences). */
const LIMITS = { distinct: MAX_QUERY_TERMS, words: MAX_SEQUENCE_WORDS };

/** A text's words as search reads them, small words included: sums of money said, texting spelled out, each as `restore` writes it; none longer than any word of the codes. */
function wordsAsRead(text: string, restore: (word: string) => string): string[] {
  return words(withTextingSpelledOut(sayAmounts(text)))
    .map((typed) => restore(spelledOut(typed)))
    .filter((word) => word.length <= MAX_WORD_LENGTH);
}

/**
 * The words of `query`, in order, up to the limits (MAX_QUERY_TERMS distinct meaningful ones,
 * MAX_SEQUENCE_WORDS in all); `cut` when the limits left some out, `tooLong` when a word was
 * longer than any word of the codes.
 */
function readWords(query: string, restore: (word: string) => string): { text: QueryText; cut: boolean; tooLong: boolean } {
  const seen = new Set<string>();
  const text: QueryText = { distinct: [], sequence: [] };
  let tooLong = false;
  // A few sentences are read; a pasted book is not (it would only cost time).
  const shortened = query.slice(0, MAX_SEQUENCE_WORDS * (MAX_WORD_LENGTH + 1));
  let cut = shortened.length < query.length;
  const read = sayAmounts(shortened);
  // A query that is only a stance and its subject ("honestly I") is read whole: nothing else is asked.
  const asked = withoutStance(withoutStudyFraming(withoutKindOf(read)));
  const meant = asked === read || hasMeaningfulWord(asked) ? asked : read;
  for (const typed of words(withTextingSpelledOut(meant))) {
    const word = restore(spelledOut(typed));
    if (word.length > MAX_WORD_LENGTH) {
      tooLong = true;
      continue;
    }
    if (text.sequence.length < MAX_SEQUENCE_WORDS) text.sequence.push(word);
    else cut = true;
    if (STOP_WORDS.has(word)) continue;
    const stemmed = stem(word);
    if (!seen.has(stemmed)) {
      if (text.distinct.length < MAX_QUERY_TERMS) {
        seen.add(stemmed);
        text.distinct.push(word);
      } else cut = true;
    }
  }
  return { text, cut, tooLong };
}

/** The sentences of a query over the limits that search reads (long-query.ts), counted as it reads them. */
function sentencesWithinLimits(query: string, restore: (word: string) => string): string {
  return sentencesToRead(query, LIMITS, (text) => wordsAsRead(text, restore));
}

/** The query as search reads it: whole within the limits, else by the sentences that matter most. */
function withinLimits(query: string, restore: (word: string) => string): string {
  return readWords(query, restore).cut ? sentencesWithinLimits(query, restore) : query;
}

/** `restore`: a word as it was meant to be written (withDroppedG), where the index is at hand. */
function readQuery(query: string, restore: (word: string) => string = (word) => word): QueryText {
  // An empty query asks nothing (`search ""`, `search "$Q"` with Q unset): a usage error, as
  // `search` with no words and `show ""` are; a query of common words alone is a no-match.
  if (query.trim() === "") {
    throw new UsageError("nothing to search for", `give words or a situation, e.g. \`${ethicsForLibrary()} search "a gift from a peer"\``);
  }
  const whole = readWords(query, restore);
  // Read in order, a story told at length would use the limits up before its question.
  const { text, tooLong } = whole.cut ? readWords(sentencesWithinLimits(query, restore), restore) : whole;
  if (text.distinct.length === 0) {
    const shown = queryShown(query);
    // A run of letters longer than any word is not a common word: say why it was left out.
    if (tooLong) {
      throw new NoStandardMatches(
        shown,
        "it has no words to search for",
        `a "word" over ${MAX_WORD_LENGTH} letters is not looked up (no word of the codes is that long); search for what it is about, e.g. gifts, money, confidentiality`,
      );
    }
    throw new NoStandardMatches(
      shown,
      "it has no words to search for",
      "common words (can, I, the, shall, not, …) are left out; add what it is about, e.g. gifts, money, confidentiality",
    );
  }
  // A Latin letter alone names nothing ("c", "b": a slip, or an item's label): its only
  // matches were the letter of "hep C" or "plan B" in what people ask, and they were offered as
  // answers. Within words ("vitamin d", "plan b") it is read as before.
  if (text.distinct.every(isLoneLatinLetter)) {
    throw new NoStandardMatches(
      queryShown(query),
      text.distinct.length === 1 ? "a letter alone is not a word to search for" : "letters alone are not words to search for",
      "search for what it is about, e.g. gifts, money, confidentiality",
    );
  }
  return text;
}

const loneLatinLetter = madeWhenUsed(() => /^\p{Script=Latin}$/u);

/**
 * A word of one Latin letter. Asked of a word longer than a character, no: \p{Script=Latin} is a
 * Unicode set V8 builds when the expression is made (madeWhenUsed), which a search of words
 * alone never needs.
 */
const isLoneLatinLetter = (word: string): boolean => word.length === 1 && loneLatinLetter().test(word);

/** The query's meaningful words, one per stem, in order, at most MAX_QUERY_TERMS. */
export function queryWords(query: string): string[] {
  return readQuery(query).distinct;
}

/**
 * The index's stems that are word forms of `stemmed`: the shorter ones are its own prefixes, the
 * longer ones start with it.
 */
function wordForms(index: SearchIndex, stemmed: string): string[] {
  if (stemmed.length < FORM_MIN_LENGTH) return [];
  const shorter: string[] = [];
  for (let length = Math.max(FORM_MIN_LENGTH, stemmed.length - FORM_EXTRA_LETTERS); length < stemmed.length; length++) {
    const prefix = stemmed.slice(0, length);
    if (lookup(index.postings, prefix) !== undefined) shorter.push(prefix);
  }
  return [...shorter, ...stemsStartingWith(index, stemmed).filter((longer) => areWordForms(stemmed, longer))];
}

/**
 * The noun in -ment of a short verb, and the verb of such a noun (pay / payment, treat /
 * treatment, employ / employment): Porter strips -ment only from a longer stem, so it leaves
 * these pairs apart. Only the stems the codes use.
 */
function mentForms(index: SearchIndex, word: string, stemmed: string): string[] {
  const base = word.endsWith("ments") ? word.slice(0, -5) : word.endsWith("ment") ? word.slice(0, -4) : undefined;
  const other = base === undefined ? stem(`${word}ment`) : base.length >= 3 ? stem(base) : undefined;
  return other !== undefined && other !== stemmed && lookup(index.postings, other) !== undefined ? [other] : [];
}

/**
 * How much a stem tells: the less of the codes' standards use it, and the fewer of the concept
 * index's matters are asked about with it, the more. Each alone misleads: "client" is rare in
 * the codes but in questions about every matter; a word of every standard ("peer") says nothing.
 */
function stemWeight(index: SearchIndex, stemmed: string): number {
  const packed = lookup(index.postings, stemmed);
  const inTexts = inverseFrequency(documentCount(index), packed === undefined ? 0 : documentFrequency(packed));
  if (index.concepts.length === 0) return inTexts;
  const inConcepts = tableGet(index.conceptPostings, stemmed);
  return Math.min(inTexts, inverseFrequency(index.concepts.length, inConcepts === undefined ? 0 : documentFrequency(inConcepts)));
}

function isKnown(index: SearchIndex, stemmed: string): boolean {
  return lookup(index.postings, stemmed) !== undefined || tableHas(index.conceptPostings, stemmed);
}

/** A word spelt right that the vocabulary lacks: an everyday word, not a slip. */
function isRealWord(index: SearchIndex, word: string): boolean {
  return ` ${index.realWords} `.includes(` ${word} `);
}

/**
 * A word that neither the vocabulary nor spoken English (with the inflections of its words: see
 * real-words.ts) spells: though its stem is known, it may be a slip that landed on another word's
 * stem ("huging" is stemmed as huge; hugging was meant).
 */
function mayBeSlip(index: SearchIndex, word: string): boolean {
  return !` ${index.words} `.includes(` ${word} `) && !isRealWord(index, word);
}

/**
 * Whether a word may stand for one that sounds the same (sound-alike.ts: "lone" for loan, "duel"
 * for dual): an English word (realWords holds those that sound like a word of the vocabulary),
 * neither it nor its stem a word of the codes, nor a word of an entry term. Read as itself, such
 * a word gave confident answers on another matter ("lone": loneliness) or only loosely related
 * ones. An abbreviation is no such word ("acct" is not act).
 */
function mayBeSoundAlike(index: SearchIndex, word: string, stemmed: string): boolean {
  return allowedEdits(word.length) > 0 && lookup(index.postings, stemmed) === undefined && isRealWord(index, word) && !` ${index.words} `.includes(` ${word} `);
}

/**
 * Whether the stemmer made the stem out of other letters than the word's own first ones: an e it
 * added (hoping → hope), a doubled letter it undid (getting → get), a y it turned (happy →
 * happi). A slip lands on another word's stem that way (huging → huge, carring → car); a stem
 * typed in full is the stem meant.
 */
export function stemRewrites(word: string, stemmed: string): boolean {
  return !word.startsWith(stemmed) || (word.length > stemmed.length && word[stemmed.length] === stemmed[stemmed.length - 1]);
}

/**
 * What the query asks. A question that opens with who asks ("As a CPSS, …", "I'm a parent
 * partner. …": asker.ts) is read without that opening, and one that closes by asking for a
 * verdict on what it told ("…, is that unethical?": verdict.ts) without that verdict, when the
 * rest names a matter of its own. A verdict that names a matter ("…, is that a boundary
 * violation?") is read with the rest, its own words at VERDICT_FACTOR. An opening that runs on
 * into the question ("I'm a parent partner and …") is read with it, its own words at ROLE_FACTOR.
 */
export function planQuery(index: SearchIndex, asGiven: string): QueryPlan {
  const plan = planAsked(index, asGiven);
  const opening = runOnOpeningApart(asGiven);
  const rest = opening === undefined ? undefined : planRest(index, opening.rest);
  return rest !== undefined && namesMatter(rest) ? weighApart(plan, rest, ROLE_FACTOR) : plan;
}

/**
 * The words only a run-on opening that says who asks uses (asker.ts runOnOpeningApart) count
 * this much: the role's rules rank where the rest of the question also bears on them, not above
 * its matter.
 */
export const ROLE_FACTOR = 0.7;

function planAsked(index: SearchIndex, asGiven: string): QueryPlan {
  // A story told at length is read for its question before its opening or verdict is read.
  const query = withinLimits(asGiven, (word) => withDroppedG(index, word));
  const bounded = query.slice(0, MAX_SEQUENCE_WORDS * (MAX_WORD_LENGTH + 1));
  const asked = askedApart(bounded);
  for (const text of asked === undefined ? [bounded] : [asked, bounded]) {
    // A closing that asks for help ("What are my options?") is read without: the rest says the matter.
    const request = requestApart(text);
    const rest = request === undefined ? undefined : planRest(index, request.rest);
    if (rest !== undefined && namesMatter(rest)) return rest;
    const verdict = verdictApart(text);
    const told = verdict === undefined ? undefined : planRest(index, verdict.rest);
    if (verdict !== undefined && told !== undefined && namesMatter(told)) {
      return namesMatter(planRest(index, verdict.verdict)) ? weighApart(planText(index, text), told, VERDICT_FACTOR) : told;
    }
    if (text === asked) {
      const plan = planRest(index, text);
      if (plan !== undefined && namesMatter(plan)) return plan;
    }
  }
  return planText(index, query);
}

/**
 * A verdict that names a matter is the asker's guess at the rule the situation told falls under
 * ("I posted about a client on Facebook, is that a HIPAA violation?"): the rules on the situation
 * first, those on the guessed matter after them. Read whole at full weight, the verdict's matter
 * — a broad one, usually — led: appended to the tuning file's questions, "…. Is that a boundary
 * issue?" kept a right first hit 0.4936 of the time (bare: 0.9188), "…, is that a HIPAA
 * violation?" 0.4722. At 0.5 they keep 0.8056 and 0.8205; less weight did better still (0.3:
 * 0.8611, 0.8803), but those questions' labels are the bare ones', which leave the verdict's
 * matter out, so they cannot say how little: half, as a feedback word (feedback.ts) or a term
 * matched apart (APART_FACTOR) counts half.
 */
export const VERDICT_FACTOR = 0.5;

/** The whole question's plan with the words the rest (`told`) does not use at `factor`: those only its verdict or its opening uses. */
function weighApart(whole: QueryPlan, told: QueryPlan, factor: number): QueryPlan {
  const toldStems = new Set(told.words.map((word) => word.stem));
  for (const word of whole.words) if (!toldStems.has(word.stem)) word.weight *= factor;
  return { ...whole, totalWeight: whole.words.reduce((sum, word) => sum + word.weight, 0) };
}

const namesMatter = (plan: QueryPlan | undefined): boolean => plan?.matches.some((match) => match.covers !== 0) ?? false;

/** The rest after an opening, planned; undefined when it has nothing to search for (only words too long to be words). */
function planRest(index: SearchIndex, rest: string): QueryPlan | undefined {
  return orNone(() => planText(index, rest));
}

/** A plan, or undefined where its text has nothing to search for. */
function orNone(plan: () => QueryPlan): QueryPlan | undefined {
  try {
    return plan();
  } catch (error) {
    if (error instanceof EthicsError) return undefined;
    throw error;
  }
}

/**
 * A word that ends in -in where spoken English drops the g of -ing ("goin", "askin", "lyin"),
 * written with it, when its stem is unknown and the word as typed is no word of the vocabulary
 * or of spoken English while the word with its g is one of either: typo correction read "askin"
 * as ask or skin, and gave up on "lyin" (two letters from "lie"). A word whose stem the index
 * knows ("explain", "certain") is left before the vocabulary is read. Names are read too ("Darin"
 * as daring): rare in a question, and a name matches nothing either way.
 */
function withDroppedG(index: SearchIndex, word: string): string {
  if (word.length < 4 || word.length > MAX_WORD_LENGTH || !word.endsWith("in") || isKnown(index, stem(word)) || !mayBeSlip(index, word)) return word;
  const full = `${word}g`;
  return mayBeSlip(index, full) ? word : full;
}

/**
 * The words of a query typed in capitals (MAT, ROI, SUD): acronyms, each a word of its own. One
 * that is an entry term itself is read as that term, never as the start of a longer word: "client
 * on MAT wants to stop" is medication-assisted treatment, and read as a clipped "matched" (with a
 * client, on a dating app) it put the rules on romance first.
 */
function acronymsOf(query: string): ReadonlySet<string> {
  const capitals = query.match(/\b[A-Z]{2,}\b/g);
  return capitals === null ? NO_ACRONYMS : new Set(capitals.map((word) => word.toLowerCase()));
}
const NO_ACRONYMS: ReadonlySet<string> = new Set();

/**
 * The plan of `query`, with words written apart read as the one word they make (written-apart.ts)
 * where that explains more than the words apart (joinExplains): planned both ways.
 */
function planText(index: SearchIndex, query: string): QueryPlan {
  const knows = (word: string) => isKnown(index, stem(word)) || hasTermStem(index.terms, stem(word));
  const joins = joinsIn(query, knows, (word) => isRealWord(index, word));
  if (joins.length === 0) return planWritten(index, query, NO_ACRONYMS);
  const spelt = (kept: readonly Join[]) => new Set(kept.filter((join) => join.spelt).map((join) => join.word));
  // Letters alone ("a a") have nothing to plan apart.
  const apart = orNone(() => planWritten(index, query, NO_ACRONYMS));
  const joined = planWritten(index, withJoins(query, joins), spelt(joins));
  const kept = joins.filter((join) => joinExplains(join, apart, joined));
  if (kept.length === joins.length) return joined;
  if (kept.length === 0) return apart ?? planWritten(index, query, NO_ACRONYMS);
  return planWritten(index, withJoins(query, kept), spelt(kept));
}

/** Whether a plan's words of this stem are read in a matter (of those in `mask`). */
function inMatter(plan: QueryPlan, stemmed: string, close: boolean): boolean {
  const at = plan.words.findIndex((word) => word.stem === stemmed);
  return at >= 0 && plan.matches.some((match) => ((close ? match.covers : match.covers | match.apart) & (1 << at)) !== 0);
}

/**
 * Whether words written apart are better read as one: none of them is read in a matter apart
 * ("home group" is a term's two words), and the word they make is known (letters spelt out; a
 * small word beside a word it seldom goes with: "over dose") or, made of two words that mean
 * something alone, names a matter ("face book": facebook, of social media).
 */
function joinExplains(join: Join, apart: QueryPlan | undefined, joined: QueryPlan): boolean {
  if (apart !== undefined && join.parts.some((part) => inMatter(apart, stem(part), false))) return false;
  return join.spelt || hasSmallWord(join) || inMatter(joined, stem(join.word), true);
}

function planWritten(index: SearchIndex, query: string, spelt: ReadonlySet<string>): QueryPlan {
  const text = readQuery(query, (word) => withDroppedG(index, word));
  const acronyms = spelt.size === 0 ? acronymsOf(query) : new Set([...acronymsOf(query), ...spelt]);
  let typoBudget = MAX_TYPO_WORDS;
  let soundBudget = MAX_TYPO_WORDS;
  let vocabulary: { words: string[]; stems: string[] } | undefined;
  const planWord = (word: string): QueryWord => {
    const stemmed = stem(word);
    const alternatives: Alternative[] = [];
    const indexed = lookup(index.postings, stemmed) !== undefined;
    if (indexed) alternatives.push({ stem: stemmed, weight: 1 });
    for (const form of [...wordForms(index, stemmed), ...mentForms(index, word, stemmed)]) alternatives.push({ stem: form, weight: FORM_WEIGHT });
    const standsFor = new Set([stemmed, ...alternatives.map((alternative) => alternative.stem)]);
    const stemIsTerm = hasTermStem(index.terms, stemmed);
    const stemKnown = alternatives.length > 0 || stemIsTerm;
    // A known stem may still be a slip's: the corrections of another stem stand beside it. Only a
    // stem the stemmer rewrote, or one known through a word form alone, is doubted, so that a
    // word typed as its stem plus an ending ("gifts") costs no reading of the vocabulary.
    const slip = typoBudget > 0 && stemKnown && (!(indexed || stemIsTerm) || stemRewrites(word, stemmed)) && allowedEdits(word.length) > 0 && mayBeSlip(index, word);
    const typo = typoBudget > 0 && !stemKnown && !isRealWord(index, word);
    if (slip || typo) {
      typoBudget--;
      vocabulary ??= { words: index.words.split(" "), stems: index.stems.split(" ") };
      const byWord = correctTypo(word, vocabulary.words).map(stem);
      const corrections = slip ? byWord.filter((correction) => correction !== stemmed) : [...byWord, ...correctTypo(stemmed, vocabulary.stems, word)];
      for (const correction of new Set(corrections)) {
        standsFor.add(correction);
        if (lookup(index.postings, correction) !== undefined) alternatives.push({ stem: correction, weight: TYPO_WEIGHT });
      }
    }
    if (soundBudget > 0 && mayBeSoundAlike(index, word, stemmed)) {
      soundBudget--;
      for (const other of wordsSoundingLike(word, index.words)) {
        const sounded = stem(other);
        if (standsFor.has(sounded)) continue;
        standsFor.add(sounded);
        if (lookup(index.postings, sounded) !== undefined) alternatives.push({ stem: sounded, weight: TYPO_WEIGHT });
      }
    }
    const known = [...standsFor].filter((candidate) => isKnown(index, candidate));
    // A word counts as what it stands for: its own stem when known, else its corrections.
    const weight = known.length === 0 ? UNKNOWN_WEIGHT : isKnown(index, stemmed) ? stemWeight(index, stemmed) : Math.min(...known.map((candidate) => stemWeight(index, candidate)));
    const abbreviates = alternatives.length === 0 && !(stemIsTerm && acronyms.has(word)) && word.length >= ABBREVIATION_MIN_LENGTH && !isRealWord(index, word) ? sortedStartingWith(termStems(index.terms), word).filter((longer) => !standsFor.has(longer)) : [];
    return { word, stem: stemmed, alternatives, standsFor, weight, unknown: known.length === 0, abbreviates };
  };
  // A word nothing explains may be two words written together (compounds.ts).
  const parts = new Map<string, [string, string]>();
  const planned: QueryWord[] = [];
  for (const word of text.distinct) {
    const first = planWord(word);
    const mayBeCompound = first.unknown && first.abbreviates.length === 0 && !isRealWord(index, word) && planned.length + 2 <= MAX_QUERY_TERMS;
    const split = mayBeCompound ? splitCompound(word, index.terms) : undefined;
    if (split === undefined) planned.push(first);
    else {
      parts.set(word, split);
      for (const part of split) if (!planned.some((other) => other.stem === stem(part))) planned.push(planWord(part));
    }
  }
  if (parts.size > 0) text.sequence = text.sequence.flatMap((word) => parts.get(word) ?? [word]);
  const sequence = querySequence(text, planned);
  const wordAt = plannedWordAt(text.sequence, planned);
  const { matches, phraseWords } = matchConcepts(index, sequence, planned, text, wordAt);
  weighWordsReadInPhrases(index, planned, phraseWords);
  weighCollectionWords(index, planned, matches);
  const toAsker = wordsSaidOnlyAs(saidToAsker, text.sequence, wordAt);
  return { words: planned, matches, totalWeight: planned.reduce((sum, word) => sum + word.weight, 0), namesSomeone: namesSomeone(text.sequence),
    saidOfOthers: wordsSaidOnlyAs(saidOfSomeoneElse, text.sequence, wordAt),
    saidToAsker: toAsker,
    deedsToAsker: toAsker === 0 ? 0 : deedWords(index, planned, toAsker),
  };
}

/**
 * For each word of the text (small words kept), the index of the planned word it is, or -1 (a
 * small word, or one past MAX_QUERY_TERMS): matchConcepts' masks and wordsSaidOfOthers read it.
 */
function plannedWordAt(sequence: readonly string[], planned: readonly QueryWord[]): number[] {
  return sequence.map((word) => (STOP_WORDS.has(word) ? -1 : planned.findIndex((candidate) => candidate.stem === stem(word))));
}

/** The mask of the planned words that stand in the text only where `saidSo` says of them (saidOfSomeoneElse, saidToAsker). */
function wordsSaidOnlyAs(saidSo: (sequence: readonly string[], at: number) => boolean, sequence: readonly string[], wordAt: readonly number[]): number {
  let found = 0;
  let notSo = 0;
  wordAt.forEach((at, position) => {
    if (at < 0) return;
    const bit = 1 << at;
    found |= bit;
    if ((notSo & bit) === 0 && !saidSo(sequence, position)) notSo |= bit;
  });
  return found & ~notSo;
}

/**
 * A word matched as the one meaningful word of a term among small words ("end it all", "hit on
 * me", "sleep with", and plainer ones: "her rights") is read in that phrase's sense, which the
 * word alone does not say: "end", "hit" and "sleep" are common in the codes, and a rarer side
 * word of the story ("DM", "2am") carried the answers. It counts twice its own weight, up to the
 * rarest word's: a phrase tells more than its word, and a word that tells little by itself
 * ("peer" of "why a peer") still tells little. Twenty-ninth session, tuning halves, from the
 * session's start: the 28th's 0.5966 / 0.7333 → 0.6132 / 0.7556, the 23rd's situations 0.8337 /
 * 0.9107 → 0.8462 / 0.9286, the 26th's 0.7576 → 0.7613, the 24th's short questions 0.9320 →
 * 0.9420; the tuning file 0.8662 → 0.8648 ("a coworker keeps hitting on me" now leads with the
 * rules on romance with people served). Raised to the rarest word's weight outright did about as
 * well (the seven's mean recall 0.8819 against 0.8822), but lifted "peer" from 0.25 to 4.84.
 */
function weighWordsReadInPhrases(index: SearchIndex, planned: QueryWord[], phraseWords: number): void {
  if (phraseWords === 0) return;
  const rarest = Math.min(inverseFrequency(documentCount(index), 0), inverseFrequency(index.concepts.length, 1));
  planned.forEach((word, at) => {
    if (phraseWords & (1 << at)) word.weight = Math.min(Math.max(word.weight, rarest), 2 * word.weight);
  });
}

/**
 * The words that name the collection (collection-words.ts) weigh no more than the commonest of
 * them, unless a concept the query names uses them: "a different peer specialist" asks about
 * changing worker, "as a peer specialist" only says who asks.
 */
function weighCollectionWords(index: SearchIndex, planned: QueryWord[], matches: readonly ConceptMatch[]): void {
  const collection = collectionStems(index);
  if (collection.size === 0 || !planned.some((word) => collection.has(word.stem))) return;
  let named = 0;
  for (const match of matches) named |= match.covers;
  const commonest = Math.min(...[...collection].filter((stemmed) => isKnown(index, stemmed)).map((stemmed) => stemWeight(index, stemmed)));
  planned.forEach((word, at) => {
    if (collection.has(word.stem) && !(named & (1 << at))) word.weight = Math.min(word.weight, commonest);
  });
}

const NO_STEMS: readonly string[] = [];

function querySequence(text: QueryText, planned: readonly QueryWord[]): TokenSequence {
  const byStem = new Map(planned.map((word) => [word.stem, word]));
  return tokenSequence(
    text.sequence.map((word, at) => {
      const served = namesServedPersonAt(text.sequence, at) ? SERVED_STEMS : NO_STEMS;
      if (STOP_WORDS.has(word)) return served.length === 0 ? { stop: word } : { stop: word, stems: served };
      const standsFor = byStem.get(stem(word))?.standsFor ?? [stem(word)];
      // Another form of an irregular verb (irregular-verbs.ts), in the terms' matching only.
      const forms = otherFormStems(stem(word));
      const withForms = forms.length === 0 ? standsFor : [...standsFor, ...forms];
      return { stems: served.length === 0 ? withForms : [...withForms, ...served], word };
    }),
  );
}

/**
 * The term stems that may stand for a query word's stem: those it stands for, and those that are
 * its word forms though the codes never use them (harassment / harass).
 */
function termStemsFor(index: SearchIndex, word: QueryWord): string[] {
  const found = [...word.standsFor].filter((stemmed) => hasTermStem(index.terms, stemmed));
  if (word.stem.length < FORM_MIN_LENGTH) return found;
  for (let length = Math.max(FORM_MIN_LENGTH, word.stem.length - FORM_EXTRA_LETTERS); length < word.stem.length; length++) {
    if (hasTermStem(index.terms, word.stem.slice(0, length))) found.push(word.stem.slice(0, length));
  }
  for (const longer of sortedStartingWith(termStems(index.terms), word.stem)) if (areWordForms(word.stem, longer)) found.push(longer);
  return found;
}

/** The particles of English phrasal verbs: after a verb they make another word of it ("hit on"). */
const PARTICLES: ReadonlySet<string> = new Set(["on", "with", "up", "out", "off", "over", "around", "into", "down", "away", "through"]);
const NO_POSITIONS: ReadonlySet<number> = new Set();
/**
 * The particles that make a phrasal verb of the word before them in a term, seldom a
 * preposition there ("come out", "hook up", "talk down"); not "on", "into", "with" and the
 * like, which mostly begin a phrase of their own ("clinicians on my team").
 */
const VERB_PARTICLES: ReadonlySet<string> = new Set(["up", "out", "off", "down", "away", "over"]);
/** A particle may follow its verb this many words on: "pick up", "pick her up", "turn my client's food down". */
const PARTICLE_REACH = 4;
/**
 * Verbs whose particle carries the meaning ("come out", "hook up", "act out"), as stems, their
 * irregular past forms too ("came out", "made up"). Not "hang" and "show", which mean as much
 * alone in speech ("hang with clients", "didn't show to the meeting").
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set(
  ["come", "came", "go", "went", "gone", "get", "got", "gotten", "take", "took", "taken", "make", "made", "put", "turn", "set", "hook", "act", "break", "broke", "broken", "give", "gave", "given"].map(stem),
);

/**
 * How the query says a term's verbs that stand before a particle in the term: `said`, the
 * query positions of those it says with the same particle after them, where a word or two of
 * object may stand between ("pick her up", "turn my client's food down"); `kept`, false when a
 * light verb (LIGHT_VERBS) is said without its particle, and so means something else ("come
 * out to a client"; "client wants me to come to court" is no coming out). `positions`: where the
 * term's meaningful words matched, in order.
 */
function particleReading(phrase: TermPhrase, positions: readonly number[], sequence: readonly string[]): { said: Set<number>; kept: boolean } {
  const said = new Set<number>();
  let kept = true;
  let content = -1;
  for (let at = 0; at < phrase.words.length; at++) {
    if (phrase.stop[at]) continue;
    content++;
    const particle = phrase.words[at + 1]!;
    if (phrase.stop[at + 1] !== true || !VERB_PARTICLES.has(particle)) continue;
    const verbAt = positions[content]!;
    // The "s" of a possessive is a word of its own in the sequence: it does not count.
    const following = sequence.slice(verbAt + 1, verbAt + 1 + PARTICLE_REACH + 2).filter((word) => word !== "s").slice(0, PARTICLE_REACH);
    if (following.includes(particle)) said.add(verbAt);
    else if (LIGHT_VERBS.has(phrase.words[at]!)) kept = false;
  }
  return { said, kept };
}

/**
 * Whether a deed the query says (a term's words at `positions`, from `start` to `end` with its
 * small words) is done to the asker (saidToAsker), and its words are said nowhere else but so:
 * "a peer keeps yelling at me, is it ok if I yell back" asks about the asker's own. Words
 * matched apart are read only at the last of them and after it: "I used too much force on a
 * client who came at me" has "me" between them, not as the deed's object; or each in the
 * asker's passive, which reads only the words before it: "I got threatened by a peer's
 * boyfriend, do I report it".
 */
function conductToAsker(sequence: readonly string[], positions: readonly number[], start: number, end: number, close: boolean): boolean {
  const toAsker = close ? saidToAsker(sequence, start, end) : saidToAsker(sequence, end, end) || positions.some((position) => askerHadItDone(sequence, position));
  if (!toAsker) return false;
  const stems = new Set(positions.map((position) => stem(sequence[position]!)));
  return sequence.every((word, at) => positions.includes(at) || !stems.has(stem(word)) || saidToAsker(sequence, at));
}

/** Whether a term of a concept of the worker's conduct toward someone (Concept.actor), or of one in `topic`, uses the stem. */
function isDeedStem(index: SearchIndex, stemmed: string, topic?: number): boolean {
  return termsUsing(index.terms, stemmed).some((number) => {
    const concept = index.concepts[termOwner(index.terms, number)]!;
    return concept.workersConduct === true && (topic === undefined || concept.topic === topic);
  });
}

/** The words of `mask` that say a deed of the worker's toward someone (isDeedStem). */
function deedWords(index: SearchIndex, planned: readonly QueryWord[], mask: number): number {
  let deeds = 0;
  planned.forEach((word, at) => {
    if ((mask & (1 << at)) !== 0 && [...word.standsFor].some((stemmed) => isDeedStem(index, stemmed))) deeds |= 1 << at;
  });
  return deeds;
}

/**
 * Whether a theme's term (a synonym of topics.yaml: "threaten", "abusive") is a word for the
 * worker's conduct toward someone: each of its meaningful words is one a term of the theme's
 * marked concepts uses (Concept.actor). Said to the asker ("he threatened me"), it names the
 * theme no more than those concepts.
 */
function isConductWordOf(index: SearchIndex, topic: number, phrase: TermPhrase): boolean {
  return contentStemsOf(phrase).every((stemmed) => isDeedStem(index, stemmed, topic));
}

/** A term of one meaningful word that a particle after it makes a phrase of its own ("hitting on me"). */
function isPhrasal(phrase: TermPhrase): boolean {
  if (!isWordForWord(phrase)) return false;
  const word = phrase.stop.indexOf(false);
  return phrase.words.some((small, at) => at > word && PARTICLES.has(small));
}

/**
 * The concepts and topics whose terms the query uses, with the query words each covers, and the
 * query words read in a phrase's sense (weighWordsReadInPhrases) as a mask.
 */
function matchConcepts(index: SearchIndex, sequence: TokenSequence, planned: readonly QueryWord[], text: QueryText, wordAt: readonly number[]): { matches: ConceptMatch[]; phraseWords: number } {
  // Only the terms that share a stem with the query can match it.
  const candidates = new Set<number>();
  const formOf = new Map<string, string>();
  for (const word of planned) {
    for (const stemmed of [...termStemsFor(index, word), ...word.abbreviates, ...otherFormStems(word.stem)]) {
      if (!word.standsFor.has(stemmed)) formOf.set(stemmed, word.stem);
      for (const number of termsUsing(index.terms, stemmed)) candidates.add(number);
    }
  }
  const find = (stemmed: string): readonly number[] | undefined => sequence.positions.get(stemmed) ?? sequence.positions.get(formOf.get(stemmed) ?? "");
  // An abbreviation is read as one only beside a word of the same term that the query says in
  // full: "psych meds", never "psych" alone. Positions come in the order of the term's words.
  const abbreviates = (position: number, stemmed: string) => wordAt[position]! >= 0 && planned[wordAt[position]!]!.abbreviates.includes(stemmed);
  const rests = (phrase: TermPhrase, positions: readonly number[] | null) => {
    if (positions === null) return false;
    const content = contentStemsOf(phrase);
    return positions.some((position, at) => !abbreviates(position, content[at]!));
  };
  const covers = new Map<number, number>();
  const apart = new Map<number, number>();
  const maskOf = (positions: readonly number[]) => {
    let mask = 0;
    for (const position of positions) if (wordAt[position]! >= 0) mask |= 1 << wordAt[position]!;
    return mask;
  };
  const found = (stemmed: string) => (find(stemmed)?.length ?? 0) > 0;
  // A matter of the worker's own condition said of someone else is not the worker's: "he used
  // meth" is no question of working under the influence; nor is the worker's conduct toward
  // someone said to the asker: "a client yelled at me" is no question of abusing a client. Such
  // a match is no match, so it claims no words either.
  const notTheWorkers = (owner: number, phrase: TermPhrase, positions: readonly number[], start: number, close: boolean) => {
    const concept = index.concepts[owner]!;
    const end = Math.max(...positions);
    if (concept.workersOwn === true && saidOfSomeoneElse(text.sequence, start, end)) return true;
    const mayBeConduct = concept.workersConduct === true || concept.kind === "topic";
    return mayBeConduct && conductToAsker(text.sequence, positions, start, end, close) && (concept.workersConduct === true || isConductWordOf(index, owner, phrase));
  };
  // The verb that names the person served ("the house I support") matches only a term that says
  // it so, its subject before it ("learn from the people I support").
  const serving = text.sequence.some((_, at) => servingVerbAt(text.sequence, at));
  const saysTheAsker = (phrase: TermPhrase) =>
    phrase.words.some((word, at) => phrase.stop[at] && (word === "i" || word === "we") && at + 1 < phrase.words.length && !phrase.stop[at + 1]);
  const namesTheServed = (phrase: TermPhrase, positions: readonly number[]) =>
    serving && positions.some((position) => servingVerbAt(text.sequence, position)) && !saysTheAsker(phrase);
  const matched: { owner: number; positions: readonly number[]; close: boolean; phrasal: boolean; wordForWord: boolean; phrases: ReadonlySet<number> }[] = [];
  for (const number of [...candidates].sort((a, b) => a - b)) {
    // A term with a meaningful word the query lacks matches neither way: not decoded.
    if (!termWordsIn(index.terms, number, found)) continue;
    const { phrase, owner } = termAt(index.terms, number);
    const wordForWord = isWordForWord(phrase);
    const positions = matchTerm(phrase, sequence, find);
    // Word for word, a term's particles are matched as they stand; a light verb read without its
    // particle here may still be said with it further on, as the term's words apart.
    const close = positions === null || wordForWord ? undefined : particleReading(phrase, positions, text.sequence);
    if (rests(phrase, positions) && close?.kept !== false && !namesTheServed(phrase, positions!)) {
      // Matched word for word, the term's small words stand in the text before its word.
      const start = Math.min(...positions!) - (wordForWord ? phrase.stop.indexOf(false) : 0);
      if (!notTheWorkers(owner, phrase, positions!, start, true)) matched.push({ owner, positions: positions!, close: true, phrasal: isPhrasal(phrase), wordForWord, phrases: close?.said ?? NO_POSITIONS });
      continue;
    }
    const far = matchTermApart(phrase, sequence, find);
    const apartReading = far === null ? undefined : particleReading(phrase, far, text.sequence);
    if (rests(phrase, far) && apartReading!.kept && !namesTheServed(phrase, far!) && !notTheWorkers(owner, phrase, far!, Math.min(...far!), false)) matched.push({ owner, positions: far!, close: false, phrasal: false, wordForWord: false, phrases: apartReading!.said });
  }
  // A word a phrasal term matches, particle and all, is read in that term's sense: "hitting on
  // me" is flirting, so the word is not also "hitting" a client, and a term that needs it in
  // another sense does not match; one that says the same phrase does ("come out to a client").
  const claimedBy = new Map<number, Set<number>>();
  for (const { owner, positions, phrasal } of matched) {
    if (!phrasal) continue;
    for (const position of positions) (claimedBy.get(position) ?? claimedBy.set(position, new Set()).get(position)!).add(owner);
  }
  let phraseWords = 0;
  for (const { owner, positions, close, phrasal, wordForWord, phrases } of matched) {
    if (!phrasal && positions.some((position) => claimedBy.has(position) && !claimedBy.get(position)!.has(owner) && !phrases.has(position))) continue;
    if (wordForWord) phraseWords |= maskOf(positions);
    const map = close ? covers : apart;
    map.set(owner, (map.get(owner) ?? 0) | maskOf(positions));
  }
  // "gave me cookies she baked": a verb and an object of the concept's terms "… me …", paired anew.
  for (const { concept, positions } of askerObjectMatches(index, sequence)) covers.set(concept, (covers.get(concept) ?? 0) | maskOf(positions));
  // A colleague doing what a concept governs asks about a colleague's conduct too.
  for (const { owner, positions, close } of matched) {
    const concept = index.concepts[owner]!;
    if (!close || concept.kind !== "concept" || concept.colleaguesConduct === true) continue;
    const doer = colleagueDoingAt(text.sequence, Math.min(...positions));
    if (doer < 0) continue;
    for (const colleagues of colleaguesConductConcepts(index)) covers.set(colleagues, (covers.get(colleagues) ?? 0) | maskOf([...positions, doer]));
  }
  // A matter is part of its theme: the words that name a concept name its topic too, so the
  // theme's general rules ("respect confidentiality") answer a question about one of its
  // matters ("her mom keeps asking how she is doing"), at a topic's weight.
  for (const map of [covers, apart]) {
    for (const [owner, mask] of [...map]) {
      const topic = index.concepts[owner]!.topic;
      if (topic !== undefined) map.set(topic, (map.get(topic) ?? 0) | mask);
    }
  }
  const owners = [...new Set([...covers.keys(), ...apart.keys()])].sort((a, b) => a - b);
  const matches = owners
    .map((owner) => {
      const exact = covers.get(owner) ?? 0;
      return { concept: index.concepts[owner]!, at: owner, covers: exact, apart: (apart.get(owner) ?? 0) & ~exact };
    })
    .filter((match) => match.covers !== 0 || match.apart !== 0);
  return { matches: matches.sort((a, b) => Number(a.concept.kind === "topic") - Number(b.concept.kind === "topic")), phraseWords };
}

const colleaguesConceptsOf = new WeakMap<SearchIndex, readonly number[]>();

/** The positions of the index's concepts of a colleague's conduct (Concept.actor "colleague"). */
function colleaguesConductConcepts(index: SearchIndex): readonly number[] {
  let found = colleaguesConceptsOf.get(index);
  if (found === undefined) {
    found = index.concepts.flatMap((concept, at) => (concept.colleaguesConduct === true ? [at] : []));
    colleaguesConceptsOf.set(index, found);
  }
  return found;
}

/** The weight of the query words a mask covers. */
export function coveredWeight(plan: QueryPlan, mask: number): number {
  let sum = 0;
  for (let at = 0; at < plan.words.length; at++) if (mask & (1 << at)) sum += plan.words[at]!.weight;
  return sum;
}
