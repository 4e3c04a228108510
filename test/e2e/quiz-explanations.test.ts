// What a candidate reads after each answer: for every kind of question, one sentence that names
// the standard deciding it first and says why, as each kind tells it.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

interface Asked {
  kind: string;
  citation: string;
  explanation: string;
}

function quiz(args: string[]): { questions: Asked[]; code: number; stderr: string } {
  const run = ethics(["quiz", ...args, "--json"]);
  return { questions: run.code === 0 ? (JSON.parse(run.stdout) as { questions: Asked[] }).questions : [], code: run.code, stderr: run.stderr };
}

describe("a quiz's explanations", () => {
  it.each([
    ["which-code", / says this\.(?: .+ much the same, so (?:that code is|those codes are) not among the choices\.)?$/],
    ["situation", / governs [^A-Z].*[.)]$/],
    ["strength", / (?:prohibits|requires|defers to agency policy|encourages): “[^”]+”\.$/],
    ["cloze", / reads “[^”]+”\.?$/],
  ])("of %s questions name the deciding standard first and say why", (kind, why) => {
    for (const seed of ["1", "7"]) {
      const { questions, code, stderr } = quiz(["--kind", kind, "--count", "5", "--seed", seed]);
      expect(code).toBe(0);
      expect(stderr).toBe("");
      expect(questions).toHaveLength(5);
      for (const question of questions) {
        expect(question.kind).toBe(kind);
        expect(question.explanation.startsWith(`${question.citation} `)).toBe(true);
        expect(question.explanation).toMatch(why);
      }
    }
  });
});
