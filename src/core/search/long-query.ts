// A situation pasted at length says more than search reads: it reads a query's first
// MAX_QUERY_TERMS distinct meaningful words (a bit mask holds them) and first MAX_SEQUENCE_WORDS
// words. Read in order, a long story used them up before its question ("... Yesterday he brought
// me a box he carved himself. Can I accept the gift?" was searched as the story's first lines,
// without "gift"). So a query over those limits is read by its sentences, the question first:
// the sentences that ask, then the one before each (what just happened), then the first (who
// asks), then the rest in order, as many as fit, put back in their order.
import { stem, STOP_WORDS } from "../text.js";

/**
 * Where a sentence ends: after . ! ? … (and any closing quotes or brackets), at a line break,
 * and, in texting that has neither, before an opening that asks with its subject ("... he
 * carved it himself can i accept it"). Each alternative consumes its whitespace in one pass, so
 * that a long run of spaces is not tried again from each of its positions.
 */
const SENTENCE_END = /(?<=[.!?…]["'”’)\]]*)\s+|\n\s*|\s(?=(?:can|could|should|would|is|am|are|do|does|did)\s+(?:i|we|it)\s)/i;
/**
 * A sentence that asks: it ends with a question mark (not one inside a link: "page?id=5"),
 * or opens as a question does with its subject after ("can i", "is it ok", "what do i do"), as
 * texting asks without the mark. Not an opening that as often tells ("When I visited, ...",
 * "Was his way of ...").
 */
const ENDS_ASKING = /\?["'”’)\]]*\s*$/;
const OPENS_ASKING = /^\W*(?:(?:can|could|should|would|do|does|did|is|am|are)\s+(?:i|we|you|it|that|this|my|he|she|they)\b|(?:what|whats|how|hows|who|where|why|which)\s+(?:do|does|did|should|can|could|is|are|am|would|if|about|happens)\b)/i;
/** Of a query this long, the start and the end are read for sentences: a pasted book costs no more. */
const SCANNED_LENGTH = 16_384;

export interface Limits {
  /** Distinct meaningful words (by stem). */
  distinct: number;
  /** Words, small ones included. */
  words: number;
}

interface Sentence {
  text: string;
  stems: string[];
  wordCount: number;
}

/** The sentences chosen so far, as the limits count them. */
class Reading {
  readonly stems = new Set<string>();
  readonly chosen = new Set<number>();
  wordCount = 0;

  constructor(private readonly limits: Limits) {}

  /** Whether `sentence` fits beside those chosen. */
  fits(sentence: Sentence): boolean {
    if (this.wordCount + sentence.wordCount > this.limits.words) return false;
    let added = 0;
    for (const stemmed of new Set(sentence.stems)) if (!this.stems.has(stemmed)) added++;
    return this.stems.size + added <= this.limits.distinct;
  }

  add(sentence: Sentence, at: number): void {
    this.chosen.add(at);
    this.wordCount += sentence.wordCount;
    for (const stemmed of sentence.stems) this.stems.add(stemmed);
  }
}

/** Whether a sentence asks (ENDS_ASKING, OPENS_ASKING). */
export function asks(sentence: string): boolean {
  return ENDS_ASKING.test(sentence) || OPENS_ASKING.test(sentence);
}

/**
 * The sentences of a query over `limits` that matter most (above), in their order; a query of
 * one sentence as it is. `wordsOf` gives a text's words as search reads them (small words
 * included), so that the sentences chosen are counted as they will be read.
 */
export function sentencesToRead(query: string, limits: Limits, wordsOf: (text: string) => string[]): string {
  // Cut between words, so that no scrap of one is read as a word.
  const scanned = query.length <= 2 * SCANNED_LENGTH ? query : `${query.slice(0, SCANNED_LENGTH).replace(/\S*$/, "")}\n${query.slice(-SCANNED_LENGTH).replace(/^\S*/, "")}`;
  const sentences = scanned
    .split(SENTENCE_END)
    .map((text) => text.trim())
    .filter((text) => text !== "")
    .map((text): Sentence => {
      const all = wordsOf(text);
      return { text, stems: all.filter((word) => !STOP_WORDS.has(word)).map(stem), wordCount: all.length };
    });
  if (sentences.length < 2) return query;
  const asking = sentences.flatMap((sentence, at) => (asks(sentence.text) ? [at] : []));
  if (asking.length === 0) asking.push(sentences.length - 1);
  const lastFirst = [...asking].reverse();
  const reading = new Reading(limits);
  for (const at of [...lastFirst, ...lastFirst.map((asked) => asked - 1), 0, ...sentences.keys()]) {
    if (at < 0 || reading.chosen.has(at)) continue;
    // The asking sentence read first is read however long it is: the limits cut it as before.
    if (reading.chosen.size === 0 || reading.fits(sentences[at]!)) reading.add(sentences[at]!, at);
  }
  return [...reading.chosen]
    .sort((a, b) => a - b)
    .map((at) => sentences[at]!.text)
    .join(" ");
}
