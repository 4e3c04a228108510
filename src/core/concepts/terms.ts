// Entry terms as search and inference match them (the rules are in data/concepts/README.md):
// a term of several meaningful words matches when they all occur close together, in any order
// ("accept a gift" in "accepting this small gift", "money lending" in "lending money"), but for
// two side by side that form a compound, which the other way round name another thing ("home
// group", "group home"; closeTogether); a term whose meaning rests on its small words ("under
// the influence", "sleep with") matches word for word; a single word matches that word in any
// of its forms.
import { stem, STOP_WORDS, words } from "../text.js";

/** A term as it is matched: each word a meaningful word's stem or a small word as written. */
export interface TermPhrase {
  words: string[];
  /**
   * Where a word is the head of a compound: a meaningful word right after another, itself no
   * verb in -ing ("home group", "same home group as a client"; not "decision making"). The same
   * two side by side the other way round ("group home") name another thing, and do not match.
   */
  compound?: boolean[];
  /**
   * Where a compound's head is a participle joined to the word before by a hyphen
   * ("family-driven", "trauma-informed"): a compound adjective whose first word does what the
   * participle says. Only a participle or an -ing form of the text matches it ("driven by the
   * family", "focusing on strengths"); the verb's other forms say another deed ("drive a family
   * to court").
   */
  participle?: boolean[];
  /** Whether each word is a small (stop) word. */
  stop: boolean[];
}

/**
 * Who a term's small words say, when its meaning rests on them ("back him up", "have her back"):
 * another person, whoever it is. A writer picks one pronoun; the asker's person is any.
 */
const THIRD_PERSON = new Set(["he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs"]);

function sameSmallWord(text: string | undefined, term: string): boolean {
  return text === term || (text !== undefined && THIRD_PERSON.has(text) && THIRD_PERSON.has(term));
}

/** After these, "own" only stresses whose it is. */
const POSSESSIVES: ReadonlySet<string> = new Set(["my", "your", "his", "her", "their", "our", "its"]);

/** Meaningful words of a term may stand this many other words apart in a text, and no more. */
export const TERM_SLACK = 3;

export function compileTerm(text: string): TermPhrase {
  const phrase: TermPhrase = { words: [], stop: [] };
  const typed = words(text);
  for (const word of typed) {
    const stop = STOP_WORDS.has(word);
    phrase.words.push(stop ? word : stem(word));
    phrase.stop.push(stop);
  }
  // "decision making" is "making decisions" the other way round: a verb's -ing form and its object.
  const heads = typed.map((word, at) => at > 0 && !phrase.stop[at - 1] && !phrase.stop[at] && !word.endsWith("ing"));
  if (heads.some(Boolean)) phrase.compound = heads;
  const hyphenated = new Set(text.toLowerCase().match(/(?<=[a-z0-9]-)[a-z]+/g) ?? []);
  const participles = typed.map((word, at) => heads[at]! && hyphenated.has(word) && isParticipleForm(word));
  if (participles.some(Boolean)) phrase.participle = participles;
  return phrase;
}

/** A word as written that may be a past participle ("driven", "centered", "based"). */
function isParticipleForm(word: string): boolean {
  return word.length > 3 && (word.endsWith("ed") || word.endsWith("en"));
}

/** Before a compound's head that is a hyphenated participle (TermPhrase.participle), in place of COMPOUND_MARK. */
export const PARTICIPLE_MARK = "=";

/** Before a compound's head in a term's words as stored (markedWords). */
export const COMPOUND_MARK = "^";

/**
 * A term's words as the term index and the stored inference phrases hold them: each word, a small
 * word behind `stopMark` (each store has its own), a compound's head behind COMPOUND_MARK.
 */
export function markedWords(phrase: TermPhrase, stopMark: string): string[] {
  return phrase.words.map((word, at) => (phrase.stop[at] ? stopMark + word : phrase.participle?.[at] ? PARTICIPLE_MARK + word : phrase.compound?.[at] ? COMPOUND_MARK + word : word));
}

/** How many characters of mark stand before a word markedWords wrote, as a compound's head. */
export function headMarkLength(written: string, at = 0): number {
  return written.startsWith(COMPOUND_MARK, at) || written.startsWith(PARTICIPLE_MARK, at) ? 1 : 0;
}

/** The term markedWords wrote. */
export function phraseOfMarked(marked: readonly string[], stopMark: string): TermPhrase {
  const phrase: TermPhrase = { words: [], stop: [] };
  const heads = marked.map((word) => headMarkLength(word) > 0);
  const participles = marked.map((word) => word.startsWith(PARTICIPLE_MARK));
  marked.forEach((written, at) => {
    const word = written.slice(headMarkLength(written));
    const stop = word.startsWith(stopMark);
    phrase.words.push(stop ? word.slice(stopMark.length) : word);
    phrase.stop.push(stop);
  });
  if (heads.some(Boolean)) phrase.compound = heads;
  if (participles.some(Boolean)) phrase.participle = participles;
  return phrase;
}

export function contentStemsOf(phrase: TermPhrase): string[] {
  return phrase.words.filter((_, at) => !phrase.stop[at]);
}

/** A term of one meaningful word among small words: matched word for word. */
export function isWordForWord(phrase: TermPhrase): boolean {
  return phrase.words.length > 1 && contentStemsOf(phrase).length === 1;
}

/**
 * What a concept (or a topic) says in its own words, entry by entry: its name, description,
 * terms and questions. A term whose meaning rests on its small words ("sleep with") lends its
 * one word nothing: "sleep" alone is not about romance.
 */
export function ownEntries(name: string, description: string, terms: readonly string[], questions: readonly string[] = []): string[] {
  return [name, description, ...terms.filter((term) => !isWordForWord(compileTerm(term))), ...questions];
}

/**
 * Terms with a meaningful word, each once ("Gifts" and "gifts" are one). Of two with the same
 * stems, one a compound ("landlord called": not "called landlord" side by side) and one not
 * ("landlord calling": its words in any order), the one with fewer compounds stays: it is the
 * looser reading, and the two-word twins the data holds are all a compound and its -ing form.
 */
export function compileTerms(texts: readonly string[]): TermPhrase[] {
  const at = new Map<string, number>();
  const phrases: TermPhrase[] = [];
  for (const text of texts) {
    const phrase = compileTerm(text);
    if (contentStemsOf(phrase).length === 0) continue;
    const key = markedWords(phrase, "~").join(" ").replaceAll(COMPOUND_MARK, "").replaceAll(PARTICIPLE_MARK, "");
    const seen = at.get(key);
    if (seen === undefined) {
      at.set(key, phrases.length);
      phrases.push(phrase);
    } else if (compoundCount(phrase) < compoundCount(phrases[seen]!)) phrases[seen] = phrase;
  }
  return phrases;
}

function compoundCount(phrase: TermPhrase): number {
  return phrase.compound?.filter(Boolean).length ?? 0;
}

/**
 * A text as terms are matched in it: for each position, the small word as written, or the stems
 * the word there stands for (its own; for a query also its word forms and typo corrections).
 */
export interface TokenSequence {
  /** The small word at each position, or undefined where a meaningful word stands. */
  stopAt: (string | undefined)[];
  /** Meaningful stem → the positions of the words that stand for it. */
  positions: Map<string, number[]>;
  /** Whether the word at each position ends in -ing, as typed ("lending"): see closeTogether. */
  gerundAt?: boolean[];
  /** Whether the word at each position may be a past participle or is an -ing form, as typed (isParticipleForm). */
  participleAt?: boolean[];
}

export function tokenSequence(tokens: readonly { stop?: string; stems?: Iterable<string>; word?: string }[]): TokenSequence {
  const sequence: TokenSequence = { stopAt: [], positions: new Map(), gerundAt: [], participleAt: [] };
  tokens.forEach((token, at) => {
    sequence.gerundAt!.push(token.word?.endsWith("ing") ?? false);
    sequence.participleAt!.push(token.word !== undefined && (isParticipleForm(token.word) || token.word.endsWith("ing")));
    sequence.stopAt.push(token.stop);
    for (const stemmed of token.stems ?? []) {
      const list = sequence.positions.get(stemmed);
      if (list === undefined) sequence.positions.set(stemmed, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  });
  return sequence;
}

/** The sequence of a plain text (a standard's words): each word stands for its own stem. */
export function textSequence(text: string): TokenSequence {
  return tokenSequence(words(text).map((word) => (STOP_WORDS.has(word) ? { stop: word } : { stems: [stem(word)], word })));
}

/**
 * Where a term occurs in a text: the positions of its meaningful words, or null. `find` gives the
 * positions a stem occurs at (a lookup, or one that also accepts word forms).
 */
export function matchTerm(phrase: TermPhrase, sequence: TokenSequence, find: (stemmed: string) => readonly number[] | undefined = (stemmed) => sequence.positions.get(stemmed)): number[] | null {
  const content = contentStemsOf(phrase);
  if (content.length === 1) {
    const at = find(content[0]!);
    if (at === undefined || at.length === 0) return null;
    if (phrase.words.length === 1) return [at[0]!];
    // A single meaningful word with small words around it: word for word.
    const offset = phrase.stop.indexOf(false);
    for (const position of at) if (smallWordsAround(phrase, offset, sequence, position)) return [position];
    return null;
  }
  const lists: (readonly number[])[] = [];
  for (const stemmed of content) {
    const at = find(stemmed);
    if (at === undefined || at.length === 0) return null;
    lists.push(at);
  }
  return closeTogether(participlesOnly(phrase, lists, sequence), content.length + TERM_SLACK, compoundHeads(phrase), sequence.gerundAt);
}

/**
 * Whether the small words of a term of one meaningful word (at `offset` in the term) stand around
 * `position` of a text as they stand around it in the term. An "own" of the text after a
 * possessive stands for nothing unless the term says it (isOwnAfterPossessive): "my own overdose"
 * is "my overdose", but "my clients" is not "my own clients".
 */
function smallWordsAround(phrase: TermPhrase, offset: number, sequence: TokenSequence, position: number): boolean {
  let at = position;
  for (let k = offset - 1; k >= 0; k--) {
    at--;
    if (phrase.words[k] !== "own" && isOwnAfterPossessive(sequence, at)) at--;
    if (at < 0 || !sameSmallWord(sequence.stopAt[at], phrase.words[k]!)) return false;
  }
  at = position;
  for (let k = offset + 1; k < phrase.words.length; k++) {
    at++;
    if (phrase.words[k] !== "own" && isOwnAfterPossessive(sequence, at)) at++;
    if (at >= sequence.stopAt.length || !sameSmallWord(sequence.stopAt[at], phrase.words[k]!)) return false;
  }
  return true;
}

function isOwnAfterPossessive(sequence: TokenSequence, at: number): boolean {
  return sequence.stopAt[at] === "own" && POSSESSIVES.has(sequence.stopAt[at - 1] ?? "");
}

/**
 * Where the meaningful words of a term of several all occur in a text, however far apart (a
 * question told at length puts the words of one matter in different clauses: "my notes … put the
 * old dates on them" has those of "old dates on notes"): their positions, or null. A term whose
 * meaning rests on its small words never matches apart.
 */
export function matchTermApart(phrase: TermPhrase, sequence: TokenSequence, find: (stemmed: string) => readonly number[] | undefined = (stemmed) => sequence.positions.get(stemmed)): number[] | null {
  const content = contentStemsOf(phrase);
  if (content.length < 2) return null;
  const lists: (readonly number[])[] = [];
  for (const stemmed of content) {
    const at = find(stemmed);
    if (at === undefined || at.length === 0) return null;
    lists.push(at);
  }
  return closeTogether(participlesOnly(phrase, lists, sequence), Infinity, compoundHeads(phrase), sequence.gerundAt);
}

/**
 * The positions of each meaningful word of a term (`lists`, in order), those of a hyphenated
 * participle (TermPhrase.participle) kept only where the text says a participle or an -ing
 * form. A sequence that does not tell (no participleAt) keeps them all.
 */
function participlesOnly(phrase: TermPhrase, lists: (readonly number[])[], sequence: TokenSequence): (readonly number[])[] {
  const participleAt = sequence.participleAt;
  if (phrase.participle === undefined || participleAt === undefined) return lists;
  const flags = phrase.participle.filter((_, at) => !phrase.stop[at]);
  return lists.map((positions, k) => (flags[k] ? positions.filter((position) => participleAt[position]) : positions));
}

/** For each meaningful word of a term, in order, whether it heads a compound with the one before. */
function compoundHeads(phrase: TermPhrase): readonly boolean[] | undefined {
  return phrase.compound?.filter((_, at) => !phrase.stop[at]);
}

/**
 * One position from each list, all within a window of `span` positions and distinct, or null:
 * the meaningful words of a term close together, in any order (a compound's not side by side
 * the other way round).
 */
function closeTogether(lists: readonly (readonly number[])[], span: number, heads?: readonly boolean[], gerundAt?: readonly boolean[]): number[] | null {
  for (const anchor of lists[0]!) {
    const chosen = [anchor];
    let ok = true;
    for (let k = 1; k < lists.length && ok; k++) {
      // A compound's words side by side the other way round are another compound, another thing
      // (English puts the head last): a "group home" is no "home group". Unless the text makes
      // the first a noun in -ing: "money lending" is "lend money", "trash talking" "talk trash".
      const previous = chosen[k - 1]!;
      const reversed = heads?.[k] === true && gerundAt?.[previous] !== true ? previous - 1 : -1;
      const near = lists[k]!.find((position) => Math.abs(position - anchor) < span && !chosen.includes(position) && position !== reversed);
      if (near === undefined) ok = false;
      else chosen.push(near);
    }
    if (ok && Math.max(...chosen) - Math.min(...chosen) < span) return chosen;
  }
  return null;
}
