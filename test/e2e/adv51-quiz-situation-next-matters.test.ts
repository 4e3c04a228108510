// Situation questions offered as a wrong choice a standard that also governs the situation,
// through a matter the concept index files it under beside its main one: a student who picked
// it was marked wrong. `quiz --seed 5 --count 400` asked "A mom wants to sit in on every session
// with her teenage son … his voice?" (family and youth voice and choice) with Medi-Cal Person-
// Driven 5 ("encourage those … to make their own decisions") as wrong; `--code medi-cal --seed
// 39` asked "I pushed a man I support to go to AA meetings every day. Did I cross a line?" (not
// imposing your values) with Safety & Protection 6 ("never … use undue influence") as wrong.
// Each run here offered such a choice before; the question's matter is still asked in it. (Seed
// 5's quiz changed when missing-word questions stopped hiding a word their citation shows, and no
// longer asks about family and youth voice: seed 7's asks it, every code in scope as before; and
// Medi-Cal's seed 20 stopped asking it when a quiz came to ask each text once, and seed 1 when
// missing words in -ing came to be read in their sentences: seed 2's does. Medi-Cal's seed 39
// stopped asking about not imposing your values when a missing word's wrong choices came to be
// those that can stand in its blank: seed 5's does.)
import { describe, expect, it } from "vitest";
import { quizJson } from "./quiz-json.js";

interface JsonQuestion {
  kind: string;
  prompt: string;
  choices: string[];
  answer: number;
  explanation: string;
}

describe("quiz: a situation's wrong choices are on no matter next to the situation's", () => {
  it.each([
    [["--seed", "7", "--count", "400"], "family and youth voice and choice", "Medi-Cal · Person-Driven 5"],
    [["--code", "medi-cal", "--seed", "2", "--count", "400"], "family and youth voice and choice", "Medi-Cal · Person-Driven 5"],
    [["--code", "medi-cal", "--seed", "5", "--count", "400"], "not imposing your values", "Medi-Cal · Safety & Protection 6"],
  ])("%j: on %s, never %s", (args, matter, citation) => {
    const { questions } = JSON.parse(quizJson(["quiz", ...args])) as { questions: JsonQuestion[] };
    const onMatter = questions.filter((question) => question.kind === "situation" && question.explanation.includes(` governs ${matter}`));
    expect(onMatter.length).toBeGreaterThan(0);
    for (const question of onMatter) {
      expect(question.choices.filter((_, at) => at !== question.answer), question.prompt).not.toContain(citation);
    }
  });
});
