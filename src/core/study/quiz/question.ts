// What a quiz is made of: its questions, each of one kind, with the passage it quotes, its
// choices and the standard that decides it.
import type { Item, Standard } from "../../../model.js";
import { printedItemLabel } from "../../codes/slug.js";

export const QUESTION_KINDS = ["which-code", "situation", "strength", "cloze"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The words of a standard a question quotes: its text (perhaps with a blank), items and notes. */
export interface Passage {
  text: string;
  items: Item[];
  notes: string[];
}

export interface Question {
  kind: QuestionKind;
  /** The question, one paragraph. */
  ask: string;
  passage: Passage | null;
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  /** The standard that decides the answer. */
  citation: string;
  explanation: string;
  standard: Standard;
  /**
   * A situation's choices are standards: each one's, in the order of `choices`, to be shown
   * whole beside its citation. A student reasons from what the rules say, not from their numbers.
   */
  choiceStandards?: Standard[];
}

export interface Quiz {
  seed: number;
  questions: Question[];
  /** What the reader should know about the quiz: kinds left out and why, fewer questions than asked. */
  notes: string[];
}

export interface QuizOptions {
  count: number;
  seed: number;
  /** Only these kinds of question (quiz --kind); every kind when left out. */
  kinds?: readonly QuestionKind[];
}

/** Where a cloze question's missing word was: a line to write on, as on paper. */
export const BLANK = "_____";

export function passageOf(standard: Standard, text = standard.text): Passage {
  return { text, items: standard.items, notes: standard.notes };
}

/** The question with its quoted words, as one text: what --json prints as `prompt`. */
export function promptText(question: Question): string {
  if (!question.passage) return question.ask;
  return [question.ask, "", ...passageLines(question.passage)].join("\n");
}

/** A passage (or a standard) as lines of plain text: its text, each item with its label, each note. */
export function passageLines({ text, items, notes }: Pick<Passage, "text" | "items" | "notes">): string[] {
  return [text, ...items.map((item) => `${printedItemLabel(item.label)} ${item.text}`), ...notes.map((note) => `Note: ${note}`)];
}
