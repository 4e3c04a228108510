// "Which code says this?" of one code's standards has one answer throughout: `quiz --code nc
// --kind which-code` answered every question "North Carolina", and the default mix of kinds
// asked such questions too, free points in a class quiz of one code. With one code asked about
// (named alone, the one of those named on the topic, or the one of a review's standards), the
// mix leaves the kind out; asked for alone it is a usage error, beside other kinds a note.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, unwrapped } from "./run.js";

interface Quiz {
  questions: { kind: string; choices: string[]; answer: number }[];
  notes: string[];
}

const quiz = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const run = ethics(["quiz", ...args, "--json"], { env });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Quiz;
};
const kinds = (made: Quiz) => made.questions.map((question) => question.kind);

/** A review state whose missed standards are all North Carolina's. */
function reviewOfOneCode(): NodeJS.ProcessEnv {
  const state = mkdtempSync(join(tmpdir(), "ethics-which-code-"));
  const missed = (number: number) => ({ code: "north-carolina", section: "code-of-ethics", number, missed: 1, lastMissed: "2026-12-01T08:00:00.000Z", rightSince: 0 });
  writeFileSync(join(state, "quiz-review.json"), JSON.stringify({ standards: [2, 5, 9, 12, 15].map(missed) }));
  return { ETHICS_STATE_DIR: state };
}

describe("quiz: which code says this, of one code", () => {
  it.each([
    [["--code", "nc"]],
    [["--code", "nc,medi-cal", "--topic", "substance-use-and-impairment"]],
    [["--code", "wi", "--count", "20"]],
  ])("%j: the mix of kinds leaves it out, without a note", (args) => {
    for (const seed of ["1", "2", "3"]) {
      const made = quiz([...args, "--seed", seed]);
      expect(made.questions.length).toBeGreaterThan(0);
      expect(kinds(made)).not.toContain("which-code");
      expect(made.notes.join(" ")).not.toContain("which code");
    }
  });

  it("a review of one code's standards leaves it out too", () => {
    const env = reviewOfOneCode();
    for (const seed of ["1", "2", "3"]) expect(kinds(quiz(["--review", "--seed", seed], env))).not.toContain("which-code");
    expectShortFailure(ethics(["quiz", "--review", "--kind", "which-code"], { env }), 2, "“which code says this” questions need two or more codes");
  });

  it("a worksheet of one code asks none", () => {
    const sheet = ethics(["quiz", "--code", "nc", "--count", "10", "--seed", "1", "--worksheet"]);
    expect(sheet.code, sheet.stderr).toBe(0);
    expect(sheet.stdout).not.toContain("Which code says this?");
  });

  it("asked for beside other kinds: a note, the others asked", () => {
    const made = quiz(["--code", "nc", "--kind", "which-code,strength", "--count", "3", "--seed", "1"]);
    expect(kinds(made)).toEqual(["strength", "strength", "strength"]);
    expect(made.notes).toEqual(["No “which code says this” questions: they need two or more codes, and every answer would be North Carolina."]);
  });

  it("asked for alone: a usage error, and the commands in its hint work", () => {
    const refused = ethics(["quiz", "--code", "nc", "--kind", "which-code", "--count", "3", "--seed", "1", "--json"]);
    expectShortFailure(refused, 2, "“which code says this” questions need two or more codes: of North Carolina's standards alone, every answer would be North Carolina");
    expect(refused.stdout).toBe("");
    const commands = [...refused.stderr.replace(/\\\n\s*/g, "").replace(/\n\s*/g, " ").matchAll(/`ethics ([^`]+)`/g)].map((match) => match[1]!.split(" "));
    expect(commands).toEqual([
      // Medi-Cal, which writes as North Carolina 15 does (voice.ts): Alaska, the first code, writes "I"
      ["quiz", "--code", "north-carolina,medi-cal", "--kind", "which-code"],
      ["quiz", "--code", "north-carolina"],
    ]);
    const ofTwo = quiz([...commands[0]!.slice(1), "--count", "10", "--seed", "1"]);
    expect(new Set(ofTwo.questions.map((question) => question.choices[question.answer]))).toEqual(new Set(["North Carolina", "Medi-Cal"]));
    expect(quiz([...commands[1]!.slice(1), "--seed", "1"]).questions.length).toBeGreaterThan(0);
  });

  it("of two codes, it is asked as ever", () => {
    expect(kinds(quiz(["--code", "nc,medi-cal", "--kind", "which-code", "--count", "3", "--seed", "1"]))).toEqual(["which-code", "which-code", "which-code"]);
  });

  it("of a code no other writes as it does, the hint names no code to ask it of beside it", () => {
    // every standard of Alaska's says "I"
    const refused = ethics(["quiz", "--code", "ak", "--kind", "which-code"], { env: { COLUMNS: "80" } });
    expectShortFailure(refused, 2, "“which code says this” questions need two or more codes: of Alaska's standards alone, every answer would be Alaska");
    expect(unwrapped(refused.stderr)).toContain("hint: `ethics quiz --code alaska` asks the other kinds\n");
    expect(refused.stderr).not.toContain("asks it of two");
  });
});
