// A quiz taken: each question, an answer read, the verdict; at the end, the `ethics show`
// commands of the standards answered wrong, then the score. On a terminal a bad answer is asked
// again; scripted (stdin not a terminal) it is counted wrong, said so, and the answer is echoed
// so the transcript reads as a dialogue. The end of the input stops the quiz with the score so far.
import { parseAnswer } from "../core/study/answer.js";
import type { Question, Quiz } from "../core/study/quiz.js";
import { renderAnswerPrompt, renderEchoedAnswer, renderInvalidAnswer, renderQuestion, renderQuizHeader, renderReview, renderScore, renderVerdict } from "../render/quiz.js";
import type { RenderOptions } from "../render/style.js";

export interface QuizIo {
  interactive: boolean;
  write(text: string): void;
  readLine(): Promise<string | null>;
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
 * narrow) gets the next question at its new width, as a pager does.
 */
export async function takeQuiz(quiz: Quiz, io: QuizIo, optionsNow: () => RenderOptions, showCommand: (question: Question) => readonly string[]): Promise<QuizOutcome> {
  const outcome: QuizOutcome = { right: 0, asked: 0, completed: false };
  // each command once, by its words
  const missed = new Map<string, readonly string[]>();
  const end = () => renderReview([...missed.values()], optionsNow()) + renderScore(outcome.right, outcome.asked, optionsNow());
  io.write(renderQuizHeader(quiz, io.interactive, optionsNow()));
  const total = quiz.questions.length;
  for (const [index, question] of quiz.questions.entries()) {
    io.write(renderQuestion(question, index, total, optionsNow()));
    let chosen: number | null = null;
    for (;;) {
      io.write(renderAnswerPrompt(question));
      const line = await io.readLine();
      if (line === null) {
        io.write("\n" + end());
        return outcome;
      }
      if (!io.interactive) io.write(renderEchoedAnswer(line));
      chosen = parseAnswer(line, question.choices.length, question.choices);
      if (chosen !== null) break;
      io.write(renderInvalidAnswer(line, question, !io.interactive, optionsNow()));
      if (!io.interactive) break;
    }
    outcome.asked++;
    if (chosen === question.answer) outcome.right++;
    else {
      const command = showCommand(question);
      missed.set(command.join(" "), command);
    }
    io.write(renderVerdict(question, chosen, optionsNow()));
  }
  io.write(end());
  return { ...outcome, completed: true };
}
