// A quiz asked the same question twice where two standards say the same words: Working Well
// Together · Integrity 5 and Medi-Cal · Integrity 5 word for word ("Which code says this?"
// twice, with two different right answers, in `quiz --topic gifts --seed 11`), and a code of
// copies of one text got "Which code says this?" on it five times out of ten. Each text is
// asked about once, of one kind; where the standards run out of texts, the note says so.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

interface JsonQuiz {
  questions: { kind: string; prompt: string }[];
  notes: string[];
}

/** What the one answering is asked: the kind and the quoted words (the first line cites, for some kinds). */
const asked = (question: JsonQuiz["questions"][number]) => {
  const [first, ...quoted] = question.prompt.split("\n\n");
  return `${question.kind}\n${quoted.length > 0 ? quoted.join("\n\n") : first}`;
};

function copiesOfOneText(count: number): string {
  const standards = Array.from({ length: count }, (_, at) => `      - number: ${at + 1}\n        text: Will keep records private.\n`).join("");
  return `id: copies\ntitle: Copies\nshortName: Copies\njurisdiction: X\nsource:\n  document: Copies\nsections:\n  - id: main\n    title: Main\n    standards:\n${standards}`;
}

describe("a quiz over standards that say the same words", () => {
  it.each([11, 20, 25])("built-in codes, --topic gifts --seed %i: no question asked twice", (seed) => {
    const run = ethics(["quiz", "--topic", "gifts", "--seed", String(seed), "--count", "10", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const quiz = JSON.parse(run.stdout) as JsonQuiz;
    const prompts = quiz.questions.map(asked);
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it("a code of 300 copies of one text: each question once, and the note says why there are fewer", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-adv34-copies-"));
    writeFileSync(join(dir, "copies.yaml"), copiesOfOneText(300));
    const run = ethics(["--data", dir, "quiz", "--code", "copies", "--seed", "1", "--count", "10", "--json"]);
    // Such a code is most often a slip, and loading it says so (same-texts.ts); the quiz is made.
    const copiesWarning = `ethics: warning: ${join(dir, "copies.yaml")}: standards 1, 2, 3 and 297 more of Main have the same text (the code loads; where the source repeats itself, say so in an editorial remark on one of them)\n`;
    expect(unwrapped(run.stderr)).toBe(copiesWarning);
    expect(run.code).toBe(0);
    const quiz = JSON.parse(run.stdout) as JsonQuiz;
    const prompts = quiz.questions.map(asked);
    // one text: one question, of one kind (another kind would show the one's answer)
    expect(prompts).toHaveLength(1);
    expect(quiz.notes).toEqual(["Only 1 of the 10 questions asked could be made: these standards hold 1 text (standards that say the same count as one), and a quiz asks about each text once."]);
    // Asked on a terminal's terms (answers from stdin), the note is printed, within 80 columns.
    const answered = ethics(["--data", dir, "quiz", "--code", "copies", "--seed", "1", "--count", "10"], { input: "a\n".repeat(prompts.length) });
    expect(unwrapped(answered.stderr)).toBe(copiesWarning);
    expect(answered.code).toBe(0);
    expect(answered.stdout.replace(/\n/g, " ")).toContain("these standards hold 1 text (standards that say the same count as one), and a quiz asks about each text once.");
    expect(answered.stdout.split("\n").every((line) => line.length <= 80)).toBe(true);
    expect(answered.stdout).toMatch(new RegExp(`Score: \\d+/${prompts.length}\\n$`));
  });
});
