// How strongly a whole standard binds, for `--strength`, `random`, the quiz and the handouts.
// Every study feature reads strength through strengthOfStandard, so that a better reading of a
// standard (its notes and qualifiers counted: a note deferring to agency policy makes a rule
// conditional) reaches all of them at once.
import type { Standard, Strength } from "../../model.js";
import { classifyStandard, defersSomewhere, namesAgencyRequirement, sentencesOf, strengthOfText, strongest, type StrengthReading } from "../concepts/strength.js";
import { STOP_WORDS } from "../text.js";

export function strengthOfStandard(standard: Standard): StrengthReading {
  return classifyStandard(standard);
}

/**
 * strengthOfStandard(standard).strength without working out its qualifiers (most of the cost): a
 * standard's notes narrow its reading with qualifiers only. A test holds the two together.
 */
export function strengthAlone(standard: Standard): Strength {
  return strengthOfText(standard.text);
}

export type WithStrength<T> = T & { strength: Strength };
/** A standard or hit with how it binds and what narrows that (strengthOfStandard), as `random` and `topic` give them. */
export type WithReading<T> = WithStrength<T> & { qualifiers: string[] };

export function withReading(standard: Standard): WithReading<Standard> {
  const { strength, qualifiers } = strengthOfStandard(standard);
  return { ...standard, strength, qualifiers };
}

/** A reading a quiz can ask about: one strength, and the sentence whose words decide it. */
export interface ConfidentReading {
  strength: Exclude<Strength, "describes" | "allows">;
  /** The first sentence of the text whose markers give the strength. */
  sentence: string;
}

/**
 * The classifier falls back on the mood of a clause (an imperative requires, as does the present
 * tense of "PSS avoid…") when no marker ("shall not", "strive", "agency policy", "must") is in
 * it. A statement put in front of each clause leaves only the markers to decide: "It is the
 * case that provide…" describes, "It is the case that shall not…" prohibits.
 */
const NO_MOOD = "It is: ";

function byMarker(text: string): Strength {
  const clauses = text.split(/;\s*/).filter((clause) => clause.trim() !== "");
  return strongest(clauses.map((clause) => strengthOfText(NO_MOOD + clause))) ?? "describes";
}

/**
 * The reading of a standard when nothing in it argues otherwise: the markers of every sentence
 * of its text, items and notes give that strength or none (a note that defers to the agency
 * makes a prohibition conditional: no reading), and a marker, not the mood of a sentence, gives
 * the standard's strength. Null when the standard mixes strengths, by its markers or its mood,
 * or only describes.
 */
export function confidentReading(standard: Standard): ConfidentReading | null {
  const strength = strengthAlone(standard);
  // (a whole standard never allows: that is said of the matter of an exception only)
  if (strength === "describes" || strength === "allows") return null;
  // by markers only: the mood of a sentence is a guess ("Illicit drugs" means…, a definition,
  // reads as an imperative; so does an exception listed as an item)
  const parts = [standard.text, ...standard.items.map((item) => item.text), ...standard.notes];
  const readings = parts.flatMap(sentencesOf).map(byMarker);
  if (!readings.every((reading) => reading === strength || reading === "describes")) return null;
  const sentence = sentencesOf(standard.text).find((candidate) => byMarker(candidate) === strength);
  if (sentence === undefined || bindsOtherwiseByMood(standard.text, strength)) return null;
  if (strength === "defers" && bindsWithoutWhatTheAgencySets(sentence)) return null;
  // "…will utilize supervision and abide by the standards … established by their employer"
  // requires, and leaves what the supervision holds to the employer: either answer is right.
  // So does "I will maintain required documentation … as required by my agency" (or "as my
  // agency requires"): the duty is the code's, which records it covers the agency's.
  if (strength !== "defers" && (defersSomewhere(sentence) || namesAgencyRequirement(sentence))) return null;
  return { strength, sentence };
}

/** "As defined by their employing agency": the agency sets what a rule covers. */
const AS_THE_AGENCY_SETS = /\bas\s+(?:defined|determined|established)\s+by\b[^,;.:]*/gi;

/**
 * Whether a sentence that defers only by saying the agency sets what its rule covers binds
 * without that ("Work within their scope of practice as defined by their employing agency":
 * work within it). It both requires and defers, and a student who answers
 * either is right: no question is asked of it. "Follow organizational policies", "if allowed by
 * the agency", "only in accordance with agency policy" defer whole, and are asked.
 */
function bindsWithoutWhatTheAgencySets(sentence: string): boolean {
  const without = sentence.replace(AS_THE_AGENCY_SETS, "");
  // Read with its mood: "Work within their scope of practice" is an imperative, and requires.
  return without !== sentence && !["defers", "describes"].includes(strengthOfText(without));
}

/**
 * Whether the text binds with another strength too, read as the classifier reads it, mood and
 * all: a sentence ("PSS support people to make their own choices" requires), or a predicate that
 * "and" or "but" joins before the words deciding the reading ("Make decisions in collaboration
 * … and do not make decisions for …"). The mood is too much a guess to give a question its
 * answer, but a student who reads it so answers as rightly as the markers do: two right answers.
 */
function bindsOtherwiseByMood(text: string, strength: Strength): boolean {
  const bindsOtherwise = (words: string) => ![strength, "describes"].includes(strengthOfText(words));
  return sentencesOf(text).some((sentence) => {
    if (bindsOtherwise(sentence)) return true;
    // A clause after a semicolon with a marker of its own binds on its own ("PSS do not take
    // peers to their homes; any exception to this must have written agency approval" defers the
    // exception to the agency); one without is more of the list before it ("…; neglect, ignore…").
    const clauses = sentence.split(";").slice(1);
    if (clauses.some((clause) => ![strength, "describes"].includes(byMarker(clause)))) return true;
    const run = decidingRun(strength, sentence);
    if (run === null) return false;
    const before = wordsOf(sentence).slice(0, run.start).join(" ");
    const joined = /^(.*?),?\s+(?:and|but)$/i.exec(before);
    return joined !== null && bindsOtherwise(joined[1]!);
  });
}

/** Words separated by spaces, punctuation kept on them. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== "");
}

function bare(word: string): string {
  // (The run at the end matched from where it starts only, so that a long one is read once.)
  return word.toLowerCase().replace(/^[^a-z0-9]+|(?<![^a-z0-9])[^a-z0-9]+$/g, "");
}

const ENDS_CLAUSE = /[,;:.!?)”"]$/;

/** Where, among the words of a sentence, the words deciding its strength start and end. */
interface Run {
  start: number;
  end: number;
}

/**
 * The words that decide a confident reading, verbatim: the shortest run of the sentence whose
 * markers give its strength, carried on over small words to the next meaningful one ("if
 * allowed by" → "if allowed by the agency", "Shall not" → "Shall not provide"), never past the
 * end of a clause.
 */
export function decidingWords(reading: ConfidentReading): string {
  const run = decidingRun(reading.strength, reading.sentence);
  if (run === null) return reading.sentence;
  return wordsOf(reading.sentence)
    .slice(run.start, run.end)
    .join(" ")
    .replace(/(?<![,;:.!?])[,;:.!?]+$/, "");
}

function decidingRun(strength: Strength, sentence: string): Run | null {
  const words = wordsOf(sentence);
  for (let length = 1; length <= words.length; length++) {
    for (let start = 0; start + length <= words.length; start++) {
      const run = words.slice(start, start + length);
      if (run.slice(0, -1).some((word) => word.endsWith(";"))) continue;
      if (byMarker(run.join(" ")) !== strength) continue;
      let end = start + length;
      if (!ENDS_CLAUSE.test(words[end - 1]!)) {
        const small = (word: string) => STOP_WORDS.has(bare(word)) || /ly$/.test(bare(word));
        while (end < words.length && small(words[end]!) && !ENDS_CLAUSE.test(words[end]!)) end++;
        if (end < words.length) end++;
      }
      return { start, end };
    }
  }
  return null;
}
