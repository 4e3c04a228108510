// The same --seed gave another quiz once any user's code was loaded, even with --code: `quiz
// --code ak,wi --seed 9` asked other standards with a folder of one's own codes loaded, since
// the codes a wrong choice may name, the words of the cloze questions and the random numbers
// drawn for them were the whole library's. A trainer's "--seed 42 gives the whole class the
// same quiz" must hold whatever else a student has loaded: the quiz now depends on the seed, the
// codes and topic asked for, and the built-in codes alone.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quizJson } from "./quiz-json.js";
import { root } from "./run.js";

/** A folder of the Riverside example code, and one of a code in words no built-in code uses. */
const riversideDir = mkdtempSync(join(tmpdir(), "ethics-quiz-seed-riverside-"));
writeFileSync(join(riversideDir, "riverside-agency.yaml"), readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8"));
const oddDir = mkdtempSync(join(tmpdir(), "ethics-quiz-seed-odd-"));
writeFileSync(
  join(oddDir, "odd.yaml"),
  [
    "id: odd-code",
    "title: Odd Peer Code",
    "shortName: Odd",
    "jurisdiction: Nowhere",
    "source: { document: Odd Peer Code }",
    "sections:",
    "  - id: practice",
    "    title: Practice",
    "    standards:",
    "      - number: 1",
    "        text: Peer workers attend monthly supervision with a qualified mentor.",
    "      - number: 2",
    "        text: Peer workers complete annual training on documentation and billing practices.",
    "      - number: 3",
    "        text: Peer workers answer telephone messages within two business days whenever possible.",
    "",
  ].join("\n"),
);

describe("quiz --seed: the same quiz whatever other codes are loaded", () => {
  it.each([[["--code", "ak,wi", "--seed", "9"]], [["--code", "alaska,medi-cal", "--topic", "gifts", "--seed", "42"]], [["--code", "wi", "--count", "5", "--seed", "3"]]])("%j: the built-in codes alone, a --data folder, ETHICS_DATA", (args) => {
    const alone = quizJson(["quiz", ...args]);
    expect(quizJson(["--data", oddDir, "quiz", ...args])).toBe(alone);
    expect(quizJson(["--data", oddDir, "--data", riversideDir, "quiz", ...args])).toBe(alone);
    expect(quizJson(["quiz", ...args], { ETHICS_DATA: oddDir })).toBe(alone);
  });

  it("a user's code asked for: the same quiz whatever other users' codes are loaded", () => {
    const args = ["quiz", "--code", "riverside,ak", "--count", "8", "--seed", "5"];
    const one = quizJson(["--data", riversideDir, ...args]);
    // The user's code takes part: a question on one of its standards, or its name a choice.
    const questions = JSON.parse(one).questions as { citation: string; choices: string[] }[];
    expect(questions.some((question) => question.citation.startsWith("Riverside") || question.choices.includes("Riverside"))).toBe(true);
    expect(quizJson(["--data", riversideDir, "--data", oddDir, ...args])).toBe(one);
  });

  it("every code asked for (no --code): the user's codes are in the quiz", () => {
    // asked about, or a choice ("which code says this?" offers Odd beside a text of its voice
    // only: voice.ts), in a quiz of as many questions as its scope can make
    const questions = (JSON.parse(quizJson(["--data", oddDir, "quiz", "--count", "200", "--seed", "1"])) as { questions: { citation: string; choices: string[] }[] }).questions;
    expect(questions.some((question) => question.citation.startsWith("Odd") || question.choices.includes("Odd"))).toBe(true);
  });
});
