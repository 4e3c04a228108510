// A quiz as its taker reads it: the question, the quoted words, the choices, then whether the
// answer was right, the explanation and the standard that decides it; at the end, how to read
// again the standards answered wrong, and the score.
import { answerEditorial, BLANK, choiceShown, type Passage, type Question, type Quiz } from "../core/study/quiz.js";
import { choiceLetter } from "../core/study/answer.js";
import { ANSWER_SHOWN, shorten } from "../core/shorten.js";
import { renderStandard } from "./codes.js";
import { commandLines } from "./command-line.js";
import { paintWords, renderEditorsNote, renderItem, renderStandardBody } from "./standard-body.js";
import { plural } from "./plural.js";
import { span } from "./span.js";
import { styleFor, type RenderOptions } from "./style.js";
import { visible, wrap } from "./terminal-text.js";

/** A typed answer as it may be shown: made visible (it is the user's text) and cut short. */
function shownAnswer(input: string): string {
  return shorten(input, ANSWER_SHOWN, visible);
}

function renderPassage(passage: Passage, options: RenderOptions): string[] {
  const style = styleFor(options);
  return [
    wrap(visible(passage.text), options.width, "  ", "  "),
    ...passage.items.map((item) => renderItem(item.label, visible(item.text), options.width, "  ", "     ")),
    ...passage.notes.map((note) => wrap(visible(note), options.width, "        ", "  " + style.label("Note:") + " ")),
  ];
}

/**
 * A cloze's blank as a word, for --plain: underscores a screen reader reads as "underline" five
 * times, or, at its usual punctuation level, not at all, the sentence closing over the gap.
 */
function saidBlank(passage: Passage): Passage {
  return { ...passage, text: passage.text.replaceAll(BLANK, "[blank]") };
}

/** Under a choice's letter: where its words, and the standard's it names, begin. */
const CHOICE_INDENT = "     ";

/**
 * `sameQuiz`: the words of the command that asks these questions again, written out whole: "--seed
 * 618402 repeats it" was read as `ethics quiz --seed 618402`, which, after a `--review`, a
 * `--code` or a `--topic`, is another quiz.
 */
export function renderQuizHeader(quiz: Quiz, interactive: boolean, options: RenderOptions, sameQuiz?: readonly string[]): string {
  const style = styleFor(options);
  const count = plural(quiz.questions.length, "question");
  const lines =
    sameQuiz === undefined
      ? [wrap(style.heading(`Quiz: ${count} (seed ${quiz.seed}: --seed ${quiz.seed} repeats it)`), options.width)]
      : [wrap(style.heading(`Quiz: ${count} (seed ${quiz.seed}), asked again by:`), options.width), ...commandLines(sameQuiz, options.width, "    ", "  ").map((line) => style.dim(line))];
  for (const note of quiz.notes) lines.push(wrap(paintWords(style.dim, note), options.width));
  if (interactive) lines.push(wrap("Answer with a letter, a number or a choice's words; Ctrl-D stops the quiz.", options.width));
  return lines.join("\n") + "\n";
}

export function renderQuestion(question: Question, index: number, total: number, options: RenderOptions, heading = "Question"): string {
  const style = styleFor(options);
  const lines = ["", style.citation(`${heading} ${index + 1} of ${total}`), wrap(visible(question.ask), options.width)];
  if (question.passage) lines.push("", ...renderPassage(question.kind === "cloze" && options.plain ? saidBlank(question.passage) : question.passage, options));
  lines.push("");
  question.choices.forEach((choice, at) => {
    lines.push(wrap(visible(choice), options.width, CHOICE_INDENT, `  ${style.label(`${choiceLetter(at)})`)} `));
    const standard = question.choiceStandards?.[at];
    // The standard whole, as `show` gives it (editor's notes too), and a blank line after it,
    // so that each choice reads as one.
    if (standard) lines.push(renderStandardBody(choiceShown(question, standard), options, style, { indent: CHOICE_INDENT }), "");
  });
  return lines.join("\n") + "\n";
}

function letters(question: Question, options: RenderOptions): string {
  return span(choiceLetter(0), choiceLetter(question.choices.length - 1), options);
}

/** What to type, before each answer. */
export function renderAnswerPrompt(question: Question, options: RenderOptions): string {
  return `Your answer (${letters(question, options)}): `;
}

/** A scripted answer written after its prompt, so that the transcript reads as a dialogue. */
export function renderEchoedAnswer(input: string): string {
  return shownAnswer(input) + "\n";
}

export function renderInvalidAnswer(input: string, question: Question, counted: boolean, options: RenderOptions): string {
  const shown = input.trim() === "" ? "An empty answer" : `'${shownAnswer(input.trim())}'`;
  const expected = `a letter ${letters(question, options)}, a number ${span("1", String(question.choices.length), options)} or a choice's words`;
  return wrap(`${shown} is not one of the choices: ${counted ? `counted wrong (expected ${expected})` : `answer with ${expected}`}.`, options.width) + "\n";
}

/** Right or wrong, then why, with the citation; the standard whole where the question did not show it. */
export function renderVerdict(question: Question, chosen: number | null, options: RenderOptions): string {
  const style = styleFor(options);
  const rightChoice = `${choiceLetter(question.answer)}) ${visible(question.choices[question.answer]!)}`;
  const verdict = chosen === question.answer ? paintWords(style.added, `Right: ${rightChoice}`) : paintWords(style.removed, `Wrong. The answer is ${rightChoice}`);
  const lines = [wrap(verdict, options.width), wrap(visible(question.explanation), options.width)];
  // A situation's deciding standard is given whole, where its choices did not show it.
  if (question.kind === "situation" && !question.choiceStandards) lines.push("", renderStandard(question.standard, options));
  // Our editor's notes on it, where its choice did not show them (choiceShown).
  for (const remark of answerEditorial(question)) lines.push(renderEditorsNote(remark, options, style, ""));
  return lines.join("\n") + "\n";
}

/** The `ethics show` commands (each its words) that print again the standards of the answers that were wrong, one a line. */
export function renderReview(commands: readonly (readonly string[])[], options: RenderOptions): string {
  if (commands.length === 0) return "";
  const style = styleFor(options);
  const lines = ["", wrap(`To review the ${commands.length === 1 ? "standard" : "standards"} you missed:`, options.width)];
  for (const command of commands) lines.push(...commandLines(command, options.width, "    ", "  ").map((line) => style.dim(line)));
  return lines.join("\n") + "\n";
}

export function renderScore(right: number, asked: number, options: RenderOptions): string {
  return `\n${styleFor(options).heading(`Score: ${right}/${asked}`)}\n`;
}

/**
 * After the score, at a terminal: whether to ask again the questions answered wrong. The prompt
 * is a short line of its own: one the terminal folds (46 columns at 40) was drawn again in part
 * when the terminal was resized while it waited.
 */
export function renderAskAgainPrompt(missed: number): string {
  return missed === 1 ? "\nYou missed 1 question.\nAsk it again? (y/N): " : `\nYou missed ${missed} questions.\nAsk them again? (y/N): `;
}

/** A yes-or-no prompt answered otherwise, asked again. */
export function renderYesOrNo(): string {
  return "Answer y or n: ";
}

/** The score of a round of questions asked again. */
export function renderAgainScore(right: number, asked: number, options: RenderOptions): string {
  return `\n${styleFor(options).heading(`Asked again: ${right}/${asked}${right === asked ? ", all right now" : ""}`)}\n`;
}

/** What a quiz's answers did to the review (quiz --review) kept between quizzes, said after the score. */
export interface ReviewChange {
  /** Standards missed in this quiz, now under review. */
  missed: number;
  /** The citations of standards answered right often enough to leave the review in this quiz. */
  learned: readonly string[];
  /** Standards under review after the quiz. */
  toReview: number;
  /** The command that asks about them (`ethics quiz --review`, with the --data it needs), as words. */
  command: readonly string[];
}

export function renderReviewChange(change: ReviewChange, options: RenderOptions): string {
  const style = styleFor(options);
  const lines: string[] = [];
  if (change.learned.length > 0) lines.push("", wrap(`Out of your review, answered right twice since missed: ${visible(change.learned.join("; "))}.`, options.width));
  if (change.missed > 0 || (change.learned.length > 0 && change.toReview > 0)) {
    const kept = change.missed > 0 ? `Kept for review: the ${change.missed === 1 ? "standard" : `${change.missed} standards`} you missed${change.toReview > change.missed ? ` (${change.toReview} in all)` : ""}.` : `${plural(change.toReview, "standard")} left to review.`;
    lines.push("", wrap(`${kept} To be asked about ${change.toReview === 1 ? "it" : "them"} again:`, options.width));
    lines.push(...commandLines(change.command, options.width, "    ", "  ").map((line) => style.dim(line)));
  }
  return lines.length === 0 ? "" : lines.join("\n") + "\n";
}

/** Why a quiz's answers could not be kept for review: the record's path and what is wrong with it; `leftAsItIs`, where there is a file that was not written over. */
export function renderReviewNotKept(file: string, problem: string, leftAsItIs: boolean, options: RenderOptions): string {
  return "\n" + wrap(paintWords(styleFor(options).dim, `Not kept for review: ${visible(file)} ${visible(problem)}${leftAsItIs ? "; it was left as it is" : ""}.`), options.width) + "\n";
}
