// A trainer's review of the quiz's choices: in `quiz --seed 3 --worksheet` the right choice of a
// situation was the only one with an editor's note under it; a missing word's choices did not
// fit the sentence ("This _____:" offered "interests / drugs / conflicts", the answer "includes",
// a word that joins the rule's parts and says nothing of it).
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

interface JsonQuestion {
  kind: string;
  prompt: string;
  choices: string[];
  answer: number;
  choiceStandards?: { editorial: string[] }[];
}

const quizOf = (seed: number) => JSON.parse(ethics(["quiz", "--seed", String(seed), "--count", "20", "--json"]).stdout) as { questions: JsonQuestion[] };

describe("no choice stands out by an editor's note", () => {
  it.each([3, 5, 8, 13])("--seed %i: the worksheet's questions show no editor's note where the choices differ in having one; the key gives the answer's", (seed) => {
    const { questions } = quizOf(seed);
    const has = (question: JsonQuestion) => question.choiceStandards!.map((standard) => standard.editorial.length > 0);
    const situations = questions.filter((question) => question.choiceStandards);
    const mixed = situations.filter((question) => has(question).some(Boolean) && !has(question).every(Boolean));
    const shownWhole = situations.filter((question) => has(question).every(Boolean));
    const sheet = ethics(["quiz", "--seed", String(seed), "--count", "20", "--worksheet"], { env: { COLUMNS: "80" } }).stdout;
    const [asked, key] = sheet.split("\n## Answers\n");
    const notesIn = (text: string) => (text.match(/Editor's note:/g) ?? []).length;
    expect(notesIn(asked!)).toBe(shownWhole.reduce((sum, question) => sum + question.choiceStandards!.reduce((notes, standard) => notes + standard.editorial.length, 0), 0));
    expect(notesIn(key!)).toBe(mixed.reduce((sum, question) => sum + question.choiceStandards![question.answer]!.editorial.length, 0));
  });

  it("some seed among them has such a question, its right choice noted", () => {
    const noted = [3, 5, 8, 13].flatMap((seed) => quizOf(seed).questions).filter((question) => question.choiceStandards?.[question.answer]?.editorial.length);
    expect(noted.length).toBeGreaterThan(0);
  });
});

describe("a missing word's choices fit the sentence", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("--seed %i: no blank hides “includes”, and a verb's blank (after “it” or “which”, before “the”) offers verbs", (seed) => {
    const cloze = quizOf(seed).questions.filter((question) => question.kind === "cloze");
    for (const question of cloze) {
      expect(question.choices[question.answer]).not.toBe("includes");
      const around = question.prompt.match(/(\S+) _____ (\S+)/);
      if (around && /^(?:it|which|who)$/i.test(around[1]!) && around[2] === "the") {
        for (const choice of question.choices) expect(choice, question.prompt).not.toMatch(/(?:ies|ants|ings)$/);
      }
    }
  });
});
