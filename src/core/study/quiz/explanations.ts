// What a quiz says after each answer: the standard that decides it, and why, in a sentence. Words
// of the codes are quoted as they are written.
import type { Concept, Standard } from "../../../model.js";
import { decidingWords, type ConfidentReading } from "../strength.js";
import { inSentence } from "../../in-sentence.js";
import { listOf } from "./list-of.js";

/** "Which code says this?": the standard, and the codes that say much the same, which were not offered. */
export function whichCodeExplanation(citation: string, alsoSaid: readonly string[]): string {
  return (
    `${citation} says this.` +
    (alsoSaid.length > 0
      ? ` ${listOf(alsoSaid)} ${alsoSaid.length === 1 ? "says" : "say"} much the same, so ${alsoSaid.length === 1 ? "that code is" : "those codes are"} not among the choices.`
      : "")
  );
}

/**
 * "Which standard governs this?": the matter the standard governs, as the concept index tells it,
 * its name and description written to stand alone put in one sentence. A name that has a colon
 * of its own ("Healthy disclosure: keeping the focus on the person") is followed by a dash: after
 * two colons in a row a reader cannot tell which part explains which.
 */
export function situationExplanation(citation: string, concept: Concept): string {
  const joiner = concept.name.includes(":") ? " — " : ": ";
  return `${citation} governs ${inSentence(concept.name)}${joiner}${inSentence(concept.description)}`;
}

/** "Does it prohibit, require…?": the strength (a choice's words, less its gloss) and the words that decide it. */
export function strengthExplanation(citation: string, choice: string, reading: ConfidentReading): string {
  return `${citation} ${choice.replace(/ \(.*\)$/, "")}: “${decidingWords(reading)}”.`;
}

/** "Which word is missing?": the words around the blank, as the standard reads. */
export function clozeExplanation(standard: Standard, start: number, end: number): string {
  const quoted = quoteAround(standard.text, start, end);
  return `${standard.citation} reads “${quoted}”${/[.!?]$/.test(quoted) ? "" : "."}`;
}

/** Up to six words either side of a blank, within its sentence: what the explanation quotes. */
function quoteAround(text: string, start: number, end: number): string {
  const sentenceEnds = [...text.slice(0, start).matchAll(/[.!?]["”)]?\s+/g)];
  const sentenceStart = sentenceEnds.length > 0 ? sentenceEnds[sentenceEnds.length - 1]!.index + sentenceEnds[sentenceEnds.length - 1]![0].length : 0;
  const next = text.slice(end).search(/[.!?]["”)]?(?:\s|$)/);
  const sentenceEnd = next < 0 ? text.length : end + next + 1;
  const before = text.slice(sentenceStart, start);
  const after = text.slice(end, sentenceEnd);
  const head = before.match(/(?:\S+\s+){0,6}$/)![0];
  const tail = after.match(/^\S*(?:\s+\S+){0,6}/)![0];
  const quote = head + text.slice(start, end) + tail;
  return `${head.length < before.length ? "…" : ""}${quote}${tail.length < after.length ? "…" : ""}`;
}
