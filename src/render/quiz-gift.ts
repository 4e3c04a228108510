// A quiz for a course on a learning platform: Moodle's GIFT format, which Moodle's question bank
// imports (Import › GIFT format) as multiple-choice questions with the explanation as feedback,
// so a trainer's online course asks what the class asked on paper. Each question's text is HTML
// ([html]), the passage quoted as the printed worksheet quotes it (quiz-worksheet-html.ts); a
// situation's choices are each a standard whole under its citation, on the choice itself, since
// Moodle shuffles the choices and letters in the question would point at the wrong ones.
import { printedItemLabel } from "../core/codes/slug.js";
import { answerEditorial, choiceShown, type Passage, type Question, type Quiz } from "../core/study/quiz.js";
import { contentHtml } from "./html.js";
import { passageHtml } from "./quiz-worksheet-html.js";
import { wrap } from "./terminal-text.js";

/** The file's comments are for the person who opens it: they fit 80 columns. Its questions are for Moodle. */
const COMMENT_WIDTH = 80;

export interface GiftOptions {
  /** The command that asks the same questions at a terminal (`ethics quiz --seed 42 …`). */
  sameQuiz: string;
}

/**
 * GIFT's own characters made plain: ~ = # { } : start answers, feedback, the question's end and
 * its title; a backslash escapes them (and itself). Applied to HTML already escaped: "&#39;" too.
 */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, "\\$&");
}

/**
 * Lines of HTML as one question's text. GIFT ends a question at a blank line and reads a line
 * that starts with "//" as a comment: every line here starts with a tag, so none is either.
 */
function giftText(lines: readonly string[]): string {
  return lines.map(escapeGift).join("\n");
}

/** A standard offered as a choice, on one line (an answer is one): its citation, then its words as the worksheet quotes them. */
function choiceStandardHtml(citation: string, standard: Pick<Passage, "text" | "items" | "notes"> & { editorial?: readonly string[] }): string {
  const items = standard.items.map((item) => `<br>${contentHtml(printedItemLabel(item.label))} ${contentHtml(item.text)}`).join("");
  const notes = standard.notes.map((note) => `<br><i>Note:</i> ${contentHtml(note)}`).join("");
  const editorial = (standard.editorial ?? []).map((remark) => `<br><small>Editor’s note: ${contentHtml(remark)}</small>`).join("");
  return `<b>${contentHtml(citation)}</b><br>${contentHtml(standard.text)}${items}${notes}${editorial}`;
}

function questionGift(question: Question, number: number, seed: number): string {
  const stem = giftText([`<p>${contentHtml(question.ask)}</p>`, ...(question.passage ? passageHtml(question.passage) : [])]);
  const choices = question.choices.map((choice, at) => {
    const standard = question.choiceStandards?.[at];
    const text = standard ? choiceStandardHtml(choice, choiceShown(question, standard)) : contentHtml(choice);
    return `${at === question.answer ? "=" : "~"}${escapeGift(text)}`;
  });
  // A situation whose choices do not quote the standards: the deciding one is given whole with the explanation, as at a terminal.
  const feedback = giftText([
    `<p>${contentHtml(question.explanation)}</p>`,
    ...(question.kind === "situation" && !question.choiceStandards ? passageHtml(question.standard) : []),
    // Our editor's notes on it, where its choice did not show them (choiceShown).
    ...answerEditorial(question).map((remark) => `<p><small>Editor’s note: ${contentHtml(remark)}</small></p>`),
  ]);
  return [`::Seed ${seed}, question ${number}:: [html]${stem} {`, ...choices, `####${feedback}`, "}"].join("\n");
}

export function renderQuizGift(quiz: Quiz, options: GiftOptions): string {
  const comments = [
    `// ${quiz.questions.length === 1 ? "1 question" : `${quiz.questions.length} questions`} made by ethics quiz from the codes’ own words, in Moodle's GIFT format: in Moodle, Question bank › Import › GIFT format.`,
    `// Seed ${quiz.seed}: \`${options.sameQuiz}\` asks the same questions at a terminal.`,
    ...quiz.notes.map((note) => `// ${note}`),
  ].map((line) => wrap(line.replace(/^\/\/ /, "").replace(/[\r\n]+/g, " "), COMMENT_WIDTH, "// ", "// "));
  const questions = quiz.questions.map((question, at) => questionGift(question, at + 1, quiz.seed));
  return [...comments, "", `$CATEGORY: ethics quiz seed ${quiz.seed}`, "", questions.join("\n\n"), ""].join("\n");
}
