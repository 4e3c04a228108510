// A quiz on paper: the questions to hand out, then the answer key with the standard that decides
// each answer, in Markdown (read as it is, or made into a page by any Markdown tool). The same
// seed asks the same questions at a terminal, so a class can take it either way.
import { answerEditorial, choiceShown, passageLines, type Passage, type Question, type Quiz } from "../core/study/quiz.js";
import { choiceLetter } from "../core/study/answer.js";
import type { Standard } from "../model.js";
import { plural } from "./plural.js";
import { codeSpan, escapeMarkdown, wrapEscapedMarkdown, wrapMarkdown } from "./markdown-text.js";
import { wrap } from "./terminal-text.js";

export interface WorksheetOptions {
  width: number;
  /** The command that asks the same questions at a terminal (`ethics quiz --seed 42 …`). */
  sameQuiz: string;
}

/** A passage quoted as a Markdown block quote under a list item's indent: the text, its items, its notes. */
function quoted(passage: Pick<Passage, "text" | "items" | "notes">, indent: string, width: number): string[] {
  const quote = `${indent}> `;
  const paragraphs = passageLines(passage).filter((paragraph) => paragraph.trim() !== "");
  // A line of ">" alone between paragraphs keeps them apart in the one quote.
  return paragraphs.flatMap((paragraph, at) => [...(at === 0 ? [] : [`${indent}>`]), wrapMarkdown(paragraph, width, quote)]);
}

/**
 * A standard quoted whole, then our editor's notes on it, as the terminal's quiz shows them: what
 * is odd in the source ("families_and") is said to be the source's. Ours, so outside the quote.
 */
function quotedStandard(standard: Standard, indent: string, width: number): string[] {
  return [...quoted(standard, indent, width), ...standard.editorial.flatMap((remark) => ["", wrapEscapedMarkdown(`Editor's note: ${escapeMarkdown(remark)}`, width, indent)])];
}

function renderQuestionItem(question: Question, number: number, width: number): string {
  const head = `${number}. `;
  const indent = " ".repeat(head.length);
  const lines = [wrapMarkdown(question.ask, width, indent, head)];
  if (question.passage) lines.push("", ...quoted(question.passage, indent, width));
  lines.push("");
  question.choices.forEach((choice, at) => {
    lines.push(wrapMarkdown(choice, width, `${indent}     `, `${indent}- ${choiceLetter(at)}) `));
    // A situation's choice is a standard: quoted whole under its citation, inside its list item.
    const standard = question.choiceStandards?.[at];
    if (standard) lines.push("", ...quotedStandard(choiceShown(question, standard), `${indent}  `, width), ...(at < question.choices.length - 1 ? [""] : []));
  });
  return lines.join("\n");
}

function renderAnswerItem(question: Question, number: number, width: number): string {
  const head = `${number}. `;
  const indent = " ".repeat(head.length);
  const answer = `${choiceLetter(question.answer)}) ${escapeMarkdown(question.choices[question.answer]!)}`;
  const lines = [wrapEscapedMarkdown(`**${answer}** — ${escapeMarkdown(question.explanation)}`, width, indent, head)];
  // A situation whose choices did not quote the standards: the one that decides it is given
  // whole, as the quiz at a terminal gives it after the answer.
  if (question.kind === "situation" && !question.choiceStandards) lines.push("", ...quotedStandard(question.standard, indent, width));
  // Our editor's notes on it, where its choice did not show them (choiceShown).
  for (const remark of answerEditorial(question)) lines.push("", wrapEscapedMarkdown(`Editor's note: ${escapeMarkdown(remark)}`, width, indent));
  return lines.join("\n");
}

export function renderQuizWorksheet(quiz: Quiz, options: WorksheetOptions): string {
  const { width } = options;
  const header = [
    `# Quiz: ${plural(quiz.questions.length, "question")}`,
    "",
    wrap(`Seed ${quiz.seed}: ${codeSpan(options.sameQuiz)} asks the same questions at a terminal.`, width),
    ...quiz.notes.flatMap((note) => ["", wrapMarkdown(note, width)]),
  ];
  const questions = quiz.questions.map((question, at) => renderQuestionItem(question, at + 1, width));
  const answers = quiz.questions.map((question, at) => renderAnswerItem(question, at + 1, width));
  return [...header, "", "## Questions", "", questions.join("\n\n"), "", "## Answers", "", answers.join("\n\n")].join("\n") + "\n";
}
