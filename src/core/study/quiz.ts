// Multiple-choice questions made from the codes, each with one right answer and the standard
// that decides it. Four kinds, a file each in quiz/:
//   which-code  "Which code says this?" (which-code-questions.ts)
//   situation   "Which standard of Alaska governs this?" (situation-questions.ts)
//   strength    "Does it prohibit, require, defer to agency policy, or encourage?" (strength-questions.ts)
//   cloze       "Which word is missing?" (cloze-questions.ts)
// Here they take turns until the quiz has its questions, and its notes say what it could not ask.
// Everything random comes from one seeded generator: the same seed and scope give the same quiz,
// whatever other codes are loaded (quizCodes).
import type { Code, Library } from "../../model.js";
import { EthicsError } from "../errors.js";
import { seededRandom } from "./rng.js";
import { positionsOf, type PositionedScope, type StudyScope } from "./scope.js";
import { QuizTexts } from "./quiz-texts.js";
import { tagCountSaid, tagExample } from "./untagged-standards.js";
import { codeVoices } from "./voice.js";
import { QUESTION_KINDS, type Question, type QuestionKind, type Quiz, type QuizOptions } from "./quiz/question.js";
import { codesAsked, materialOf, quizCodes, type Material, type QuizMaterial } from "./quiz/material.js";
import type { Maker } from "./quiz/drawing.js";
import { listOf } from "./quiz/list-of.js";
import { whichCode } from "./quiz/which-code-questions.js";
import { situation } from "./quiz/situation-questions.js";
import { strength } from "./quiz/strength-questions.js";
import { cloze } from "./quiz/cloze-questions.js";
import { fewerQuestions, KIND_NAMES, toldByVoiceSaid, untaggedCounts } from "./quiz/notes.js";
import { whichCodeOfOneCode } from "./quiz/which-code-of-one-code.js";

// For the CLI, which loads this module lazily with its own copy of topics.ts (and of scope.ts):
// the concepts of users' codes, known from the search index, must be given to this copy, and the
// scope made with it.
export { isInferred, useKnownConcepts } from "../concepts/topics.js";
export { positionedScope, resolveTopic, scopeCodes, scopeMember, topicNamesWhole } from "./scope.js";
export { packPlaces, packQuizMaterial, unpackPlaces, unpackQuizMaterial } from "./material-pack.js";
export { answerEditorial, choiceShown } from "./choice-notes.js";
export { BLANK, passageLines, promptText, QUESTION_KINDS, type Passage, type Question, type QuestionKind, type Quiz, type QuizOptions } from "./quiz/question.js";
export { codesAsked, quizCodes, QuizMaterialBuilder, type QuizMaterial } from "./quiz/material.js";
export { confidentStrengths, isConfidentStrengths, strengthsByCode } from "./quiz/confident-strengths.js";
export { namingAny } from "./quiz/which-code-questions.js";
export { situationWrongChoices } from "./quiz/situation-questions.js";

const MAKERS: Record<QuestionKind, (material: Material) => Maker> = {
  "which-code": whichCode,
  situation,
  strength,
  cloze,
};

/**
 * A quiz on the standards of `scope`. `prepared`: the QuizMaterial of quizCodes(library,
 * codesAsked(scope)), made beforehand (a command over a thousand codes makes it a code at a time);
 * else it is made when first needed.
 */
export function makeQuiz(library: Library, scope: StudyScope | PositionedScope, options: QuizOptions, prepared?: QuizMaterial): Quiz {
  const random = seededRandom(options.seed);
  const positioned = "members" in scope ? scope : positionsOf(scope);
  const codes = quizCodes(library, codesAsked(positioned));
  const lazyMade = materialOf(library, codes);
  const made = prepared ? { vocabulary: () => prepared.vocabulary, wording: () => prepared.wording, strengths: prepared.strengths ?? lazyMade.strengths } : lazyMade;
  const material: Material = {
    library,
    codes,
    scope: positioned,
    random,
    used: new Set(),
    conceptsUsed: new Set(),
    texts: new QuizTexts(library, codes, made.wording),
    voices: codeVoices(),
    toldByVoice: [],
    ...made,
  };
  const notes: string[] = [];
  let kinds = QUESTION_KINDS.filter((kind) => !options.kinds || options.kinds.includes(kind));
  if (library.concepts.length === 0 && kinds.includes("situation")) notes.push("No concept index is loaded, so there are no “which standard governs this situation” questions.");
  // Of one code's standards, "which code says this?" has one answer throughout: a class quiz
  // of North Carolina's code gave every such question to whoever answered North Carolina.
  const codesAskedAbout = codesAsked(positioned);
  if (codesAskedAbout.length === 1 && kinds.includes("which-code")) {
    const [only] = codesAskedAbout as [Code];
    kinds = kinds.filter((kind) => kind !== "which-code");
    if (options.kinds && kinds.length === 0) throw whichCodeOfOneCode(library, positioned, only, makeQuiz);
    if (options.kinds) notes.push(`No ${KIND_NAMES["which-code"]} questions: they need two or more codes, and every answer would be ${only.shortName}.`);
  }
  const makers = new Map(kinds.map((kind) => [kind, MAKERS[kind](material)]));
  if (library.concepts.length === 0) makers.delete("situation");
  const questions: Question[] = [];
  /** The kinds in turn, in a random order, until `count` are asked; a kind that can make no more drops out. */
  let order = random.shuffled([...makers.keys()]);
  let turn = 0;
  while (questions.length < options.count && order.length > 0) {
    const kind = order[turn % order.length]!;
    const question = makers.get(kind)!();
    if (question) {
      material.texts.record(question);
      questions.push(question);
      turn++;
    } else order = order.filter((other) => other !== kind);
  }
  // A kind asked for by name that made none is said so: `--kind situation,strength` of
  // Wisconsin's code (cited by number alone) gave strength questions only, without a word. Not
  // one that could have, had other questions not taken the texts (the note on fewer says so).
  const couldMakeAlone = (kind: QuestionKind) => MAKERS[kind]({ ...material, random: seededRandom(options.seed), used: new Set(), conceptsUsed: new Set(), texts: new QuizTexts(library, codes, made.wording) })() !== null;
  const noneMade = options.kinds ? [...makers.keys()].filter((kind) => !questions.some((question) => question.kind === kind) && !couldMakeAlone(kind)) : [];
  // No situation of a user's code: say how few of its standards its file tags, and how to tag them
  // (counted only then: it reads what the codes' untagged standards are inferred to be about).
  const situationsLacking = makers.has("situation") && (questions.length === 0 || noneMade.includes("situation"));
  const untagged = situationsLacking ? untaggedCounts(library, codesAskedAbout) : [];
  const byVoice = makers.has("which-code") && material.toldByVoice.length > 0 ? toldByVoiceSaid(material) : null;
  if (questions.length === 0) {
    const only = options.kinds ? ` of the kind asked for (${options.kinds.join(", ")})` : "";
    if (untagged.length > 0) {
      const example = tagExample(library, untagged.map(({ code }) => code), positioned.topic);
      throw new EthicsError(
        `no question${only} can be made from these standards: a situation's answer and its wrong choices are standards tagged with the matters they govern, and ${untagged.map(tagCountSaid).join("; ")}, which a quiz does not teach as the code's rule`,
        `tag the standards of ${listOf(untagged.map(({ code }) => code.file))} with the matters they govern (\`concepts: [${example === null ? "" : `${example}, `}…]\`; \`ethics concepts\` lists them, and the README's "Adding your own code" tells how): a situation needs its answer and two standards on other matters tagged`,
      );
    }
    const why = byVoice === null ? "" : `: ${byVoice}`;
    throw new EthicsError(`no question${only} can be made from these standards${why}`, `widen the quiz: more codes (--code)${options.kinds ? ", other kinds (--kind)" : ""} or no --topic`);
  }
  if (noneMade.length > 0) {
    const why = [
      ...(noneMade.includes("situation") && untagged.length > 0 ? [untagged.map(tagCountSaid).join("; ")] : []),
      ...(noneMade.includes("which-code") && byVoice !== null ? [byVoice] : []),
    ];
    notes.push(`No ${listOf(noneMade.map((kind) => KIND_NAMES[kind]))} questions could be made from these standards${why.length > 0 ? `: ${why.join("; ")}` : ""}.`);
  }
  if (questions.length < options.count) {
    notes.push(fewerQuestions(questions.length, options.count, material));
    // said where it cost a question: a text passed over that no other question asked about or showed
    const unasked = byVoice !== null && !noneMade.includes("which-code") && material.toldByVoice.some((standard) => material.texts.mayAsk(standard));
    if (unasked) notes.push(`${byVoice.replace(/\p{L}/u, (letter) => letter.toUpperCase())}.`);
  }
  return { seed: options.seed, questions, notes };
}
