// A quiz taken: each question, an answer read, the verdict; at the end, the `ethics show`
// commands of the standards answered wrong, then the score. On a terminal a bad answer is asked
// again; scripted (stdin not a terminal) it is counted wrong, said so, and the answer is echoed
// so the transcript reads as a dialogue. The end of the input stops the quiz with the score so far.
// On a terminal, the questions answered wrong may then be asked again, round after round.
import { parseAnswer } from "../core/study/answer.js";
import type { Question, Quiz } from "../core/study/quiz.js";
import { seededRandom, type Random } from "../core/study/rng.js";
import { renderAgainScore, renderAnswerPrompt, renderAskAgainPrompt, renderYesOrNo, renderEchoedAnswer, renderInvalidAnswer, renderQuestion, renderQuizHeader, renderReview, renderScore, renderVerdict } from "../render/quiz.js";
import type { RenderOptions } from "../render/style.js";

export interface QuizIo {
  interactive: boolean;
  write(text: string): void;
  readLine(): Promise<string | null>;
}

/** What is kept of a quiz's answers for `quiz --review` (review-record.ts). */
export interface QuizReview {
  /** A question's first answer (not one asked again in the same quiz, which the answer just seen decides). */
  answered(question: Question, right: boolean): void;
  /** Said after the score: what was kept, or why nothing could be; "" for nothing to say. */
  note(options: RenderOptions): string;
}

export interface QuizOutcome {
  right: number;
  /** Questions answered, a bad scripted answer included. */
  asked: number;
  completed: boolean;
}

/**
 * `showCommand` gives the words of the command that prints a question's deciding standard
 * (`ethics show` and showReference, with the --data a user's code needs): a standard answered
 * wrong is the one to read again. `optionsNow` is asked
 * before each thing written: a terminal resized during the quiz (a pane split, a window made
 * narrow) gets the next question at its new width, as a pager does. `sameQuiz`: the words of
 * the command that asks the same questions, for the heading (renderQuizHeader).
 */
export async function takeQuiz(quiz: Quiz, io: QuizIo, optionsNow: () => RenderOptions, showCommand: (question: Question) => readonly string[], review?: QuizReview, sameQuiz?: readonly string[]): Promise<QuizOutcome> {
  const outcome: QuizOutcome = { right: 0, asked: 0, completed: false };
  // each command once, by its words
  const missed = new Map<string, readonly string[]>();
  const missedQuestions: Question[] = [];
  const end = () => renderReview([...missed.values()], optionsNow()) + renderScore(outcome.right, outcome.asked, optionsNow()) + (review?.note(optionsNow()) ?? "");
  io.write(renderQuizHeader(quiz, io.interactive, optionsNow(), sameQuiz));
  const total = quiz.questions.length;
  for (const [index, question] of quiz.questions.entries()) {
    io.write(renderQuestion(question, index, total, optionsNow()));
    const chosen = await answerTo(question, io, optionsNow);
    if (chosen === STOPPED) {
      io.write("\n" + end());
      return outcome;
    }
    outcome.asked++;
    review?.answered(question, chosen === question.answer);
    if (chosen === question.answer) outcome.right++;
    else {
      const command = showCommand(question);
      missed.set(command.join(" "), command);
      missedQuestions.push(question);
    }
    io.write(renderVerdict(question, chosen, optionsNow()));
  }
  io.write(end());
  // At a terminal, the questions missed may be asked again until all are answered right: what
  // was got wrong is what is learned by trying it once more. A script's answers are never read for it.
  if (io.interactive) await askAgain(quiz, missedQuestions, io, optionsNow);
  return { ...outcome, completed: true };
}

/** Ctrl-D at a prompt: the quiz ends there. */
const STOPPED = Symbol("stopped");

/**
 * The choice typed for `question`: its index, null for a bad scripted answer (counted wrong), or
 * STOPPED at the end of the input. On a terminal a bad answer is asked again.
 */
async function answerTo(question: Question, io: QuizIo, optionsNow: () => RenderOptions): Promise<number | null | typeof STOPPED> {
  for (;;) {
    io.write(renderAnswerPrompt(question, optionsNow()));
    const line = await io.readLine();
    if (line === null) return STOPPED;
    if (!io.interactive) io.write(renderEchoedAnswer(line));
    const chosen = parseAnswer(line, question.choices.length, question.choices);
    if (chosen !== null) return chosen;
    io.write(renderInvalidAnswer(line, question, !io.interactive, optionsNow()));
    if (!io.interactive) return null;
  }
}

/**
 * The missed questions asked again while any are missed and the taker says yes, each with its
 * choices in another order (a letter remembered is no answer known); the choices of a strength
 * question keep theirs, which is the scale's. Each round ends with its own score.
 */
async function askAgain(quiz: Quiz, missed: readonly Question[], io: QuizIo, optionsNow: () => RenderOptions): Promise<void> {
  const random = seededRandom(quiz.seed);
  let left = missed;
  while (left.length > 0) {
    io.write(renderAskAgainPrompt(left.length));
    const again = await yesOrNo(io);
    if (again === null) {
      io.write("\n");
      return;
    }
    if (!again) return;
    const round = left.map((question) => (question.kind === "strength" ? question : reordered(question, random)));
    const stillMissed: Question[] = [];
    for (const [index, question] of round.entries()) {
      io.write(renderQuestion(question, index, round.length, optionsNow(), "Again: question"));
      const chosen = await answerTo(question, io, optionsNow);
      if (chosen === STOPPED) {
        io.write("\n");
        return;
      }
      if (chosen !== question.answer) stillMissed.push(left[index]!);
      io.write(renderVerdict(question, chosen, optionsNow()));
    }
    io.write(renderAgainScore(round.length - stillMissed.length, round.length, optionsNow()));
    left = stillMissed;
  }
}

const YES = /^\s*y(?:es)?\s*$/i;
/** No, and Enter alone, the prompt's default (y/N). */
const NO = /^\s*(?:no?)?\s*$/i;

/**
 * The answer to a yes-or-no prompt: null at the end of the input. Anything but yes or no is
 * asked again, as click's confirm and git's prompts ask: a choice's letter typed by habit ("b")
 * ended the quiz as a no.
 */
async function yesOrNo(io: QuizIo): Promise<boolean | null> {
  for (;;) {
    const line = await io.readLine();
    if (line === null) return null;
    if (YES.test(line)) return true;
    if (NO.test(line)) return false;
    io.write(renderYesOrNo());
  }
}

/** The question with its choices (and their standards) in another order: a draw that left them as they were is turned by one. */
function reordered(question: Question, random: Random): Question {
  const drawn = random.shuffled(question.choices.map((_, at) => at));
  const order = drawn.every((at, place) => at === place) ? [...drawn.slice(1), drawn[0]!] : drawn;
  return {
    ...question,
    choices: order.map((at) => question.choices[at]!),
    answer: order.indexOf(question.answer),
    ...(question.choiceStandards && { choiceStandards: order.map((at) => question.choiceStandards![at]!) }),
  };
}
