// A situation question offers standards: --json gives each one whole, as `show --json` does, in
// the order of the choices, so that a handout made from the JSON can quote them.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

interface JsonStandard {
  code: string;
  section: string;
  number: number;
  citation: string;
}

describe("quiz --json: a situation's choices with their standards", () => {
  const quiz = JSON.parse(ethics(["quiz", "--seed", "5", "--count", "10", "--json"]).stdout) as {
    questions: { kind: string; choices: string[]; choiceStandards?: JsonStandard[] }[];
  };
  const situations = quiz.questions.filter((question) => question.kind === "situation");

  it("gives every situation's choices their standards, whole and in order; no other kind has them", () => {
    expect(situations.length).toBeGreaterThan(0);
    for (const question of quiz.questions.filter((each) => each.kind !== "situation")) expect(question.choiceStandards).toBeUndefined();
    for (const question of situations) {
      expect(question.choiceStandards!.map((standard) => standard.citation)).toEqual(question.choices);
      for (const standard of question.choiceStandards!) {
        const shown = JSON.parse(ethics(["show", standard.code, standard.section, String(standard.number), "--json"]).stdout);
        expect(standard).toEqual(shown);
      }
    }
  });
});
