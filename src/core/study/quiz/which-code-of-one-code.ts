// "Which code says this?" of one code's standards has one answer throughout: asked for alone, it
// is a usage error that names a code to ask it beside, found by making their quizzes.
import type { Code, Library } from "../../../model.js";
import { EthicsError, UsageError } from "../../errors.js";
import { ethicsFor } from "../../command-start.js";
import { standardsOnTopic } from "../../concepts/topics.js";
import { positionedScope, scopeMember, type PositionedScope } from "../scope.js";
import { KIND_NAMES } from "./notes.js";
import type { Quiz, QuizOptions } from "./question.js";

/** makeQuiz, given by quiz.ts, which calls this. */
type QuizMaker = (library: Library, scope: PositionedScope, options: QuizOptions) => Quiz;

/**
 * `--kind which-code` alone, of one code's standards: a usage error, naming the commands that
 * ask it of two codes (whichCodePartner) or ask the other kinds of this one.
 */
export function whichCodeOfOneCode(library: Library, scope: PositionedScope, only: Code, makeQuiz: QuizMaker): UsageError {
  const topic = scope.topic ? ` --topic ${scope.topic.id}` : "";
  const other = whichCodePartner(library, scope, only, makeQuiz);
  const twoCodes = other ? `\`${ethicsFor(only, other)} quiz --code ${only.id},${other.id}${topic} --kind which-code\` asks it of two; ` : "";
  return new UsageError(
    `${KIND_NAMES["which-code"]} questions need two or more codes: of ${only.shortName}'s standards alone, every answer would be ${only.shortName}`,
    `${twoCodes}\`${ethicsFor(only)} quiz --code ${only.id}${topic}\` asks the other kinds`,
  );
}

/** How many other codes whichCodePartner tries, and how many questions of each pair it asks. */
const PARTNERS_TRIED = 8;
const PARTNER_QUESTIONS = 10;

/**
 * The code to suggest asking "which code says this?" of beside `only`: of the first few with
 * standards in scope, the one whose quiz with it asks the most such questions, answered by both.
 * Only a code that writes as some of `only`'s standards are written is offered beside them
 * (voice.ts): the first code in the library, Alaska beside North Carolina, made one question.
 */
function whichCodePartner(library: Library, scope: PositionedScope, only: Code, makeQuiz: QuizMaker): Code | null {
  const candidates = library.codes.filter((code) => code !== only && (scope.topic === null || standardsOnTopic(library, scope.topic, code).length > 0)).slice(0, PARTNERS_TRIED);
  let best: { code: Code; asked: number } | null = null;
  for (const code of candidates) {
    const pair = [only, code];
    try {
      const { questions } = makeQuiz(library, positionedScope(pair, scope.topic, pair.map((member) => scopeMember(library, member, scope.topic))), { count: PARTNER_QUESTIONS, seed: 1, kinds: ["which-code"] });
      const answered = new Set(questions.map((question) => question.standard.code));
      if (answered.size === 2 && (best === null || questions.length > best.asked)) best = { code, asked: questions.length };
    } catch (error) {
      if (!(error instanceof EthicsError)) throw error;
    }
  }
  return best?.code ?? null;
}
