// A quiz never answers one question in another. `quiz --topic gifts --seed 7` showed Medi-Cal
// Integrity 5 whole in a strength question and then asked for the missing word of Working Well
// Together Integrity 5, the same sentence; and showed North Carolina 15 under its citation before
// asking which code says it. So the quiz keeps the texts it has asked about and those it has
// shown (a passage, a situation's choices), and a text that says the same as one of them (word
// for word, or much the same: same-matter.ts) counts as that text:
//   - a question is never about a text already asked about or shown, and
//   - a question never shows a text another question is about.
import type { Code, Library, Standard } from "../../model.js";
import { onOneMatter } from "./same-matter.js";
import { standardsOf } from "./scope.js";
import { placeOf, sayTheSame, type Wording } from "./wording.js";

/** What a question is about, and what it shows: its passage's standard, or its choices' standards. */
export interface QuestionTexts {
  standard: Standard;
  passage: unknown;
  choiceStandards?: readonly Standard[];
}

export class QuizTexts {
  private readonly asked: Standard[] = [];
  private readonly shown: Standard[] = [];
  private readonly matter: (a: Standard, b: Standard) => boolean;
  private readonly codeOf: Map<string, Code>;
  private readonly places = new WeakMap<Code, Map<Standard, number>>();

  constructor(
    library: Library,
    codes: readonly Code[],
    private readonly wording: () => Wording,
  ) {
    this.matter = onOneMatter(library);
    this.codeOf = new Map(codes.map((code) => [code.id, code]));
  }

  /** Whether a question may be about `standard`: no question has asked about or shown its text. */
  mayAsk(standard: Standard): boolean {
    return !this.asked.some((other) => this.same(standard, other)) && !this.shown.some((other) => this.same(standard, other));
  }

  /** Whether a question may show `standard`: no other question is about its text. */
  mayShow(standard: Standard): boolean {
    return !this.asked.some((other) => this.same(standard, other));
  }

  /** Keeps what a question asked is about and shows. */
  record(question: QuestionTexts): void {
    this.asked.push(question.standard);
    for (const shown of question.choiceStandards ?? []) if (shown !== question.standard) this.shown.push(shown);
  }

  /** Whether two standards say the same: one text to the one answering. */
  same(a: Standard, b: Standard): boolean {
    if (a === b) return true;
    const [placeA, placeB] = [this.placeOf(a), this.placeOf(b)];
    if (placeA === undefined || placeB === undefined) return a.text === b.text;
    const wording = this.wording();
    return sayTheSame(wording, placeA, placeB) && (wording.classOf[placeA] === wording.classOf[placeB] || this.matter(a, b));
  }

  private placeOf(standard: Standard): number | undefined {
    const code = this.codeOf.get(standard.code);
    if (!code) return undefined;
    let byStandard = this.places.get(code);
    if (!byStandard) this.places.set(code, (byStandard = new Map(standardsOf(code).map((one, place) => [one, place]))));
    const place = byStandard.get(standard);
    return place === undefined ? undefined : placeOf(this.wording(), code, place);
  }
}

/** Scopes of more standards than this are not counted into texts (quadratic): the note then gives no number. */
export const MOST_COUNTED = 600;

/**
 * How many texts of their own `standards` hold, standards that say the same counting as one;
 * null past MOST_COUNTED standards.
 */
export function distinctTexts(texts: QuizTexts, standards: readonly Standard[]): number | null {
  if (standards.length > MOST_COUNTED) return null;
  const kept: Standard[] = [];
  for (const standard of standards) if (!kept.some((other) => texts.same(standard, other))) kept.push(standard);
  return kept.length;
}
