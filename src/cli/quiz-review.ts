// A quiz at a terminal keeps its missed standards for `quiz --review`: each first answer is
// written to the review record as it is given (a quiz stopped with Ctrl-C keeps what was
// answered), and after the score the quiz says what was kept and the command that asks again.
import { standardKeyOf } from "../core/codes/standard-text.js";
import type { Question } from "../core/study/quiz.js";
import { renderReviewChange, renderReviewNotKept } from "../render/quiz.js";
import type { QuizReview } from "./quiz-session.js";
import { keepAnswer } from "./review-record.js";

export function keptForReview(file: string, command: readonly string[]): QuizReview {
  let problem: { problem: string; inFolder?: true } | null = null;
  const missed = new Set<string>();
  const learned: string[] = [];
  let toReview = 0;
  return {
    answered(question: Question, right: boolean) {
      // A record that could not be read or written once is not tried again: one note says so.
      if (problem !== null) return;
      const kept = keepAnswer(file, question.standard, right);
      if ("problem" in kept) {
        problem = kept;
        return;
      }
      const key = standardKeyOf(question.standard);
      const had = kept.before.standards.some((entry) => standardKeyOf(entry) === key);
      const has = kept.after.standards.some((entry) => standardKeyOf(entry) === key);
      if (!right) missed.add(key);
      else if (had && !has) learned.push(question.citation);
      toReview = kept.after.standards.length;
    },
    note(options) {
      if (problem !== null) return renderReviewNotKept(file, problem.problem, !problem.inFolder, options);
      return renderReviewChange({ missed: missed.size, learned, toReview, command }, options);
    },
  };
}
