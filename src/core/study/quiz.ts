// Multiple-choice questions made from the codes, each with one right answer and the standard
// that decides it. Four kinds:
//   which-code  "Which code says this?" — a standard's words; the codes to choose from never
//               include one that says the same (Working Well Together and Medi-Cal share many
//               standards word for word), so no wrong choice is also right
//   situation   "Which standard of Alaska governs this?" — a plain-language question of the
//               concept index; wrong choices are standards of the same code on other matters
//   strength    "Does it prohibit, require, defer to agency policy, or encourage?" — only where
//               the reading is certain (strength.ts, confidentReading), explained by its words
//   cloze       "Which word is missing?" — cloze.ts
// Everything random comes from one seeded generator: the same seed, library and scope give the
// same quiz.
import { allStandards, type Code, type Concept, type Item, type Library, type Standard, type StandardKey } from "../../model.js";
import { EthicsError } from "../errors.js";
import { addToVocabulary, clozeOf, emptyVocabulary, type ClozeVocabulary } from "./cloze.js";
import { seededRandom, type Random } from "./rng.js";
import type { StudyScope } from "./scope.js";
import { confidentReading, decidingWords } from "./strength.js";
import { libraryWording, placeOf, sameSayings, type Wording } from "./wording.js";

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
}

const BLANK = "_____";

const STRENGTH_CHOICES = [
  ["prohibits", "prohibits"],
  ["requires", "requires"],
  ["defers", "defers to agency policy"],
  ["aspires", "encourages (aspires)"],
] as const;

function keyOf(standard: StandardKey): string {
  return `${standard.code}\0${standard.section}\0${standard.number}`;
}

function passageOf(standard: Standard, text = standard.text): Passage {
  return { text, items: standard.items, notes: standard.notes };
}

/** The question with its quoted words, as one text: what --json prints as `prompt`. */
export function promptText(question: Question): string {
  if (!question.passage) return question.ask;
  const { text, items, notes } = question.passage;
  return [question.ask, "", text, ...items.map((item) => `${item.label}. ${item.text}`), ...notes.map((note) => `Note: ${note}`)].join("\n");
}

/** What every kind of question draws on, worked out once a quiz. */
interface Material {
  library: Library;
  scope: StudyScope;
  random: Random;
  /** Standards already asked about: each question is on a standard of its own. */
  used: Set<string>;
  conceptsUsed: Set<string>;
  vocabulary: () => ClozeVocabulary;
  wording: () => Wording;
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
  return () => {
    queue ??= candidates();
    while (queue.length > 0) {
      const question = make(queue.shift()!);
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
function namesOf(code: Code): RegExp[] {
  const names = [code.shortName, code.jurisdiction, code.id, ...code.aliases].filter((name) => name.length >= 3);
  return names.map((name) => new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, "i"));
}

function whichCode(material: Material): Maker {
  const { library, random } = material;
  const names = library.codes.flatMap(namesOf);
  return drawing(
    () => random.shuffled(material.scope.standards),
    (standard) => {
      if (material.used.has(keyOf(standard))) return null;
      const words = [standard.text, ...standard.items.map((item) => item.text), ...standard.notes].join(" ");
      if (names.some((name) => name.test(words))) return null; // the passage would give the code away
      const own = library.codes.find((code) => code.id === standard.code)!;
      const wording = material.wording();
      const candidates = library.codes.filter((code) => code !== own);
      const same = sameSayings(wording, placeOf(wording, own, standard), candidates);
      const alike = same.filter((place) => place >= 0);
      const others = candidates.filter((_, at) => same[at]! < 0);
      // codes are named by their short names: two codes one name would be two right answers
      const named = new Set([own.shortName]);
      const wrong = random.shuffled(others).filter((code) => !named.has(code.shortName) && named.add(code.shortName)).slice(0, 3);
      if (wrong.length < 2) return null;
      const { choices, answer } = shuffledChoices(random, own.shortName, wrong.map((code) => code.shortName));
      const alsoSaid = alike.map((place) => wording.citations[place]!);
      const explanation =
        `${standard.citation} says this.` +
        (alsoSaid.length > 0
          ? ` ${listOf(alsoSaid)} ${alsoSaid.length === 1 ? "says" : "say"} much the same, so ${alsoSaid.length === 1 ? "that code is" : "those codes are"} not among the choices.`
          : "");
      material.used.add(keyOf(standard));
      return { kind: "which-code", ask: "Which code says this?", passage: passageOf(standard), choices, answer, citation: standard.citation, explanation, standard };
    },
  );
}

// ── which standard governs this situation ────────────────────────────────────────────────

interface SituationCandidate {
  concept: Concept;
  code: Code;
}

function situation(material: Material): Maker {
  const { library, random, scope } = material;
  const inScope = new Set(scope.standards.map(keyOf));
  const conceptsOf = new Map<string, Concept[]>();
  for (const concept of library.concepts) {
    for (const key of concept.standards) conceptsOf.set(keyOf(key), [...(conceptsOf.get(keyOf(key)) ?? []), concept]);
  }
  return drawing(
    () =>
      random.shuffled(
        library.concepts
          .filter((concept) => concept.questions.length > 0 && (!scope.topic || concept.topic === scope.topic.id))
          // a code with one list is cited by numbers alone: nothing to reason from
          .flatMap((concept) => scope.codes.filter((code) => code.sections.length > 1).map((code) => ({ concept, code }))),
      ),
    ({ concept, code }: SituationCandidate) => {
      if (material.conceptsUsed.has(concept.id)) return null;
      const tagged = new Set(concept.standards.map(keyOf));
      const answers = allStandards(code).filter((standard) => tagged.has(keyOf(standard)) && inScope.has(keyOf(standard)) && !material.used.has(keyOf(standard)));
      if (answers.length === 0) return null;
      const topicStandards = new Set(library.topics.find((topic) => topic.id === concept.topic)?.standards.map(keyOf) ?? []);
      // other matters of the same code, none on this concept's topic: plausible, never also right
      const wrong = allStandards(code).filter((standard) => {
        const key = keyOf(standard);
        if (tagged.has(key) || topicStandards.has(key)) return false;
        const concepts = conceptsOf.get(key) ?? [];
        return concepts.length > 0 && concepts.every((other) => other.topic !== concept.topic);
      });
      if (wrong.length < 2) return null;
      const right = random.pick(answers);
      const { choices, answer } = shuffledChoices(random, right.citation, random.shuffled(wrong).slice(0, 3).map((standard) => standard.citation));
      material.used.add(keyOf(right));
      material.conceptsUsed.add(concept.id);
      const question = random.pick(concept.questions);
      return {
        kind: "situation",
        ask: `“${question}” Which standard of ${code.shortName} governs this?`,
        passage: null,
        choices,
        answer,
        citation: right.citation,
        explanation: `${right.citation} governs ${concept.name.charAt(0).toLowerCase()}${concept.name.slice(1)}: ${concept.description}`,
        standard: right,
      };
    },
  );
}

// ── prohibit, require, defer or encourage ────────────────────────────────────────────────

function strength(material: Material): Maker {
  const { random } = material;
  let byStrength: Map<string, { standard: Standard; reading: NonNullable<ReturnType<typeof confidentReading>> }[]> | null = null;
  return () => {
    if (!byStrength) {
      byStrength = new Map();
      for (const standard of material.scope.standards) {
        const reading = confidentReadingOf(standard);
        if (!reading) continue;
        const pool = byStrength.get(reading.strength);
        if (pool) pool.push({ standard, reading });
        else byStrength.set(reading.strength, [{ standard, reading }]);
      }
    }
    // a strength first, then a standard: "requires" is most of the codes and would be most answers
    for (const chosen of random.shuffled([...byStrength.keys()])) {
      const pool = byStrength.get(chosen)!.filter(({ standard }) => !material.used.has(keyOf(standard)));
      if (pool.length === 0) continue;
      const { standard, reading } = random.pick(pool);
      material.used.add(keyOf(standard));
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
    () => random.shuffled(material.scope.standards),
    (standard) => {
      if (material.used.has(keyOf(standard))) return null;
      const blank = clozeOf(standard, material.library.codes.find((code) => code.id === standard.code)!, material.vocabulary(), random);
      if (!blank) return null;
      material.used.add(keyOf(standard));
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

const libraryMaterial = new WeakMap<Library, Pick<Material, "vocabulary" | "wording">>();

function materialOf(library: Library): Pick<Material, "vocabulary" | "wording"> {
  let material = libraryMaterial.get(library);
  if (!material) {
    material = {
      vocabulary: lazy(() => {
        const vocabulary = emptyVocabulary(true);
        for (const code of library.codes) addToVocabulary(vocabulary, allStandards(code));
        return vocabulary;
      }),
      wording: lazy(() => libraryWording(library.codes)),
    };
    libraryMaterial.set(library, material);
  }
  return material;
}

export function makeQuiz(library: Library, scope: StudyScope, options: QuizOptions): Quiz {
  const random = seededRandom(options.seed);
  const material: Material = { library, scope, random, used: new Set(), conceptsUsed: new Set(), ...materialOf(library) };
  const notes: string[] = [];
  if (library.concepts.length === 0) notes.push("No concept index is loaded, so there are no “which standard governs this situation” questions.");
  const makers = new Map(QUESTION_KINDS.map((kind) => [kind, MAKERS[kind](material)]));
  if (library.concepts.length === 0) makers.delete("situation");
  // the kinds in turn, in a random order; a kind that can make no more questions drops out
  let order = random.shuffled([...makers.keys()]);
  const questions: Question[] = [];
  let turn = 0;
  while (questions.length < options.count && order.length > 0) {
    const kind = order[turn % order.length]!;
    const question = makers.get(kind)!();
    if (question) {
      questions.push(question);
      turn++;
    } else order = order.filter((other) => other !== kind);
  }
  if (questions.length === 0) {
    throw new EthicsError("no question can be made from these standards", "widen the quiz: more codes (--code) or no --topic");
  }
  if (questions.length < options.count) notes.push(`Only ${questions.length} of the ${options.count} questions asked could be made from these standards.`);
  return { seed: options.seed, questions, notes };
}
