import { describe, expect, it } from "vitest";
import { buildTermModel, cosine, termVector } from "../../../src/core/compare/similarity.js";
import { UsageError } from "../../../src/core/errors.js";
import { inSentence } from "../../../src/core/in-sentence.js";
import { makeQuiz, promptText, QUESTION_KINDS, quizCodes, situationWrongChoices, type Question } from "../../../src/core/study/quiz.js";
import { neighbouringMatters } from "../../../src/core/study/neighbouring-matters.js";
import { nearbyThemes } from "../../../src/core/study/nearby-themes.js";
import { readConcepts } from "../../../src/core/concepts/read-tags.js";
import { studyScope } from "../../../src/core/study/scope.js";
import { strengthOfStandard } from "../../../src/core/study/strength.js";
import { codeVoices } from "../../../src/core/study/voice.js";
import { terms } from "../../../src/core/text.js";
import { standardKeyOf } from "../../../src/core/codes/standard-text.js";
import { namesConcept, useKnownConcepts } from "../../../src/core/concepts/topics.js";
import { allStandards, codeSize, type Code, type Concept, type Library, type Standard } from "../../../src/model.js";
import { builtinLibrary, conceptLibrary, plainLibrary, withKnownCopy } from "./library.js";

const SEEDS = Array.from({ length: 8 }, (_, index) => index * 7919 + 1);

function quizzes(library: Library, codes: string[] = [], topic?: string): Question[] {
  const scope = studyScope(library, { codes, ...(topic ? { topic } : {}) });
  return SEEDS.flatMap((seed) => makeQuiz(library, scope, { count: 12, seed }).questions);
}

const withConcepts = quizzes(conceptLibrary);
const withoutConcepts = quizzes(plainLibrary);
const everyStandard = plainLibrary.codes.flatMap(allStandards);
const model = buildTermModel(everyStandard.map((standard) => terms(standard.text)));
const vector = (standard: Standard) => termVector(terms(standard.text), model);
const normalized = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

describe("every question", () => {
  it.each([
    ["with a concept index", withConcepts],
    ["without one", withoutConcepts],
  ])("%s: at least three distinct choices, one answer among them, a citation and an explanation", (_, questions) => {
    expect(questions.length).toBeGreaterThan(80);
    for (const question of questions) {
      expect(question.choices.length).toBeGreaterThanOrEqual(3);
      expect(new Set(question.choices.map((choice) => choice.toLowerCase())).size).toBe(question.choices.length);
      expect(question.answer).toBeGreaterThanOrEqual(0);
      expect(question.answer).toBeLessThan(question.choices.length);
      expect(question.citation).toBe(question.standard.citation);
      expect(question.explanation).toContain(question.citation);
    }
  });

  it("asks each kind, and about a standard at most once a quiz", () => {
    const scope = studyScope(conceptLibrary, { codes: [] });
    for (const seed of SEEDS) {
      const { questions } = makeQuiz(conceptLibrary, scope, { count: 12, seed });
      expect(questions).toHaveLength(12);
      expect(new Set(questions.map((question) => question.kind))).toEqual(new Set(QUESTION_KINDS));
      expect(new Set(questions.map((question) => question.citation)).size).toBe(12);
    }
  });
});

describe("which code says this", () => {
  const questions = withConcepts.filter((question) => question.kind === "which-code");

  it("never offers a wrong code that says the same words or nearly", () => {
    expect(questions.length).toBeGreaterThan(20);
    for (const question of questions) {
      expect(question.choices[question.answer]).toBe(plainLibrary.codes.find((code) => code.id === question.standard.code)!.shortName);
      for (const [index, choice] of question.choices.entries()) {
        if (index === question.answer) continue;
        const code = plainLibrary.codes.find((candidate) => candidate.shortName === choice)!;
        for (const other of allStandards(code)) {
          expect(normalized(other.text)).not.toBe(normalized(question.standard.text));
          expect(cosine(vector(other), vector(question.standard))).toBeLessThan(0.5);
        }
      }
    }
  });

  it("quotes the standard's text, items and notes, and never its code's name", () => {
    for (const question of questions) {
      expect(question.passage).toEqual({ text: question.standard.text, items: question.standard.items, notes: question.standard.notes });
      expect(promptText(question)).not.toMatch(/Medi-Cal|Working Well Together|Wisconsin|Alaska|North Carolina/);
    }
  });

  /**
   * Codes of agencies written as Medi-Cal's is, each rule opening with its verb ("Will follow…"),
   * on matters of their own: beside Medi-Cal's and Working Well Together's, codes that write so,
   * which a "which code" question may offer (voice.ts).
   */
  const verbFirst = (library: Library, id: string, shortName: string, texts: readonly string[]): Code => {
    const standards: Standard[] = texts.map((text, at) => ({ code: id, section: "rules", sectionTitle: "Rules", number: at + 1, text, items: [], notes: [], editorial: [], citation: `${shortName} ${at + 1}` }));
    return { ...library.codes[0]!, id, aliases: [], title: `${shortName} Code`, shortName, origin: "user", sections: [{ id: "rules", title: "Rules", intro: null, editorial: {}, standards }] };
  };
  const agency = (library: Library): Code =>
    verbFirst(library, "agency", "Agency", [
      "Will follow the agency's written schedule for home visits.",
      "Will talk with their supervisor before agreeing to any contact outside of scheduled services.",
    ]);
  const county = (library: Library): Code =>
    verbFirst(library, "county", "County", [
      "Will not connect with the people they serve on personal social media accounts; the county page is used instead.",
      "Keep the county's forms in a locked drawer.",
    ]);

  it("says which codes share the text and were left out", () => {
    // Working Well Together and Medi-Cal share "Do not lend, give, or receive money…" word for word.
    // North Carolina 11 says much the same too (loans): two agencies' codes are the choices that write as Medi-Cal does
    const library: Library = { ...plainLibrary, codes: [...plainLibrary.codes, agency(plainLibrary), county(plainLibrary)] };
    const scope = studyScope(library, { codes: ["medi-cal", "agency", "county"] });
    const lending = makeQuiz(library, scope, { count: 120, seed: 1, kinds: ["which-code"] }).questions.find((question) => question.standard.citation === "Medi-Cal · Integrity 7");
    expect(lending?.standard.citation).toBe("Medi-Cal · Integrity 7");
    expect(lending!.explanation).toBe(
      "Medi-Cal · Integrity 7 says this. Working Well Together · Integrity 7 says much the same, so that code is not among the choices.",
    );
    expect(lending!.choices).not.toContain("Working Well Together");
  });

  /** The built-in codes, an agency's and a user's code of one standard: a which-code question on it. */
  function askedOfOwn(text: string): Question {
    const standard: Standard = {
      code: "own",
      section: "conduct",
      sectionTitle: "Conduct",
      number: 1,
      text,
      items: [],
      notes: [],
      editorial: [],
      citation: "Own 1",
    };
    const section = { id: "conduct", title: "Conduct", intro: null, editorial: {}, standards: [standard] };
    const own: Code = { ...plainLibrary.codes[0]!, id: "own", aliases: [], title: "Own Code", shortName: "Own", origin: "user", sections: [section] };
    const library: Library = { ...plainLibrary, codes: [...plainLibrary.codes, agency(plainLibrary), own] };
    // Beside the agency's: of one code alone, no "which code" question is asked.
    const scope = studyScope(library, { codes: ["own", "agency"] });
    return makeQuiz(library, scope, { count: 40, seed: 1, kinds: ["which-code"] }).questions.find((question) => question.standard.code === "own")!;
  }

  it("counts a text of a word or two as said by no standard that merely uses them", () => {
    // "honest" is in Working Well Together and Medi-Cal Authenticity 1 and North Carolina 2,
    // which say much more than this
    const question = askedOfOwn("Be honest.");
    expect(question.explanation).toBe("Own 1 says this.");
    expect(question.choices).toHaveLength(4);
  });

  it("still leaves out a code that says a text of several words within a longer one", () => {
    const question = askedOfOwn("Practice honest and direct communication in a culturally relevant manner.");
    expect(question.explanation).toBe(
      "Own 1 says this. Working Well Together · Authenticity 1 and Medi-Cal · Authenticity 1 say much the same, so those codes are not among the choices.",
    );
    expect(question.choices).not.toContain("Working Well Together");
    expect(question.choices).not.toContain("Medi-Cal");
  });

  it("offers only codes that write some standard in the passage's voice, the answer's code and the choice's marks counted", () => {
    const voices = codeVoices();
    const byName = new Map(conceptLibrary.codes.map((code) => [code.shortName, code]));
    for (const question of questions) {
      const own = conceptLibrary.codes.find((code) => code.id === question.standard.code)!;
      for (const choice of question.choices) {
        const code = byName.get(choice)!;
        const writes = allStandards(code).some((standard) => voices.voiceOf(standard, [own, code]) === voices.voiceOf(question.standard, [own, code]));
        expect(writes, `${question.citation}: ${choice}`).toBe(true);
        expect(voices.writesAs(code, question.standard, own), `${question.citation}: ${choice}`).toBe(true);
      }
    }
  });

  it.each([
    // every standard of Alaska's says "I", of Wisconsin's "Peer Specialists": no other code writes so
    ["alaska", "wisconsin"],
    ["wisconsin", "alaska"],
  ])("of %s and %s, whose every text tells its code by its voice: none, and the error says why", (a, b) => {
    const scope = studyScope(conceptLibrary, { codes: [a, b] });
    expect(() => makeQuiz(conceptLibrary, scope, { count: 3, seed: 1, kinds: ["which-code"] })).toThrow(
      "no question of the kind asked for (which-code) can be made from these standards: “which code says this” is asked only of a text two other codes might have written, and offers only codes that write as it does (Alaska's standards open “I …” and Wisconsin's “Peer Specialists …”)",
    );
  });

  it("asked with other kinds, and fewer made than asked for it, a note says why", () => {
    const scope = studyScope(builtinLibrary, { codes: ["north-carolina", "alaska"] });
    const quiz = makeQuiz(builtinLibrary, scope, { count: 6, seed: 1, kinds: ["which-code"] });
    // North Carolina 15 alone opens with no "PSS": Working Well Together and Medi-Cal write so too
    expect(quiz.questions.map((question) => question.citation)).toEqual(["North Carolina 15"]);
    expect(quiz.notes.at(-1)).toBe(
      "“Which code says this” is asked only of a text two other codes might have written, and offers only codes that write as it does (Alaska's standards open “I …” and North Carolina's “PSS …”).",
    );
  });
});

describe("which standard governs this situation", () => {
  const questions = withConcepts.filter((question) => question.kind === "situation");

  it("is asked only when there is a concept index, and the quiz says so", () => {
    expect(withoutConcepts.some((question) => question.kind === "situation")).toBe(false);
    const quiz = makeQuiz(plainLibrary, studyScope(plainLibrary, { codes: [] }), { count: 5, seed: 1 });
    expect(quiz.notes.join(" ")).toContain("No concept index is loaded");
    expect(questions.length).toBeGreaterThan(10);
  });

  it("takes a concept's own question; the answer is tagged with the concept, no wrong choice is on its topic", () => {
    for (const question of questions) {
      const concept = conceptLibrary.concepts.find((candidate) => candidate.questions.some((asked) => question.ask.includes(asked)))!;
      expect(concept).toBeDefined();
      const tagged = (standard: Standard) => concept.standards.some((key) => key.code === standard.code && key.section === standard.section && key.number === standard.number);
      expect(tagged(question.standard)).toBe(true);
      const topic = conceptLibrary.topics.find((candidate) => candidate.id === concept.topic)!;
      const code = conceptLibrary.codes.find((candidate) => candidate.id === question.standard.code)!;
      expect(question.ask).toContain(`Which standard of ${code.shortName} governs this?`);
      for (const [index, choice] of question.choices.entries()) {
        if (index === question.answer) continue;
        const wrong = allStandards(code).find((standard) => standard.citation === choice)!;
        expect(wrong).toBeDefined();
        expect(tagged(wrong)).toBe(false);
        expect(topic.standards.some((key) => key.code === wrong.code && key.section === wrong.section && key.number === wrong.number)).toBe(false);
      }
    }
  });
});

describe("prohibit, require, defer or encourage", () => {
  const questions = withConcepts.filter((question) => question.kind === "strength");

  it("answers with the standard's strength and quotes the deciding words from its text", () => {
    expect(questions.length).toBeGreaterThan(20);
    const labels = { prohibits: 0, requires: 1, defers: 2, aspires: 3 } as const;
    for (const question of questions) {
      const strength = strengthOfStandard(question.standard).strength;
      expect(strength).not.toBe("describes");
      expect(question.answer).toBe(labels[strength as keyof typeof labels]);
      const quoted = question.explanation.match(/“(.+)”/)![1]!;
      expect(question.standard.text).toContain(quoted);
    }
  });

  it("asks nothing of a standard that requires and prohibits: either answer is right", () => {
    const wwt = studyScope(plainLibrary, { codes: ["california"] });
    const asked = makeQuiz(plainLibrary, wwt, { count: 60, seed: 1 })
      .questions.filter((question) => question.kind === "strength")
      .map((question) => question.citation);
    expect(asked.length).toBeGreaterThan(5);
    for (const both of ["Mutuality 3", "Confidentiality 2", "Authenticity 4"]) {
      expect(asked).not.toContain(`Working Well Together · ${both}`);
    }
  });

  it("asks about every strength, not mostly 'requires'", () => {
    const answers = new Set(questions.map((question) => question.answer));
    expect(answers).toEqual(new Set([0, 1, 2, 3]));
  });
});

describe("the missing word", () => {
  const questions = withConcepts.filter((question) => question.kind === "cloze");

  it("blanks a meaningful word of the text once, and offers words the standard does not use", () => {
    expect(questions.length).toBeGreaterThan(20);
    for (const question of questions) {
      const answer = question.choices[question.answer]!;
      expect(answer.length).toBeGreaterThanOrEqual(5);
      expect(question.passage!.text.split("_____")).toHaveLength(2);
      expect(question.passage!.text.replace("_____", answer)).toBe(question.standard.text);
      const used = normalized(question.standard.text).split(" ");
      for (const choice of question.choices) if (choice !== answer) expect(used).not.toContain(choice);
    }
  });
});

describe("the quiz", () => {
  it("is the same for the same seed, and another for another seed", () => {
    const scope = studyScope(conceptLibrary, { codes: [] });
    const a = makeQuiz(conceptLibrary, scope, { count: 10, seed: 42 });
    const b = makeQuiz(conceptLibrary, scope, { count: 10, seed: 42 });
    const c = makeQuiz(conceptLibrary, scope, { count: 10, seed: 43 });
    expect(a.questions.map(promptText)).toEqual(b.questions.map(promptText));
    expect(a.questions.map((question) => question.choices)).toEqual(b.questions.map((question) => question.choices));
    expect(c.questions.map(promptText)).not.toEqual(a.questions.map(promptText));
  });

  it("keeps to the codes and topic asked for", () => {
    for (const question of quizzes(conceptLibrary, ["wi"], "gifts")) {
      expect(question.standard.code).toBe("wisconsin");
    }
    const onGifts = quizzes(conceptLibrary, [], "gifts");
    const gifts = conceptLibrary.topics.find((topic) => topic.id === "gifts")!;
    for (const question of onGifts) {
      expect(gifts.standards.some((key) => key.code === question.standard.code && key.section === question.standard.section && key.number === question.standard.number)).toBe(true);
    }
  });

  // A trainer's seed gives the class one quiz, whatever codes of their own students have loaded.
  it.each([[{ codes: ["alaska", "wisconsin"] }], [{ codes: ["medi-cal"], topic: "gifts" }], [{ codes: ["wi", "nc"], topic: "confidentiality-and-privacy" }]])("%j: the same with a user's code loaded but not asked for", (request) => {
    const { library: withCopy } = withKnownCopy();
    for (const seed of SEEDS) {
      const alone = makeQuiz(conceptLibrary, studyScope(conceptLibrary, request), { count: 12, seed });
      expect(makeQuiz(withCopy, studyScope(withCopy, request), { count: 12, seed })).toEqual(alone);
    }
  });

  // The help's own example, `quiz --topic gifts --seed 42`, "the same quiz for a whole class":
  // no --code, and a student's code of two sections on other matters loaded.
  it.each([["gifts"], ["confidentiality-and-privacy"]])("on %s, every code: the same with a user's code on other matters loaded", (topic) => {
    const own: Code = {
      ...conceptLibrary.codes[0]!,
      id: "phones",
      aliases: [],
      title: "Phone Code",
      shortName: "Phones",
      origin: "user",
      sections: ["calls", "messages"].map((section) => ({
        id: section,
        title: section,
        intro: null,
        editorial: {},
        standards: [1, 2].map((number) => ({
          code: "phones",
          section,
          sectionTitle: section,
          number,
          text: `Peer workers return ${section} within ${number + 1} business days.`,
          items: [],
          notes: [],
          editorial: [],
          citation: `Phones · ${section} ${number}`,
        })),
      })),
    };
    const library: Library = { ...conceptLibrary, codes: [...conceptLibrary.codes, own] };
    useKnownConcepts(library, new Map([["phones", allStandards(own).map(() => [])]]));
    expect(studyScope(library, { codes: ["phones"] }).standards).toHaveLength(4);
    for (const seed of SEEDS) {
      const alone = makeQuiz(conceptLibrary, studyScope(conceptLibrary, { codes: [], topic }), { count: 12, seed });
      expect(makeQuiz(library, studyScope(library, { codes: [], topic }), { count: 12, seed })).toEqual(alone);
    }
  });

  it.each([
    ["the built-in codes alone", [], false],
    ["some codes asked for", ["alaska", "wisconsin"], true],
    ["every code (none named)", [], true],
    ["the user's code among those asked for", ["ak-copy", "wisconsin"], true],
  ] as const)("quizCodes, %s: the built-in codes and the scope's", (_what, codes, withUserCode) => {
    const library = withUserCode ? withKnownCopy().library : conceptLibrary;
    const scope = studyScope(library, { codes: [...codes] });
    const drawn = quizCodes(library, scope.codes).map((code) => code.id);
    expect(drawn).toEqual(library.codes.filter((code) => code.origin === "builtin" || scope.codes.includes(code)).map((code) => code.id));
    expect(drawn.includes("ak-copy")).toBe(scope.codes.some((code) => code.id === "ak-copy"));
  });

  it("says when it could make fewer questions than asked", () => {
    const scope = studyScope(plainLibrary, { codes: ["wi"], topic: "gifts" });
    const quiz = makeQuiz(plainLibrary, scope, { count: 10, seed: 1 });
    expect(quiz.questions.length).toBeLessThan(10);
    expect(quiz.notes.join(" ")).toContain(`Only ${quiz.questions.length} of the 10 questions`);
  });
});

/**
 * The situation questions of quizzes of 40 on every code, seeds 0 to `seeds` less one: each with
 * the concept it asks about and its wrong choices, as standard keys.
 */
function situationQuestions(seeds: number): { question: Question; concept: Concept; wrong: string[] }[] {
  const scope = studyScope(builtinLibrary, { codes: [] });
  const keyOf = new Map(builtinLibrary.codes.flatMap((code) => allStandards(code).map((standard) => [standard.citation, standardKeyOf(standard)] as const)));
  const asked: { question: Question; concept: Concept; wrong: string[] }[] = [];
  for (let seed = 0; seed < seeds; seed++) {
    for (const question of makeQuiz(builtinLibrary, scope, { count: 40, seed }).questions) {
      if (question.kind !== "situation") continue;
      const concept = builtinLibrary.concepts.find((candidate) => question.explanation.endsWith(inSentence(candidate.description)))!;
      asked.push({ question, concept, wrong: question.choices.filter((_, at) => at !== question.answer).map((choice) => keyOf.get(choice)!) });
    }
  }
  return asked;
}

describe("situation questions on the curated index", () => {
  // A rule the index relates to the matter ("see also") bears on it: offered as a wrong choice,
  // it marked wrong a student who had read right ("Can I vent on social media about a difficult
  // day with a peer if I don't use names?" offered Alaska's confidentiality rule as wrong).
  it("never offer a rule related to the question's matter as a wrong choice", () => {
    const asked = situationQuestions(60);
    for (const { question, concept, wrong } of asked) {
      const related = new Set((concept.related ?? []).map(standardKeyOf));
      expect(wrong.filter((key) => related.has(key)), question.ask).toEqual([]);
    }
    expect(asked.length).toBeGreaterThan(100);
  });

  // "A peer used a slur in group and the staff member running it said nothing" (a colleague's
  // conduct) offered "Shall not discriminate against others" as wrong: the question's own words
  // name discrimination, and a student who picked it had read right.
  it("never offer as wrong a rule on a theme the question's own words name a matter of", () => {
    const mattersOf = new Map<string, string[]>();
    for (const concept of builtinLibrary.concepts) for (const key of concept.standards) mattersOf.set(standardKeyOf(key), [...(mattersOf.get(standardKeyOf(key)) ?? []), concept.id]);
    const asked = situationQuestions(60);
    for (const { question, wrong } of asked) {
      const asked = question.ask.slice(1, question.ask.indexOf("”"));
      const themes = new Set(builtinLibrary.concepts.filter((concept) => namesConcept(asked, concept)).map((concept) => concept.topic));
      const themeOf = new Map(builtinLibrary.concepts.map((concept) => [concept.id, concept.topic]));
      expect(wrong.filter((key) => (mattersOf.get(key) ?? []).some((matter) => themes.has(themeOf.get(matter)!))), question.ask).toEqual([]);
    }
    expect(asked.length).toBeGreaterThan(100);
  });
});

describe("situation questions: no wrong choice on a matter next to the question's", () => {
  const wrongChoices = (conceptId: string, codeId: string): string[] => {
    const concept = builtinLibrary.concepts.find((candidate) => candidate.id === conceptId)!;
    const code = builtinLibrary.codes.find((candidate) => candidate.id === codeId)!;
    return situationWrongChoices(builtinLibrary, concept, code).map((standard) => standard.citation);
  };

  // Wrong choices a careful reader would also have accepted, offered before: the two found in
  // review and three of a sample of 52 situation questions (seeds 1–40 of `quiz --count 400`).
  it.each([
    ["A mom wants to sit in on every session with her teenage son … his voice?", "family-and-youth-voice-and-choice", "medi-cal", "Medi-Cal · Person-Driven 5"],
    ["Can I encourage someone I support to come to my church or join my faith?", "not-imposing-values", "medi-cal", "Medi-Cal · Safety & Protection 6"],
    ['Is it okay to say someone "failed treatment" when they relapsed?', "recovery-oriented-language", "california", "Working Well Together · Wellness, Recovery and Resiliency 4"],
    ['A coworker told a peer she "definitely has borderline".', "diagnosing", "medi-cal", "Medi-Cal · Wellness, Recovery, and Resiliency 3"],
    ["A transgender peer asked me to use their pronouns — is that part of my code?", "discrimination-sex-orientation-gender-identity", "california", "Working Well Together · Respect 10"],
    // "everyone's opinions" takes in a peer's politics: the index relates it to the matter now
    ["A peer wears a MAGA hat to our sessions and it upsets me.", "discrimination-religion-political-belief", "medi-cal", "Medi-Cal · Respect 8"],
    ["A peer's political views offend me — can I ask to stop working with them?", "discrimination-religion-political-belief", "california", "Working Well Together · Respect 9"],
  ])("“%s” (%s, in %s): never offers %s as a wrong choice", (_ask, concept, code, citation) => {
    expect(wrongChoices(concept, code)).not.toContain(citation);
  });

  // and what is clearly wrong is still offered
  it.each([
    ["family-and-youth-voice-and-choice", "medi-cal", "Medi-Cal · Integrity 10"],
    ["not-imposing-values", "medi-cal", "Medi-Cal · Integrity 13"],
    ["diagnosing", "medi-cal", "Medi-Cal · Integrity 10"],
  ])("%s, %s: still offers %s", (concept, code, citation) => {
    expect(wrongChoices(concept, code)).toContain(citation);
  });

  it("leaves every question of the index, in every code it is asked in, more wrong choices than it offers", () => {
    for (const concept of builtinLibrary.concepts.filter((candidate) => candidate.questions.length > 0)) {
      for (const code of builtinLibrary.codes.filter((candidate) => codeSize(candidate).sections > 1 && concept.standards.some((key) => key.code === candidate.id))) {
        expect(situationWrongChoices(builtinLibrary, concept, code).length, `${concept.id} in ${code.id}`).toBeGreaterThan(3);
      }
    }
  });

  it("makeQuiz offers none: no wrong choice of any seed is filed under a matter next to the question's", () => {
    const next = neighbouringMatters(builtinLibrary.concepts);
    const mattersOf = new Map<string, string[]>();
    for (const concept of builtinLibrary.concepts) for (const key of concept.standards) mattersOf.set(standardKeyOf(key), [...(mattersOf.get(standardKeyOf(key)) ?? []), concept.id]);
    const asked = situationQuestions(40);
    for (const { question, concept, wrong } of asked) {
      const nextOnes = wrong.filter((key) => (mattersOf.get(key) ?? []).some((matter) => next(concept.id).has(matter)));
      expect(nextOnes, question.ask).toEqual([]);
    }
    expect(asked.length).toBeGreaterThan(100);
  });
});

describe("only the kinds asked for (quiz --kind)", () => {
  const scope = studyScope(conceptLibrary, { codes: [] });
  it.each([[["situation"]], [["strength", "cloze"]], [["which-code"]]] as const)("%j: every question of those kinds", (kinds) => {
    for (const seed of SEEDS) {
      const quiz = makeQuiz(conceptLibrary, scope, { count: 6, seed, kinds });
      expect(quiz.questions.length).toBeGreaterThan(0);
      for (const question of quiz.questions) expect(kinds).toContain(question.kind);
    }
  });

  it("every kind named is the quiz without --kind, question for question", () => {
    for (const seed of SEEDS) expect(makeQuiz(conceptLibrary, scope, { count: 8, seed, kinds: [...QUESTION_KINDS] })).toEqual(makeQuiz(conceptLibrary, scope, { count: 8, seed }));
  });

  it("a kind that nothing in scope can make is an error that names it", () => {
    expect(() => makeQuiz(plainLibrary, studyScope(plainLibrary, { codes: [] }), { count: 3, seed: 1, kinds: ["situation"] })).toThrow(/no question of the kind asked for \(situation\)/);
  });
});

describe("which code says this, of one code's standards", () => {
  // Every answer was that code: `quiz --code nc` gave each such question to whoever answered
  // North Carolina. What counts is the codes asked about, not those named: on a topic North
  // Carolina does not address, `--code nc,medi-cal` asks of Medi-Cal's standards alone.
  const oneCode: [string, Library, { codes: string[]; topic?: string }, string][] = [
    ["one code named", conceptLibrary, { codes: ["north-carolina"] }, "north-carolina"],
    ["one code of those named on the topic", builtinLibrary, { codes: ["north-carolina", "medi-cal"], topic: "substance-use-and-impairment" }, "medi-cal"],
    ["a user's code alone", withKnownCopy().library, { codes: ["ak-copy"] }, "ak-copy"],
  ];

  it.each(oneCode)("%s: never drawn in the mix of every kind", (_title, library, request) => {
    const scope = studyScope(library, request);
    for (const seed of SEEDS) {
      const quiz = makeQuiz(library, scope, { count: 10, seed });
      expect(quiz.questions.length).toBeGreaterThan(0);
      expect(quiz.questions.filter((question) => question.kind === "which-code")).toEqual([]);
      expect(quiz.notes.filter((note) => note.includes("which code"))).toEqual([]);
    }
  });

  it.each(oneCode)("%s: asked for alone, a usage error naming commands that ask it and the others", (_title, library, request, only) => {
    const scope = studyScope(library, request);
    const attempt = () => makeQuiz(library, scope, { count: 3, seed: 1, kinds: ["which-code"] });
    expect(attempt).toThrow(UsageError);
    const shortName = library.codes.find((code) => code.id === only)!.shortName;
    expect(attempt).toThrow(`“which code says this” questions need two or more codes: of ${shortName}'s standards alone, every answer would be ${shortName}`);
    const topic = request.topic ? ` --topic ${request.topic}` : "";
    let hint = "";
    try {
      attempt();
    } catch (error) {
      hint = (error as UsageError).hint ?? "";
    }
    const said = new RegExp(`^(?:\`ethics quiz --code ${only},([a-z-]+)${topic} --kind which-code\` asks it of two; )?\`ethics quiz --code ${only}${topic}\` asks the other kinds$`).exec(hint);
    expect(said, hint).not.toBeNull();
    // A quiz of the two codes it names asks it, answered by both; where it names none, no code
    // would be (of these, North Carolina 15 is said in much the same words by Working Well
    // Together's Person-Driven 8, the fixture's concepts filing neither; Alaska's copy is Alaska's).
    for (const other of said![1] ? [said![1]] : library.codes.filter((code) => code.id !== only).map((code) => code.id)) {
      let answered = new Set<string>();
      try {
        const pair = studyScope(library, { codes: [only, other], ...(request.topic ? { topic: request.topic } : {}) });
        answered = new Set(makeQuiz(library, pair, { count: 10, seed: 1, kinds: ["which-code"] }).questions.map((question) => question.standard.code));
      } catch {
        // no question of the two, or no standard of the other on the topic
      }
      if (said![1]) expect([...answered].sort()).toEqual([only, other].sort());
      else expect(answered.size, other).toBeLessThan(2);
    }
  });

  it("of North Carolina, the hint names Medi-Cal, which writes as North Carolina 15 does", () => {
    const scope = studyScope(builtinLibrary, { codes: ["north-carolina"] });
    expect(() => makeQuiz(builtinLibrary, scope, { count: 3, seed: 1, kinds: ["which-code"] })).toThrow(UsageError);
    try {
      makeQuiz(builtinLibrary, scope, { count: 3, seed: 1, kinds: ["which-code"] });
    } catch (error) {
      expect((error as UsageError).hint).toBe("`ethics quiz --code north-carolina,medi-cal --kind which-code` asks it of two; `ethics quiz --code north-carolina` asks the other kinds");
    }
  });

  it("asked for with other kinds, a note says why there are none, the others asked", () => {
    const scope = studyScope(conceptLibrary, { codes: ["north-carolina"] });
    const quiz = makeQuiz(conceptLibrary, scope, { count: 4, seed: 1, kinds: ["which-code", "strength"] });
    expect(quiz.questions.map((question) => question.kind)).toEqual(["strength", "strength", "strength", "strength"]);
    expect(quiz.notes).toEqual(["No “which code says this” questions: they need two or more codes, and every answer would be North Carolina."]);
  });

  it("of two codes, it is asked, its answers either", () => {
    // of texts some other codes write as they are written (voice.ts): Medi-Cal's, and North Carolina 15
    const scope = studyScope(builtinLibrary, { codes: ["north-carolina", "medi-cal"] });
    const answers = new Set(SEEDS.flatMap((seed) => makeQuiz(builtinLibrary, scope, { count: 4, seed, kinds: ["which-code"] }).questions.map((question) => question.choices[question.answer])));
    expect([...answers].sort()).toEqual(["Medi-Cal", "North Carolina"]);
  });
});

describe("situations asked of a user's code its file tags with concepts", () => {
  const alaska = builtinLibrary.codes.find((code) => code.id === "alaska")!;
  /** Alaska's standards as an agency's own code, each tagged in its file as the index files Alaska's (or not at all). */
  const agency = (tagged: boolean): Code => ({
    ...alaska,
    id: "agency",
    aliases: [],
    shortName: "Agency",
    origin: "user",
    sections: alaska.sections.map((section) => ({
      ...section,
      standards: section.standards.map((standard) => ({
        ...standard,
        code: "agency",
        citation: standard.citation.replace("Alaska", "Agency"),
        ...(tagged ? { concepts: builtinLibrary.concepts.filter((concept) => concept.standards.some((key) => key.code === "alaska" && key.section === standard.section && key.number === standard.number)).map((concept) => concept.id) } : {}),
      })),
    })),
  });
  const quizOf = (code: Code) => {
    const library: Library = { ...builtinLibrary, codes: [...builtinLibrary.codes, code] };
    return makeQuiz(library, studyScope(library, { codes: ["agency"] }), { count: 5, seed: 3, kinds: ["situation"] });
  };

  it("asks them, its own standards the choices, the right one filed under the question's matter", () => {
    const quiz = quizOf(agency(true));
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const question of quiz.questions) {
      expect(question.ask).toMatch(/Which standard of Agency governs this\?$/);
      for (const standard of question.choiceStandards!) expect(standard.code).toBe("agency");
      const governed = question.explanation.slice(question.explanation.indexOf(" governs ") + " governs ".length);
      const matter = builtinLibrary.concepts.find((concept) => [":", " —"].some((joiner) => governed.startsWith(`${inSentence(concept.name)}${joiner}`)))!;
      expect(question.standard.concepts).toContain(matter.id);
      for (const [at, standard] of question.choiceStandards!.entries()) if (at !== question.answer) expect(standard.concepts ?? []).not.toContain(matter.id);
    }
  });

  it("asks none of one whose file tags nothing: its concepts would only be inferred", () => {
    expect(() => quizOf(agency(false))).toThrow(/no question of the kind asked for \(situation\)/);
  });
});

describe("a scope of fewer texts than the questions asked", () => {
  // Wisconsin's one standard on gifts was asked of each kind in turn, the answer of one shown in
  // the next: its whole text in the strength question, and then its missing word asked.
  const gifts = studyScope(builtinLibrary, { codes: ["wisconsin"], topic: "gifts" });

  it("asks about its one text once, and says why there are no more", () => {
    const quiz = makeQuiz(builtinLibrary, gifts, { count: 3, seed: 1, kinds: ["cloze", "situation", "strength"] });
    expect(quiz.questions.map((question) => question.citation)).toEqual(["Wisconsin 12"]);
    expect(quiz.notes).toEqual(["Only 1 of the 3 questions asked could be made: these standards hold 1 text (standards that say the same count as one), and a quiz asks about each text once."]);
  });

  it("copies of a text count as one: on gifts, five texts in seven standards", () => {
    const everyCode = studyScope(builtinLibrary, { codes: [], topic: "gifts" });
    expect(everyCode.standards).toHaveLength(7);
    for (const seed of SEEDS) {
      const quiz = makeQuiz(builtinLibrary, everyCode, { count: 10, seed });
      expect(quiz.questions.length).toBeLessThanOrEqual(5);
      expect(new Set(quiz.questions.map((question) => normalized(question.standard.text))).size).toBe(quiz.questions.length);
      expect(quiz.notes.at(-1)).toMatch(/^Only \d of the 10 questions asked could be made( from these standards, which hold 5 texts|: these standards hold 5 texts) \(standards that say the same count as one\)/);
    }
  });

  it("a quiz that fills its count asks each standard once, as before", () => {
    const quiz = makeQuiz(builtinLibrary, studyScope(builtinLibrary, { codes: ["medi-cal"] }), { count: 15, seed: 1 });
    const citations = quiz.questions.map((question) => question.citation);
    expect(new Set(citations).size).toBe(citations.length);
    expect(quiz.notes).toEqual([]);
  });
});

describe("no question answers another", () => {
  // `quiz --topic gifts --seed 7` showed Medi-Cal Integrity 5 whole, then asked the missing word
  // of Working Well Together's, the same words; and showed North Carolina 15 under its citation,
  // then asked which code says it.
  it.each([[{ codes: [] as string[] }], [{ codes: [] as string[], topic: "gifts" }], [{ codes: ["medi-cal", "california"] }], [{ codes: [] as string[], topic: "boundaries" }]])(
    "%j: no question is about a text another question asks about or shows",
    (request) => {
      const scope = studyScope(builtinLibrary, request);
      for (const seed of SEEDS) {
        const { questions } = makeQuiz(builtinLibrary, scope, { count: 20, seed });
        questions.forEach((question, at) => {
          for (const [other, another] of questions.entries()) {
            if (other === at) continue;
            const shown = another.choiceStandards ?? [another.standard];
            expect(shown.map((standard) => normalized(standard.text)), `${question.citation} (${question.kind}) and ${another.citation} (${another.kind})`).not.toContain(normalized(question.standard.text));
          }
        });
      }
    },
  );
});

describe("situation questions: plausible wrong choices", () => {
  // A gifts situation offered one rule on gifts beside rules on trauma and documentation, struck
  // out unread. Wrong choices come first from themes some standard is filed under together with
  // the question's (money, dual relationships, boundaries, culture beside gifts).
  it.each(["gifts", "confidentiality-and-privacy", "dual-relationships"])("on %s, most wrong choices are on a theme next to the question's", (topic) => {
    const near = nearbyThemes(builtinLibrary.concepts)(topic);
    const conceptsOf = readConcepts(builtinLibrary);
    const scope = studyScope(builtinLibrary, { codes: [], topic });
    const wrong = SEEDS.flatMap((seed) => makeQuiz(builtinLibrary, scope, { count: 6, seed, kinds: ["situation"] }).questions).flatMap((question) =>
      question.choiceStandards!.filter((_, at) => at !== question.answer),
    );
    expect(wrong.length).toBeGreaterThan(20);
    const nearby = wrong.filter((standard) => conceptsOf(standard).some((concept) => near.has(concept.topic)));
    expect(nearby.length / wrong.length).toBeGreaterThan(0.5);
  });
});
