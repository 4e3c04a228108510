// What a quiz tells its reader beside its questions: the kinds it could not ask, and why; that it
// asked fewer questions than asked for, and why.
import type { Code, Library } from "../../../model.js";
import { standardAtPosition } from "../scope.js";
import { distinctTexts, MOST_COUNTED } from "../quiz-texts.js";
import { tagCount, type TagCount } from "../untagged-standards.js";
import { positions } from "./drawing.js";
import { listOf } from "./list-of.js";
import type { Material } from "./material.js";
import type { QuestionKind } from "./question.js";

/**
 * Why "which code says this?" passed over some texts (voice.ts): "… (Alaska's standards open
 * “I …”, North Carolina's “PSS …”)", naming the codes passed over whose standards mostly open
 * with a subject of their own.
 */
export function toldByVoiceSaid(material: Material): string {
  const passedOver = new Set(material.toldByVoice.map((standard) => standard.code));
  const told = material.codes.filter((code) => passedOver.has(code.id)).flatMap((code) => {
    const subject = material.voices.usualSubject(code);
    return subject === null ? [] : [{ code, subject }];
  });
  const examples = told.map(({ code, subject }, at) => `${code.shortName}'s${at === 0 ? " standards open" : ""} “${subject} …”`);
  return `${KIND_NAMES["which-code"]} is asked only of a text two other codes might have written, and offers only codes that write as it does${examples.length > 0 ? ` (${listOf(examples)})` : ""}`;
}

/** Each kind of question as the quiz's notes name it. */
export const KIND_NAMES: Record<QuestionKind, string> = {
  "which-code": "“which code says this”",
  situation: "“which standard governs this situation”",
  strength: "“does it prohibit, require, defer or encourage”",
  cloze: "“which word is missing”",
};

/**
 * The note of a quiz that made fewer questions than asked. Each text is asked about once, and
 * never one another question shows (quiz-texts.ts): `quiz --code wi --topic gifts` has one text
 * to ask about, and asked it again of each kind, the answer of one in the next.
 */
export function fewerQuestions(made: number, asked: number, material: Material): string {
  const { scope } = material;
  const count = scope.count > MOST_COUNTED ? null : distinctTexts(material.texts, positions(scope.count).map((position) => standardAtPosition(scope, position).standard));
  const only = `Only ${made} of the ${asked} questions asked could be made`;
  const once = "a quiz asks about each text once";
  if (count === null) return `${only} from these standards: ${once} (standards that say the same count as one), and never about one another question shows.`;
  const texts = `${count} ${count === 1 ? "text" : "texts"} (standards that say the same count as one)`;
  if (count <= made) return `${only}: these standards hold ${texts}, and ${once}.`;
  return `${only} from these standards, which hold ${texts}: ${once}, and never about one another question shows.`;
}

/** The users' codes among `codes` some of whose standards carry no concepts of their own, each counted (untagged-standards.ts). */
export function untaggedCounts(library: Library, codes: readonly Code[]): TagCount[] {
  return codes.filter((code) => code.origin === "user").map((code) => tagCount(library, code)).filter((count) => count.tagged < count.standards);
}
