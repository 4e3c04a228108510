// A situation pasted at length says more than search reads: it reads a query's first
// MAX_QUERY_TERMS distinct meaningful words (a bit mask holds them) and first MAX_SEQUENCE_WORDS
// words. Read in order, a long story used them up before its question ("... Yesterday he brought
// me a box he carved himself. Can I accept the gift?" was searched as the story's first lines,
// without "gift"). So a query over those limits is read by its sentences, the question first:
// the sentences that ask, then the one before each (what just happened), then the first (who
// asks), then the rest in order, as many as fit, put back in their order.
import { stem, STOP_WORDS, words } from "../text.js";

/** Sentence ends: . ! ? (with closing quotes or brackets after them), and line breaks. */
const SENTENCE_END = /(?<=[.!?…]["'”’)\]]*)\s+|\s*\n\s*/;
/** A sentence that asks without a question mark, as texting does: "is it ok to", "can i", "what do i do". */
const ASKING_START = /^\W*(can|could|should|would|will|may|do|does|did|is|am|are|was|were|what|how|who|when|where|why|which|whats|hows)\b/i;
/** Of a query this long, the start and the end are read for sentences: a pasted book costs no more. */
const SCANNED_LENGTH = 32_768;

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

function readSentence(text: string): Sentence {
  const all = words(text);
  return { text, stems: all.filter((word) => !STOP_WORDS.has(word)).map(stem), wordCount: all.length };
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

/** The sentences of a query over `limits` that matter most (above), in their order; a query of one sentence as it is. */
export function sentencesToRead(query: string, limits: Limits): string {
  // Cut between words, so that no scrap of one is read as a word.
  const scanned = query.length <= 2 * SCANNED_LENGTH ? query : `${query.slice(0, SCANNED_LENGTH).replace(/\S*$/, "")}\n${query.slice(-SCANNED_LENGTH).replace(/^\S*/, "")}`;
  const sentences = scanned.split(SENTENCE_END).filter((text) => text.trim() !== "").map(readSentence);
  if (sentences.length < 2) return query;
  const asking = sentences.flatMap((sentence, at) => (sentence.text.includes("?") || ASKING_START.test(sentence.text) ? [at] : []));
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
