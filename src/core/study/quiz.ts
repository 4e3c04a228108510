// Multiple-choice questions made from the codes, each with one right answer and the standard
// that decides it. Four kinds:
//   which-code  "Which code says this?" — a standard's words; the codes to choose from never
//               include one that says the same (Working Well Together and Medi-Cal share many
//               standards word for word), so no wrong choice is also right
//   situation   "Which standard of Alaska governs this?" — a plain-language question of the
//               concept index; wrong choices are standards of the same code on other matters,
//               none next to the question's (neighbouring-matters.ts) nor related to it
//   strength    "Does it prohibit, require, defer to agency policy, or encourage?" — only where
//               the reading is certain (strength.ts, confidentReading), explained by its words
//   cloze       "Which word is missing?" — cloze.ts
// Everything random comes from one seeded generator: the same seed and scope give the same quiz,
// whatever other codes are loaded (quizCodes).
import { allStandards, codeSize, hasOwnConceptTags, type Code, type Concept, type Item, type Library, type Standard } from "../../model.js";
import { EthicsError, UsageError } from "../errors.js";
import { ethicsFor } from "../command-start.js";
import { namesConcept, standardsOnTopic } from "../concepts/topics.js";
import { remembered } from "../remembered.js";
import { addToVocabulary, clozeOf, emptyVocabulary, keyOfWords, type ClozeVocabulary } from "./cloze.js";
import { seededRandom, type Random } from "./rng.js";
import { positionedScope, positionsOf, scopeMember, standardAtPosition, type PositionedScope, type StudyScope } from "./scope.js";
import { neighbouringMatters } from "./neighbouring-matters.js";
import { nearbyThemes } from "./nearby-themes.js";
import { confidentReading, decidingWords } from "./strength.js";
import { WordingBuilder, type Wording } from "./wording.js";
import { sayingMuchTheSame } from "./same-matter.js";
import { distinctTexts, MOST_COUNTED, QuizTexts } from "./quiz-texts.js";
import { tagCount, tagCountSaid, tagExample, type TagCount } from "./untagged-standards.js";
import { printedItemLabel } from "../codes/slug.js";
import { codeOfKey, standardKeyOf } from "../codes/standard-text.js";
import { bestFitting } from "./situation-fit.js";
import { codeVoices, type Voices } from "./voice.js";
import { readConcepts } from "../concepts/read-tags.js";

// For the CLI, which loads this module lazily with its own copy of topics.ts (and of scope.ts):
// the concepts of users' codes, known from the search index, must be given to this copy, and the
// scope made with it.
export { isInferred, useKnownConcepts } from "../concepts/topics.js";
export { positionedScope, resolveTopic, scopeCodes, scopeMember, topicNamesWhole } from "./scope.js";
export { packPlaces, packQuizMaterial, unpackPlaces, unpackQuizMaterial } from "./material-pack.js";
export { answerEditorial, choiceShown } from "./choice-notes.js";

export const QUESTION_KINDS = ["which-code", "situation", "strength", "cloze"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The words of a standard a question quotes: its text (perhaps with a blank), items and notes. */
export interface Passage {
  text: string;
  items: Item[];
  notes: string[];
}

export interface Question {
  kind: QuestionKind;
  /** The question, one paragraph. */
  ask: string;
  passage: Passage | null;
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  /** The standard that decides the answer. */
  citation: string;
  explanation: string;
  standard: Standard;
  /**
   * A situation's choices are standards: each one's, in the order of `choices`, to be shown
   * whole beside its citation. A student reasons from what the rules say, not from their numbers.
   */
  choiceStandards?: Standard[];
}

export interface Quiz {
  seed: number;
  questions: Question[];
  /** What the reader should know about the quiz: kinds left out and why, fewer questions than asked. */
  notes: string[];
}

export interface QuizOptions {
  count: number;
  seed: number;
  /** Only these kinds of question (quiz --kind); every kind when left out. */
  kinds?: readonly QuestionKind[];
}

/** Where a cloze question's missing word was: a line to write on, as on paper. */
export const BLANK = "_____";

const STRENGTH_CHOICES = [
  ["prohibits", "prohibits"],
  ["requires", "requires"],
  ["defers", "defers to agency policy"],
  ["aspires", "encourages (aspires)"],
] as const;

function passageOf(standard: Standard, text = standard.text): Passage {
  return { text, items: standard.items, notes: standard.notes };
}

/** The question with its quoted words, as one text: what --json prints as `prompt`. */
export function promptText(question: Question): string {
  if (!question.passage) return question.ask;
  return [question.ask, "", ...passageLines(question.passage)].join("\n");
}

/** A passage (or a standard) as lines of plain text: its text, each item with its label, each note. */
export function passageLines({ text, items, notes }: Pick<Passage, "text" | "items" | "notes">): string[] {
  return [text, ...items.map((item) => `${printedItemLabel(item.label)} ${item.text}`), ...notes.map((note) => `Note: ${note}`)];
}

/** What every kind of question draws on, worked out once a quiz. */
interface Material {
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

const STRENGTH_LETTERS = { prohibits: "p", requires: "r", defers: "d", aspires: "a" } as const;
const NO_READING = "-";
const STRENGTH_OF_LETTER = new Map(Object.entries(STRENGTH_LETTERS).map(([strength, letter]) => [letter as string, strength]));

/**
 * The strength of each standard's confident reading (confidentReading), a letter a standard
 * (p, r, d, a; - where there is none), code after code: what the strength questions choose from,
 * small enough to keep (a thousand codes: 108,000 letters) where reading it again takes seconds.
 */
export function confidentStrengths(codes: readonly Code[]): string {
  return codes.map((code) => allStandards(code).map(strengthLetter).join("")).join("");
}

/** Letters of standards' words (keyOfWords) already read, at most this many: copies of a source are read once. */
const LETTERS_KEPT = 16_384;
const lettersByWords = new Map<string, string>();

function strengthLetter(standard: Standard): string {
  const key = keyOfWords(standard);
  const read = (): string => {
    // a confident reading reads the text, items and notes only (strength.ts)
    const reading = confidentReading(standard);
    return reading ? STRENGTH_LETTERS[reading.strength] : NO_READING;
  };
  return key === null ? read() : remembered(lettersByWords, LETTERS_KEPT, key, read);
}

/** A code's confidentStrengths, from those of all of `codes` (a library's) one after another. */
export function strengthsByCode(codes: readonly Code[], letters: string): (code: Code) => string {
  const places = new Map<Code, [number, number]>();
  let first = 0;
  for (const code of codes) {
    const count = codeSize(code).standards;
    places.set(code, [first, first + count]);
    first += count;
  }
  return (code) => letters.slice(...places.get(code)!);
}

/** Whether a value can be confidentStrengths of codes of `standards` standards in all. */
export function isConfidentStrengths(value: unknown, standards: number): value is string {
  return typeof value === "string" && value.length === standards && /^[prda-]*$/.test(value);
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

/** Positions 0 … count-1: a scope's standards shuffle as their positions do (shuffled depends on the length only). */
function positions(count: number): number[] {
  return Array.from({ length: count }, (_, position) => position);
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) [value, made] = [make(), true];
    return value as T;
  };
}

type Maker = () => Question | null;

/** Takes candidates in a random order until one makes a question; null when none is left. */
function drawing<T>(candidates: () => T[], make: (candidate: T) => Question | null): Maker {
  let queue: T[] | null = null;
  // a cursor, not shift(): a scope of a thousand codes is a hundred thousand candidates, each shift a copy of the rest
  let next = 0;
  return () => {
    queue ??= candidates();
    while (next < queue.length) {
      const question = make(queue[next++]!);
      if (question) return question;
    }
    return null;
  };
}

/** "A", "A and B", "A, B and C". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function shuffledChoices(random: Random, right: string, wrong: readonly string[]): { choices: string[]; answer: number } {
  const choices = random.shuffled([right, ...wrong]);
  return { choices, answer: choices.indexOf(right) };
}

// ── which code says this ──────────────────────────────────────────────────────────────────

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Names a reader would recognise a code by, in its own words: "Medi-Cal", "Alaska", "WWT". */
function namesOf(code: Code): string[] {
  return [code.shortName, code.jurisdiction, code.id, ...code.aliases].filter((name) => name.length >= 3);
}

/**
 * Whether a text names any of the codes, as a word of its own: one pattern of all their names
 * (a thousand codes have thousands), which matches where one of them alone would.
 */
export function namingAny(codes: readonly Code[]): (text: string) => boolean {
  const names = [...new Set(codes.flatMap(namesOf))];
  if (names.length === 0) return () => false;
  const pattern = new RegExp(`(?<![\\w-])(?:${names.map(escapeRegExp).join("|")})(?![\\w-])`, "i");
  return (text) => pattern.test(text);
}

function whichCode(material: Material): Maker {
  const { codes, random } = material;
  // Only a choice's name gives the answer away: a passage may name a code that is none.
  const namesCode = namingAny(codes);
  const { voices } = material;
  return drawing(
    () => random.shuffled(positions(material.scope.count)),
    (position) => {
      const { standard, place } = standardAtPosition(material.scope, position);
      if (material.used.has(standardKeyOf(standard)) || !material.texts.mayAsk(standard)) return null;
      const words = [standard.text, ...standard.items.map((item) => item.text), ...standard.notes].join(" ");
      if (namesCode(words)) return null; // the passage would give the code away
      const own = codes.find((code) => code.id === standard.code)!;
      const wording = material.wording();
      const candidates = codes.filter((code) => code !== own);
      const same = sayingMuchTheSame(material.library, wording, own, place, candidates);
      const alike = same.filter((place) => place >= 0);
      const others = candidates.filter((_, at) => same[at]! < 0);
      // Only codes that write some standard in the passage's voice: none is told from the answer
      // by how its standards open (voice.ts). Codes are named by their short names: two codes of
      // one name would be two right answers.
      const named = new Set([own.shortName]);
      const wrong: Code[] = [];
      for (const code of random.shuffled(others)) {
        if (named.has(code.shortName) || !voices.writesAs(code, standard, own)) continue;
        named.add(code.shortName);
        if (wrong.push(code) === 3) break;
      }
      if (wrong.length < 2) {
        if (new Set(others.map((code) => code.shortName).filter((name) => name !== own.shortName)).size >= 2) material.toldByVoice.push(standard);
        return null;
      }
      const { choices, answer } = shuffledChoices(random, own.shortName, wrong.map((code) => code.shortName));
      const alsoSaid = alike.map((place) => wording.citations[place]!);
      const explanation =
        `${standard.citation} says this.` +
        (alsoSaid.length > 0
          ? ` ${listOf(alsoSaid)} ${alsoSaid.length === 1 ? "says" : "say"} much the same, so ${alsoSaid.length === 1 ? "that code is" : "those codes are"} not among the choices.`
          : "");
      material.used.add(standardKeyOf(standard));
      return { kind: "which-code", ask: "Which code says this?", passage: passageOf(standard), choices, answer, citation: standard.citation, explanation, standard };
    },
  );
}

// ── which standard governs this situation ────────────────────────────────────────────────

interface SituationCandidate {
  concept: Concept;
  code: Code;
}

/**
 * The standards of `code` a situation question on `concept` may offer as wrong choices, in the
 * code's order: standards on other matters, plausible yet never also right.
 */
export function situationWrongChoices(library: Library, concept: Concept, code: Code): Standard[] {
  // Curated, or a user's file's own tags: a standard filed under no concept is never offered.
  const conceptsOf = readConcepts(library);
  const tagged = new Set(concept.standards.map(standardKeyOf));
  const topicStandards = new Set(library.topics.find((topic) => topic.id === concept.topic)?.standards.map(standardKeyOf) ?? []);
  // A general rule the index relates to the matter ("see also": a conflicts-of-interest rule
  // for lending money) bears on it: a student who picks it has not read wrong.
  const related = new Set((concept.related ?? []).map(standardKeyOf));
  // A rule on a matter next to this one (filed with it under one standard, or told in much the
  // same words) may govern the situation through it: "his voice" is the teen's own decisions.
  const nextMatters = neighbouringMatters(library.concepts)(concept.id);
  return allStandards(code).filter((standard) => {
    const key = standardKeyOf(standard);
    if (tagged.has(key) || topicStandards.has(key) || related.has(key)) return false;
    const concepts = conceptsOf(standard);
    // on matters of other topics only, none of them next to this one
    return concepts.length > 0 && concepts.every((other) => other.topic !== concept.topic && !nextMatters.has(other.id));
  });
}

/** The first three of `standards` that `fair` accepts, in their order. */
function firstFair(standards: readonly Standard[], fair: (standard: Standard) => boolean): Standard[] {
  const chosen: Standard[] = [];
  for (const standard of standards) {
    if (chosen.length === 3) break;
    if (fair(standard)) chosen.push(standard);
  }
  return chosen;
}

function situation(material: Material): Maker {
  const { library, random, scope } = material;
  const conceptsOf = readConcepts(library);
  const memberOf = new Map(scope.members.map((member) => [member.code, member]));
  /** The keys of a scope code's standards in scope; null: all of them. */
  const inScopeKeys = (code: Code): Set<string> | null => {
    const { places } = memberOf.get(code)!;
    if (places === null) return null;
    const all = allStandards(code);
    return new Set(places.map((place) => standardKeyOf(all[place]!)));
  };
  return drawing(
    () =>
      random.shuffled(
        library.concepts
          .filter((concept) => concept.questions.length > 0 && (!scope.topic || concept.topic === scope.topic.id))
          .flatMap((concept) => codesAsked(scope).map((code) => ({ concept, code }))),
      ),
    ({ concept, code }: SituationCandidate) => {
      if (material.conceptsUsed.has(concept.id)) return null;
      // The code's standards filed under the concept: curated, or by a user's file's own tags. None
      // (a user's code whose concepts are only inferred): no answer to teach, and nothing to read;
      // told without reading the code where its file tags nothing (said ahead of a cached code's
      // standards), as a quiz over a thousand users' codes draws mostly theirs.
      if (!concept.standards.some((key) => key.code === code.id) && !(code.origin === "user" && hasOwnConceptTags(code))) return null;
      const inScope = inScopeKeys(code);
      const answers = allStandards(code).filter(
        (standard) => conceptsOf(standard).includes(concept) && (inScope === null || inScope.has(standardKeyOf(standard))) && !material.used.has(standardKeyOf(standard)) && material.texts.mayAsk(standard),
      );
      if (answers.length === 0) return null;
      // a choice shows its standard whole: never the text of another question's answer
      const wrong = situationWrongChoices(library, concept, code).filter((standard) => material.texts.mayShow(standard));
      if (wrong.length < 2) return null;
      const question = random.pick(concept.questions);
      const right = random.pick(bestFitting(question, answers));
      // A wrong choice on a theme the question's own words name a matter of would be as right: "A
      // peer used a slur in group and the staff member running it said nothing" is asked of a
      // colleague's conduct, names challenging others' discrimination, and "shall not
      // discriminate" was offered as wrong. Read of the standards drawn only: the entry terms of
      // every matter took a quiz 80 ms.
      const themesNamed = new Map<string, boolean>();
      const namesTheme = (topic: string) => themesNamed.get(topic) ?? themesNamed.set(topic, library.concepts.some((other) => other.topic === topic && namesConcept(question, other))).get(topic)!;
      // Plausible wrong choices first: rules on themes next to the question's (nearby-themes.ts;
      // never its own, whose rules may govern it too), then the rest, at random within each.
      const near = nearbyThemes(library.concepts)(concept.topic);
      const farther = (standard: Standard) => (conceptsOf(standard).some((other) => near.has(other.topic)) ? 0 : 1);
      const ordered = random.shuffled(wrong).sort((a, b) => farther(a) - farther(b));
      const fair = firstFair(ordered, (standard) => !conceptsOf(standard).some((other) => namesTheme(other.topic)));
      if (fair.length < 2) return null;
      const offered = [right, ...fair];
      const { choices, answer } = shuffledChoices(random, right.citation, offered.slice(1).map((standard) => standard.citation));
      const byCitation = new Map(offered.map((standard) => [standard.citation, standard]));
      material.used.add(standardKeyOf(right));
      material.conceptsUsed.add(concept.id);
      return {
        kind: "situation",
        ask: `“${question}” Which standard of ${code.shortName} governs this?`,
        passage: null,
        choices,
        answer,
        citation: right.citation,
        explanation: `${right.citation} governs ${concept.name.charAt(0).toLowerCase()}${concept.name.slice(1)}: ${concept.description}`,
        standard: right,
        choiceStandards: choices.map((citation) => byCitation.get(citation)!),
      };
    },
  );
}

// ── prohibit, require, defer or encourage ────────────────────────────────────────────────

/** The positions in the scope of its standards whose keys are used: read from the codes of those keys only. */
function usedPositions(material: Material): Set<number> {
  const found = new Set<number>();
  if (material.used.size === 0) return found;
  const usedCodes = new Set([...material.used].map(codeOfKey));
  let offset = 0;
  for (const { code, places, count } of material.scope.members) {
    if (usedCodes.has(code.id)) {
      const all = allStandards(code);
      (places ?? positions(count)).forEach((place, at) => {
        if (material.used.has(standardKeyOf(all[place]!))) found.add(offset + at);
      });
    }
    offset += count;
  }
  return found;
}

function strength(material: Material): Maker {
  const { random, scope } = material;
  // scope positions by the strength of their confident reading, in the order strengths first appear
  let byStrength: Map<string, number[]> | null = null;
  return () => {
    if (!byStrength) {
      byStrength = new Map();
      let position = 0;
      for (const { code, places, count } of scope.members) {
        const letters = material.strengths(code);
        for (const place of places ?? positions(count)) {
          const strength = STRENGTH_OF_LETTER.get(letters[place]!);
          if (strength) {
            const pool = byStrength.get(strength);
            if (pool) pool.push(position);
            else byStrength.set(strength, [position]);
          }
          position++;
        }
      }
    }
    // a strength first, then a standard: "requires" is most of the codes and would be most answers
    const used = usedPositions(material);
    for (const chosen of random.shuffled([...byStrength.keys()])) {
      const pool = byStrength.get(chosen)!.filter((position) => !used.has(position));
      let standard: Standard | null = null;
      while (pool.length > 0 && standard === null) {
        const at = random.below(pool.length);
        const drawn = standardAtPosition(scope, pool[at]!).standard;
        if (material.texts.mayAsk(drawn)) standard = drawn;
        else pool.splice(at, 1);
      }
      if (standard === null) continue;
      const reading = confidentReadingOf(standard)!;
      material.used.add(standardKeyOf(standard));
      const answer = STRENGTH_CHOICES.findIndex(([value]) => value === reading.strength);
      const label = STRENGTH_CHOICES[answer]![1];
      return {
        kind: "strength",
        ask: `Does ${standard.citation} prohibit, require, defer to agency policy, or encourage?`,
        passage: passageOf(standard),
        choices: STRENGTH_CHOICES.map(([, text]) => text),
        answer,
        citation: standard.citation,
        explanation: `${standard.citation} ${label.replace(/ \(.*\)$/, "")}: “${decidingWords(reading)}”.`,
        standard,
      };
    }
    return null;
  };
}

// ── the missing word ─────────────────────────────────────────────────────────────────────

/** Up to six words either side of a blank, within its sentence: what the explanation quotes. */
function quoteAround(text: string, start: number, end: number): string {
  const sentenceEnds = [...text.slice(0, start).matchAll(/[.!?]["”)]?\s+/g)];
  const sentenceStart = sentenceEnds.length > 0 ? sentenceEnds[sentenceEnds.length - 1]!.index + sentenceEnds[sentenceEnds.length - 1]![0].length : 0;
  const next = text.slice(end).search(/[.!?]["”)]?(?:\s|$)/);
  const sentenceEnd = next < 0 ? text.length : end + next + 1;
  const before = text.slice(sentenceStart, start);
  const after = text.slice(end, sentenceEnd);
  const head = before.match(/(?:\S+\s+){0,6}$/)![0];
  const tail = after.match(/^\S*(?:\s+\S+){0,6}/)![0];
  const quote = head + text.slice(start, end) + tail;
  return `${head.length < before.length ? "…" : ""}${quote}${tail.length < after.length ? "…" : ""}`;
}

function cloze(material: Material): Maker {
  const { random } = material;
  return drawing(
    () => random.shuffled(positions(material.scope.count)),
    (position) => {
      const { standard, code } = standardAtPosition(material.scope, position);
      if (material.used.has(standardKeyOf(standard)) || !material.texts.mayAsk(standard)) return null;
      const blank = clozeOf(standard, code, material.vocabulary(), random);
      if (!blank) return null;
      material.used.add(standardKeyOf(standard));
      const { choices, answer } = shuffledChoices(random, blank.answer, blank.distractors);
      const text = standard.text.slice(0, blank.start) + BLANK + standard.text.slice(blank.end);
      const quoted = quoteAround(standard.text, blank.start, blank.end);
      return {
        kind: "cloze",
        ask: `Which word is missing from ${standard.citation}?`,
        passage: passageOf(standard, text),
        choices,
        answer,
        citation: standard.citation,
        explanation: `${standard.citation} reads “${quoted}”${/[.!?]$/.test(quoted) ? "" : "."}`,
        standard,
      };
    },
  );
}

// ── the quiz ─────────────────────────────────────────────────────────────────────────────

const MAKERS: Record<QuestionKind, (material: Material) => Maker> = {
  "which-code": whichCode,
  situation,
  strength,
  cloze,
};

// Worked out once a standard or library, not once a quiz: a script may make many quizzes.
const confidentReadings = new WeakMap<Standard, ReturnType<typeof confidentReading>>();

function confidentReadingOf(standard: Standard): ReturnType<typeof confidentReading> {
  if (!confidentReadings.has(standard)) confidentReadings.set(standard, confidentReading(standard));
  return confidentReadings.get(standard)!;
}

type MadeMaterial = Pick<Material, "vocabulary" | "wording" | "strengths">;

/** The material of a library's quizzes, by their codes' ids (quizCodes): a script may make many quizzes. */
const libraryMaterial = new WeakMap<Library, Map<string, MadeMaterial>>();

function materialOf(library: Library, codes: readonly Code[]): MadeMaterial {
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
    if (options.kinds && kinds.length === 0) throw whichCodeOfOneCode(library, positioned, only);
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

/**
 * `--kind which-code` alone, of one code's standards: a usage error, naming the commands that
 * ask it of two codes (whichCodePartner) or ask the other kinds of this one.
 */
function whichCodeOfOneCode(library: Library, scope: PositionedScope, only: Code): UsageError {
  const topic = scope.topic ? ` --topic ${scope.topic.id}` : "";
  const other = whichCodePartner(library, scope, only);
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
function whichCodePartner(library: Library, scope: PositionedScope, only: Code): Code | null {
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

/**
 * Why "which code says this?" passed over some texts (voice.ts): "… (Alaska's standards open
 * “I …”, North Carolina's “PSS …”)", naming the codes passed over whose standards mostly open
 * with a subject of their own.
 */
function toldByVoiceSaid(material: Material): string {
  const passedOver = new Set(material.toldByVoice.map((standard) => standard.code));
  const told = material.codes.filter((code) => passedOver.has(code.id)).flatMap((code) => {
    const subject = material.voices.usualSubject(code);
    return subject === null ? [] : [{ code, subject }];
  });
  const examples = told.map(({ code, subject }, at) => `${code.shortName}'s${at === 0 ? " standards open" : ""} “${subject} …”`);
  return `${KIND_NAMES["which-code"]} is asked only of a text two other codes might have written, and offers only codes that write as it does${examples.length > 0 ? ` (${listOf(examples)})` : ""}`;
}

/** Each kind of question as the quiz's notes name it. */
const KIND_NAMES: Record<QuestionKind, string> = {
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
function fewerQuestions(made: number, asked: number, material: Material): string {
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
function untaggedCounts(library: Library, codes: readonly Code[]): TagCount[] {
  return codes.filter((code) => code.origin === "user").map((code) => tagCount(library, code)).filter((count) => count.tagged < count.standards);
}
