// A situation's explanation joins the matter's name and its description, each written to stand
// alone, into one sentence: "governs self-care: Engaging in …" had a capital where the sentence
// goes on, and a name with a colon of its own made two colons in a row. The codes' words it
// quotes (“…”) are left as they are written.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The explanation's own words: the codes' words it quotes left out. */
const ownWords = (explanation: string) => explanation.replace(/“[^”]*”/g, "“”");

describe("a situation's explanation reads as one sentence", () => {
  it.each(["1", "4", "8", "13", "21"])("quiz --kind situation --seed %s", (seed) => {
    const run = ethics(["quiz", "--kind", "situation", "--count", "6", "--seed", seed, "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const { questions } = JSON.parse(run.stdout) as { questions: { explanation: string }[] };
    expect(questions).toHaveLength(6);
    for (const { explanation } of questions) {
      expect(ownWords(explanation)).not.toMatch(/: \p{Lu}\p{Ll}/u);
      expect(ownWords(explanation)).not.toMatch(/:[^:]*:/);
    }
  });

  it("at a terminal too, as the README's seed 4 shows it", () => {
    const run = ethics(["quiz", "--seed", "4", "--count", "1"], { input: "b\n", env: { COLUMNS: "80" } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Medi-Cal · Respect 4 governs considering cultural context: taking a person's\ncultural context into account");
  });

  it("leaves the codes' words it quotes as they are written", () => {
    const run = ethics(["quiz", "--kind", "strength", "--count", "6", "--seed", "5", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const { questions } = JSON.parse(run.stdout) as { questions: { prompt: string; explanation: string }[] };
    for (const { prompt, explanation } of questions) {
      const quoted = /“([^”]+)”/.exec(explanation)![1]!;
      expect(prompt.replace(/\s+/g, " ")).toContain(quoted);
    }
  });
});
