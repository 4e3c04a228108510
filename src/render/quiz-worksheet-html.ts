// A quiz on paper as a page to print: the handout's stylesheet and escaping (html.ts), a line for
// the student's name and the date, the questions, then the answer key on a page of its own, so
// that a trainer can print the questions for the class and keep the key. What it holds is what
// the Markdown worksheet holds (quiz-worksheet.ts), passage for passage.
import { printedItemLabel } from "../core/codes/slug.js";
import { choiceLetter } from "../core/study/answer.js";
import { answerEditorial, BLANK, choiceShown, type Passage, type Question, type Quiz } from "../core/study/quiz.js";
import { contentHtml, escapeHtml, pageHead } from "./html.js";
import { plural } from "./plural.js";

export interface HtmlWorksheetOptions {
  /** The command that asks the same questions at a terminal (`ethics quiz --seed 42 …`). */
  sameQuiz: string;
}

/** A passage whole, as the Markdown worksheet quotes it: its text, its items, its notes; a standard's editor's notes after it, ours and not the source's. */
export function passageHtml(passage: Pick<Passage, "text" | "items" | "notes"> & { editorial?: readonly string[] }): string[] {
  const lines = ['<blockquote class="passage">', `<p>${contentHtml(passage.text)}</p>`];
  if (passage.items.length > 0) {
    lines.push('<ul class="items">');
    for (const item of passage.items) lines.push(`<li><span class="label">${contentHtml(printedItemLabel(item.label))}</span> ${contentHtml(item.text)}</li>`);
    lines.push("</ul>");
  }
  for (const note of passage.notes) lines.push(`<p class="note"><span class="tag">Note:</span> ${contentHtml(note)}</p>`);
  lines.push("</blockquote>");
  for (const remark of passage.editorial ?? []) lines.push(`<p class="editorial">Editor’s note: ${contentHtml(remark)}</p>`);
  return lines;
}

/**
 * A cloze's line to write on, with a word a screen reader says in its place: five underscores
 * are read as "underline" five times, or, at its usual punctuation level, not at all, the
 * sentence closing over the gap. The word is unseen, the line unread.
 */
const SAID_BLANK = `<span aria-hidden="true">${BLANK}</span><span class="unseen">blank</span>`;

function questionHtml(question: Question): string[] {
  const passage = question.passage ? passageHtml(question.passage) : [];
  return [
    '<li class="question">',
    `<p class="ask">${contentHtml(question.ask)}</p>`,
    ...(question.kind === "cloze" ? passage.map((line) => line.replaceAll(BLANK, SAID_BLANK)) : passage),
    '<ol class="choices">',
    ...question.choices.flatMap((choice, at) => {
      // A situation's choice is a standard: given whole under its citation.
      const standard = question.choiceStandards?.[at];
      const label = `<span class="label">${choiceLetter(at)})</span> ${contentHtml(choice)}`;
      return standard ? [`<li>${label}`, ...passageHtml(choiceShown(question, standard)), "</li>"] : [`<li>${label}</li>`];
    }),
    "</ol>",
    "</li>",
  ];
}

function answerHtml(question: Question): string[] {
  const answer = `${choiceLetter(question.answer)}) ${contentHtml(question.choices[question.answer]!)}`;
  return [
    '<li class="answer">',
    `<p><strong>${answer}</strong> — ${contentHtml(question.explanation)}</p>`,
    // A situation whose choices did not give the standards: the one that decides it is given
    // whole, as the quiz at a terminal gives it after the answer.
    ...(question.kind === "situation" && !question.choiceStandards ? passageHtml(question.standard) : []),
    // Our editor's notes on it, where its choice did not show them (choiceShown).
    ...answerEditorial(question).map((remark) => `<p class="editorial">Editor’s note: ${contentHtml(remark)}</p>`),
    "</li>",
  ];
}

export function renderQuizWorksheetHtml(quiz: Quiz, options: HtmlWorksheetOptions): string {
  const title = `Quiz: ${plural(quiz.questions.length, "question")}`;
  const body = [
    "<header>",
    `<h1>${escapeHtml(title)}</h1>`,
    '<p class="student"><span>Name</span><span class="blank"></span><span>Date</span><span class="blank"></span></p>',
    `<p class="same-quiz">Seed ${quiz.seed}: <code>${escapeHtml(options.sameQuiz)}</code> asks the same questions at a terminal.</p>`,
    ...quiz.notes.map((note) => `<p class="quiz-note">${contentHtml(note)}</p>`),
    "</header>",
    '<section class="questions">',
    "<h2>Questions</h2>",
    '<ol class="questions">',
    ...quiz.questions.flatMap(questionHtml),
    "</ol>",
    "</section>",
    '<section class="answers">',
    "<h2>Answers</h2>",
    '<ol class="answers">',
    ...quiz.questions.flatMap(answerHtml),
    "</ol>",
    "</section>",
    '<footer class="printed">Questions made by <i>ethics quiz</i> from the codes’ own words.</footer>',
    "</body>",
    "</html>",
  ];
  return pageHead(title, "worksheet") + body.join("\n") + "\n";
}
