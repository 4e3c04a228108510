// "Which word is missing from Medi-Cal · Integrity 1?" over "…standards of professional _____."
// answered itself: the citation heading a missing-word question printed the hidden word, or a
// form of it ("Relationship with Clients" over "relationships"), in every form of the quiz.
import { describe, expect, it } from "vitest";
import { stem, words } from "../../src/core/text.js";
import { ethics } from "./run.js";

interface JsonQuiz {
  questions: { kind: string; prompt: string; choices: string[]; answer: number }[];
}

const HEADING = /Which word is missing from (.+?)\?/;
const SEED_35 = ["quiz", "--kind", "cloze", "--seed", "35", "--count", "1"];

/** Whether a heading shows the word, in any form of it. */
const shows = (heading: string, word: string) => words(heading).some((shown) => stem(shown) === stem(word.toLowerCase()));

function quiz(args: readonly string[]): JsonQuiz {
  const run = ethics([...args, "--json"]);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  return JSON.parse(run.stdout) as JsonQuiz;
}

describe("a missing-word question's heading", () => {
  const [question] = quiz(SEED_35).questions;
  const hidden = question!.choices[question!.answer]!;

  it.each([
    ["the worksheet", ["--worksheet"]],
    ["the HTML worksheet", ["--worksheet", "html"]],
    ["GIFT", ["--worksheet", "gift"]],
    ["the terminal", []],
    ["JSON", ["--json"]],
  ])("never shows the hidden word, in %s", (_form, form) => {
    const run = ethics([...SEED_35, ...form]);
    const heading = HEADING.exec(run.stdout)?.[1];
    expect(heading, run.stdout).toBeDefined();
    expect(run.stdout).toContain(hidden);
    expect(shows(heading!, hidden), `${heading} · ${hidden}`).toBe(false);
  });

  it("of any question drawn: none names its hidden word in its citation", () => {
    const { questions } = quiz(["quiz", "--kind", "cloze", "--seed", "35", "--count", "60"]);
    expect(questions.length).toBeGreaterThan(40);
    for (const { prompt, choices, answer } of questions) {
      const heading = HEADING.exec(prompt)![1]!;
      expect(shows(heading, choices[answer]!), `${heading} · ${choices[answer]}`).toBe(false);
    }
  });
});

describe("an Anki cloze card's heading", () => {
  // The card prints its citation in bold over the text whose key word it hides: "Working Well
  // Together · Holistic Wellness 1" hid "holistic", "Reciprocity 1" "reciprocal".
  it("never shows the word the card hides, in any form of it", () => {
    const run = ethics(["export", "--format", "anki-cloze"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const cards = run.stdout.split("\n").filter((line) => line.includes("{{c1::"));
    expect(cards.length).toBeGreaterThan(200);
    for (const card of cards) {
      const heading = /<b>(.+?)<\/b>/.exec(card)![1]!;
      const hidden = /\{\{c1::(.+?)\}\}/.exec(card)![1]!;
      expect(shows(heading, hidden), `${heading} · ${hidden}`).toBe(false);
    }
  });
});
