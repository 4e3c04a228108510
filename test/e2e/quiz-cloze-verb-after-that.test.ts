// "that" after a noun opens a clause whose verb follows it: Wisconsin 8's "a relationship or
// commitment that _____ with the support needs" (conflicts) was offered "individuals", "others"
// and "rights", nouns a candidate rules out by the grammar alone.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const codesText = readdirSync(join(root, "data"))
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => readFileSync(join(root, "data", name), "utf8"))
  .join("\n");

/** Whether the codes write `word` as a verb: after a subject ("that", "it", "which") or before an object ("the", "their"). */
const writtenAsVerb = (word: string) => new RegExp(`\\b(?:that|which|who|it|this|and) ${word}\\b|\\b${word} (?:the|their|a|an|to)\\b`, "i").test(codesText);

describe("quiz: a word in -s after a noun's “that” is a verb, and so are its wrong choices", () => {
  it.each(["2", "4", "17"])("--code wi --kind cloze --seed %s", (seed) => {
    const run = ethics(["quiz", "--code", "wi", "--kind", "cloze", "--count", "10", "--seed", seed, "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const { questions } = JSON.parse(run.stdout) as { questions: { prompt: string; choices: string[]; answer: number }[] };
    const asked = questions.find((question) => question.prompt.includes("commitment that _____ with the support needs"))!;
    expect(asked.choices[asked.answer]).toBe("conflicts");
    for (const choice of asked.choices) {
      expect(["individuals", "others", "rights", "benefits", "caregivers", "members"]).not.toContain(choice);
      expect(writtenAsVerb(choice), choice).toBe(true);
    }
  });
});
