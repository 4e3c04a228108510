// What every kind of question draws on: the quiz's codes, their words and wording, the strengths
// of their standards, and what the quiz has used so far.
import { allStandards, type Code, type Library, type Standard } from "../../../model.js";
import { addToVocabulary, emptyVocabulary, type ClozeVocabulary } from "../cloze.js";
import type { Random } from "../rng.js";
import type { PositionedScope } from "../scope.js";
import type { QuizTexts } from "../quiz-texts.js";
import { WordingBuilder, type Wording } from "../wording.js";
import type { Voices } from "../voice.js";
import { confidentStrengths } from "./confident-strengths.js";

/** What every kind of question draws on, worked out once a quiz. */
export interface Material {
  library: Library;
  /** quizCodes: the codes a wrong choice may name, whose words and wording the quiz reads. */
  codes: readonly Code[];
  scope: PositionedScope;
  random: Random;
  /** Standards already asked about: each question is on a standard of its own. */
  used: Set<string>;
  conceptsUsed: Set<string>;
  /** The texts asked about and shown so far: none is asked again, nor shown where another is asked. */
  texts: QuizTexts;
  vocabulary: () => ClozeVocabulary;
  wording: () => Wording;
  /** confidentStrengths of one code. */
  strengths: (code: Code) => string;
  /** The voices of the codes' standards (voice.ts), each code's read when first needed. */
  voices: Voices;
  /** Standards "which code says this?" passed over: too few other codes write in their voice (voice.ts). */
  toldByVoice: Standard[];
}

/**
 * The codes a quiz draws on beyond the standards it asks about: the codes "which code says
 * this?" offers as wrong choices, and whose words and wording the cloze questions and the
 * likeness of standards are read against. The built-in codes and the scope's own, in library
 * order; not the other codes loaded, which every student may not have: `quiz --code ak,wi
 * --seed 9` asked other standards once any user's code was loaded (its name a choice, its words
 * in the vocabulary, the random numbers drawn for them), and a trainer's seed gave a class
 * different quizzes. Only the built-in codes loaded, or a scope of every code: the library's.
 */
export function quizCodes(library: Library, scopeCodes: readonly Code[]): readonly Code[] {
  const inScope = new Set(scopeCodes);
  const codes = library.codes.filter((code) => code.origin === "builtin" || inScope.has(code));
  return codes.length === library.codes.length ? library.codes : codes;
}

/**
 * The codes of a scope that have standards in it. On a topic, a code with none on it is asked
 * nothing, and is as much "another code loaded" as one not named: `quiz --topic gifts --seed 42`,
 * the class's quiz, was another once a student had loaded a code of their own on other matters
 * (its name a wrong choice, its words in the vocabulary, its sections among the situations).
 */
export function codesAsked(scope: PositionedScope): Code[] {
  return scope.members.filter((member) => member.count > 0).map((member) => member.code);
}

/**
 * What the cloze and which-code questions draw on from the quiz's codes (quizCodes): their words
 * and their standards' wording. Made with a QuizMaterialBuilder (a code at a time), or by
 * makeQuiz itself.
 */
export interface QuizMaterial {
  vocabulary: ClozeVocabulary;
  wording: Wording;
  /** confidentStrengths of a code (it reads every standard): known ahead, or made as asked. */
  strengths?: (code: Code) => string;
}

/** Takes the library's codes one at a time, in order, then makes its QuizMaterial. */
export class QuizMaterialBuilder {
  private readonly vocabulary = emptyVocabulary(true);
  private readonly wording = new WordingBuilder();

  add(code: Code): void {
    addToVocabulary(this.vocabulary, allStandards(code));
    this.wording.add(code);
  }

  done(): QuizMaterial {
    return { vocabulary: this.vocabulary, wording: this.wording.done() };
  }
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) [value, made] = [make(), true];
    return value as T;
  };
}

export type MadeMaterial = Pick<Material, "vocabulary" | "wording" | "strengths">;

/** The material of a library's quizzes, by their codes' ids (quizCodes): a script may make many quizzes. */
const libraryMaterial = new WeakMap<Library, Map<string, MadeMaterial>>();

/** What a quiz of `codes` draws on from them, each part made when first read, once a library. */
export function materialOf(library: Library, codes: readonly Code[]): MadeMaterial {
  let byCodes = libraryMaterial.get(library);
  if (!byCodes) libraryMaterial.set(library, (byCodes = new Map()));
  const key = codes.map((code) => code.id).join("\0");
  let material = byCodes.get(key);
  if (!material) {
    const made = lazy(() => {
      const builder = new QuizMaterialBuilder();
      for (const code of codes) builder.add(code);
      return builder.done();
    });
    material = { vocabulary: () => made().vocabulary, wording: () => made().wording, strengths: (code) => confidentStrengths([code]) };
    byCodes.set(key, material);
  }
  return material;
}
