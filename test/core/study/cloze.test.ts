import { describe, expect, it } from "vitest";
import { addToVocabulary, blankCandidates, clozeOf, clozeVocabulary, emptyVocabulary, isPhrase, keyWord, wordKind } from "../../../src/core/study/cloze.js";
import { seededRandom } from "../../../src/core/study/rng.js";
import { STOP_WORDS, stem, words } from "../../../src/core/text.js";
import { allStandards, type Standard } from "../../../src/model.js";
import { plainLibrary, standardAt } from "./library.js";

const standards = plainLibrary.codes.flatMap(allStandards);
const vocabulary = clozeVocabulary(standards);
const codeOf = (standard: Standard) => plainLibrary.codes.find((code) => code.id === standard.code)!;

describe("the kind of a word", () => {
  it.each([
    ["confidentiality", "noun-abstract", false],
    ["rights", "plural", true],
    ["discrimination", "noun-ion", false],
    ["relationships", "noun-abstract", true],
    ["accurately", "adverb", false],
    ["exploitive", "adjective", false],
    ["supporting", "gerund", false],
    ["prescribed", "past", false],
  ] as const)("%s is %s", (word, kind, plural) => {
    expect(wordKind(word, vocabulary)).toEqual({ kind, plural });
  });

  it.each(["the", "family", "strive", "receive", "Medi-Cal", "PSS", "11014", "peer's"])("%s has no kind to match", (word) => {
    expect(wordKind(word, vocabulary)).toBeNull();
  });
});

describe("a blank", () => {
  it("is never a small word, a word most standards use, or a word the standard says twice", () => {
    const common = ["peer", "support", "services", "persons", "those"];
    for (const standard of standards) {
      for (const candidate of blankCandidates(standard, vocabulary)) {
        expect(STOP_WORDS.has(candidate.word)).toBe(false);
        expect(common).not.toContain(candidate.word);
        expect(candidate.word.length).toBeGreaterThanOrEqual(5);
        expect(standard.text.slice(candidate.start, candidate.end)).toBe(candidate.word);
        const again = new RegExp(`\\b${candidate.word}\\b`, "gi");
        expect(standard.text.match(again), `${standard.citation}: ${candidate.word}`).toHaveLength(1);
      }
    }
  });

  it("prefers the telling word: Medi-Cal Integrity 12's is a substance, not 'services'", () => {
    const integrity12 = standardAt(plainLibrary, "medi-cal", "integrity", 12);
    const best = keyWord(integrity12, vocabulary)!;
    expect(["alcohol", "marijuana", "influence", "illicit"]).toContain(integrity12.text.slice(best.start, best.end));
  });
});

describe("the word hidden on a flash card, in a text of another script", () => {
  // A user's code in Russian, Arabic or Japanese had no word the cloze could read: the card hid
  // its whole text. The most telling word is hidden, as in English: the rarest in the codes, not
  // a small word, not one the standard says twice; of those, the longest.
  const ofCode = (...texts: string[]): Standard[] => texts.map((text, at) => ({ ...standards[0]!, number: at + 1, text, items: [], notes: [] }));
  const hidden = (texts: readonly string[], at: number): string | null => {
    const own = ofCode(...texts);
    const made = clozeVocabulary([...standards, ...own], { phrases: false });
    const found = keyWord(own[at]!, made);
    return found && own[at]!.text.slice(found.start, found.end);
  };

  it.each<[string, string[], number, string | null]>([
    // "Специалист" is in every standard of the code, "поддерживает" in two: neither tells.
    ["Russian", ["Специалист не принимает подарки от людей, которых поддерживает.", "Специалист не даёт деньги в долг людям, которых поддерживает.", "Специалист хранит тайну."], 1, "деньги"],
    ["Russian, small words left", ["Он и я не на работе."], 0, "работе"],
    ["Arabic", ["لا يقبل الأخصائي الهدايا من العملاء.", "الأخصائي يحترم خصوصية العملاء."], 0, "الهدايا"],
    ["Japanese, written without spaces", ["専門家は、支援する人から贈り物を受け取らない。"], 0, "贈り物"],
    ["Japanese, kana alone being particles and endings", ["これは、ないから。"], 0, null],
    ["Chinese", ["同伴支持专家不得接受礼物。", "同伴支持专家应当保密。"], 0, "不得"],
    ["Chinese, a word two standards use telling less", ["同伴支持专家不得接受礼物。", "同伴支持专家不得借钱。"], 0, "接受"],
    ["Korean", ["전문가는 선물을 받지 않는다."], 0, "전문가는"],
    ["Greek", ["Ο ειδικός δεν δέχεται δώρα."], 0, "ειδικός"],
    ["a word said twice, in any case", ["Подарки? ПОДАРКИ нельзя."], 0, "нельзя"],
    ["no word at all", ["— 12 —"], 0, null],
  ])("%s", (_, texts, at, expected) => {
    expect(hidden(texts, at)).toBe(expected);
  });

  it("a Latin word worth hiding still comes first", () => {
    expect(hidden(["Специалист will not accept gratuities. Подарки нельзя."], 0)).toBe("gratuities");
  });
});

describe("the wrong choices", () => {
  const random = seededRandom(3);
  const clozes = standards.map((standard) => ({ standard, cloze: clozeOf(standard, codeOf(standard), vocabulary, random) }));

  it("can be made for most standards", () => {
    expect(clozes.filter(({ cloze }) => cloze !== null).length).toBeGreaterThan(standards.length * 0.8);
  });

  it("are words of the same kind, not in the standard, never making a phrase a code really uses", () => {
    for (const { standard, cloze } of clozes) {
      if (!cloze) continue;
      expect(cloze.distractors.length).toBeGreaterThanOrEqual(2);
      const kind = wordKind(cloze.answer, vocabulary);
      const before = standard.text.slice(0, cloze.start).toLowerCase().match(/[a-z0-9'’-]+/g) ?? [];
      const after = standard.text.slice(cloze.end).toLowerCase().match(/[a-z0-9'’-]+/g) ?? [];
      for (const wrong of cloze.distractors) {
        expect(wordKind(wrong, vocabulary)).toEqual(kind);
        expect(standard.text.toLowerCase()).not.toMatch(new RegExp(`\\b${wrong}\\b`));
        if (before.length > 0 && after.length > 0) expect(isPhrase(vocabulary, [before.at(-1)!, wrong, after[0]!])).toBe(false);
      }
    }
  });

  it("never offers 'dignity' for 'privacy and confidentiality': the codes say both", () => {
    // "Respect the privacy and confidentiality of…" — "privacy and dignity" is a phrase of the codes
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const standard of standards.filter((candidate) => /privacy and confidentiality/i.test(candidate.text))) {
        const cloze = clozeOf(standard, codeOf(standard), vocabulary, seededRandom(seed));
        if (cloze?.answer === "confidentiality") expect(cloze.distractors).not.toContain("dignity");
      }
    }
  });
});

describe("a blank the question's heading would give away", () => {
  // "Which word is missing from Medi-Cal · Integrity 1?" hid "integrity": the citation the
  // question is headed with (the code's short name and the section's title) printed the answer.
  // A form of a word shown gives it away too ("Relationship" in the title, "relationships" hidden).
  const SEEDS = Array.from({ length: 12 }, (_, at) => at + 1);
  const citedStems = (standard: Standard) => new Set(words(standard.citation).map(stem));

  it.each<[string, string, number, string, "another word" | "no question"]>([
    ["medi-cal", "integrity", 1, "integrity", "another word"],
    ["medi-cal", "integrity", 3, "integrity", "another word"],
    ["alaska", "relationship-with-clients", 8, "relationship", "another word"],
    ["california", "wellness-recovery-and-resiliency", 2, "wellness", "no question"],
    ["california", "wellness-recovery-and-resiliency", 6, "wellness", "no question"],
    ["medi-cal", "wellness-recovery-and-resiliency", 2, "wellness", "no question"],
    ["medi-cal", "cultural-responsiveness-and-humility", 2, "responsive", "no question"],
    ["california", "respect", 11, "respectful", "another word"],
  ])("%s %s %i: never '%s', whose stem the citation prints; %s", (code, section, number, shown, left) => {
    const standard = standardAt(plainLibrary, code, section, number);
    expect(citedStems(standard)).toContain(stem(shown));
    const hidden = SEEDS.map((seed) => clozeOf(standard, codeOf(standard), vocabulary, seededRandom(seed))?.answer ?? null);
    expect(hidden).not.toContain(shown);
    if (left === "no question") expect(hidden).toEqual(SEEDS.map(() => null));
    else expect(hidden.every((answer) => answer !== null)).toBe(true);
  });

  it("is never the answer of any standard's question, in any form", () => {
    for (const seed of [1, 2, 3]) {
      for (const standard of standards) {
        const cloze = clozeOf(standard, codeOf(standard), vocabulary, seededRandom(seed));
        if (cloze) expect(citedStems(standard).has(stem(cloze.answer.toLowerCase())), `${standard.citation}: ${cloze.answer}`).toBe(false);
      }
    }
  });
});

describe("a word spelt two ways", () => {
  // Medi-Cal writes "professional judgment" and "sound judgement": both were choices of one blank,
  // and the one not in the text was marked wrong.
  const apart = (a: string, b: string): boolean => {
    if (a === b) return false;
    if (a.length === b.length) return [...a].filter((letter, at) => letter !== b[at]).length === 1;
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    return long.length - short.length === 1 && [...long].some((_, at) => long.slice(0, at) + long.slice(at + 1) === short);
  };

  it("is never a wrong choice beside the answer, nor two wrong choices", () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      for (const standard of standards) {
        const cloze = clozeOf(standard, codeOf(standard), vocabulary, seededRandom(seed));
        if (!cloze) continue;
        const choices = [cloze.answer.toLowerCase(), ...cloze.distractors];
        for (const [at, choice] of choices.entries()) {
          for (const other of choices.slice(at + 1)) expect(apart(choice, other), `${standard.citation}: ${choices.join(", ")}`).toBe(false);
        }
      }
    }
  });
});

describe("the vocabulary", () => {
  it("made a code at a time is the vocabulary made at once: the same words, in the same order, the same counts and phrases", () => {
    const byCode = emptyVocabulary(true);
    for (const code of plainLibrary.codes) addToVocabulary(byCode, allStandards(code));
    expect([...byCode.words]).toEqual([...vocabulary.words]);
    expect(byCode.standards).toBe(standards.length);
    expect(byCode.phrases!.ids.subarray(0, byCode.phrases!.length)).toEqual(vocabulary.phrases!.ids.subarray(0, vocabulary.phrases!.length));
  });

  it("counts a word once a standard, in any part", () => {
    const made = clozeVocabulary([
      { ...standards[0]!, text: "Respect respect RESPECT dignity.", items: [{ label: "a", text: "dignity" }], notes: [] },
      { ...standards[0]!, text: "Dignity of peers.", items: [], notes: ["Respect."] },
    ]);
    expect([...made.words].map(([word, info]) => [word, info.standards])).toEqual([
      ["respect", 2],
      ["dignity", 2],
      ["of", 1],
      ["peers", 1],
    ]);
  });

  it.each([
    [["privacy", "and", "confidentiality"], true],
    // a comma is no word: "…dignity, privacy and…"
    [["dignity", "privacy", "and"], true],
    [["PRIVACY", "and", "confidentiality"], false],
    [["privacy", "and", "dignity"], false],
    [["privacy", "and", "zzzz"], false],
  ] as const)("%j is a phrase of the codes: %s", (run, expected) => {
    expect(isPhrase(vocabulary, run)).toBe(expected);
  });

  it("a phrase never runs from one part of a standard into the next", () => {
    const made = clozeVocabulary([{ ...standards[0]!, text: "Keep records", items: [{ label: "a", text: "safely always" }], notes: [] }]);
    expect(isPhrase(made, ["keep", "records", "safely"])).toBe(false);
    expect(isPhrase(made, ["records", "safely", "always"])).toBe(false);
  });
});

describe("the words of a text", () => {
  // Lower-cased a word at a time, as the vocabulary first did; the whole text at once where that finds the same.
  const reference = (text: string) => (text.match(/[A-Za-z0-9_][A-Za-z0-9_'’-]*/g) ?? []).map((word) => word.toLowerCase());
  // Then the words of other scripts, counted too (how telling a word is), each once.
  it.each([
    ["Peers’ RIGHTS and Self-Determination", []],
    ["Ünïcode ÉCOLE naïve café", []],
    ["İstanbul İS a city", []],
    ["5 \u212aelvin and \u212a", []],
    ["ΣΊΣΥΦΟΣ and Straße", ["σίσυφος"]],
    ["Подарки и ПОДАРКИ", ["подарки", "и"]],
  ])("%s", (text, otherScripts) => {
    const made = clozeVocabulary([{ ...standards[0]!, text, items: [], notes: [] }]);
    expect([...made.words.keys()]).toEqual([...new Set(reference(text)), ...otherScripts]);
  });
});
