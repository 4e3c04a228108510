// A quiz's heading said "(seed 618402: --seed 618402 repeats it)", and a candidate who had run
// `ethics quiz --review` ran `ethics quiz --seed 618402`: another quiz, of every code. The
// heading now writes out the command that asks the same questions, options and all.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The heading's command, its lines joined where a backslash goes on. */
function headingCommand(stdout: string): string[] {
  const lines = stdout.split("\n");
  // the heading, wrapped on a narrow terminal
  const headingEnd = lines.findIndex((line) => line.endsWith(" by:"));
  expect(lines.slice(0, headingEnd + 1).join(" ")).toMatch(/^Quiz: \d+ questions? \(seed \d+\), asked again by:$/);
  const command: string[] = [];
  for (const line of lines.slice(headingEnd + 1)) {
    command.push(line.trim().replace(/ \\$/, ""));
    if (!line.endsWith(" \\")) break;
  }
  return command.join(" ").split(" ");
}

/** The questions of a run, without its heading. */
const questions = (stdout: string) => stdout.slice(stdout.indexOf("Question 1 of"));

describe("a quiz's heading", () => {
  it("writes out the command that asks the same questions, and it does", () => {
    const first = ethics(["quiz", "--code", "wi", "--topic", "gifts", "--count", "2"], { input: "a\nb\n" });
    expect(first.code, first.stderr).toBe(0);
    const [program, ...words] = headingCommand(first.stdout);
    expect(program).toBe("ethics");
    expect(words.slice(0, 7)).toEqual(["quiz", "--code", "wisconsin", "--topic", "gifts", "--count", "2"]);
    const again = ethics(words, { input: "a\nb\n" });
    expect(questions(again.stdout)).toBe(questions(first.stdout));
  });

  it("keeps --review in it: the seed alone asks about every code", () => {
    const state = mkdtempSync(join(tmpdir(), "ethics-quiz-heading-"));
    const missed = (number: number) => ({ code: "alaska", section: "conduct", number, missed: 1, lastMissed: "2026-12-01T08:00:00.000Z", rightSince: 0 });
    writeFileSync(join(state, "quiz-review.json"), JSON.stringify({ standards: [missed(2), missed(3)] }));
    const review = ethics(["quiz", "--review"], { env: { ETHICS_STATE_DIR: state }, input: "a\nb\n" });
    expect(review.code, review.stderr).toBe(0);
    const words = headingCommand(review.stdout);
    expect(words.slice(0, 3)).toEqual(["ethics", "quiz", "--review"]);
    expect(words.slice(-2)[0]).toBe("--seed");
    const seed = words.slice(-1)[0]!;
    const again = ethics(words.slice(1), { env: { ETHICS_STATE_DIR: state }, input: "a\nb\n" });
    expect(questions(again.stdout)).toBe(questions(review.stdout));
    const seedAlone = ethics(["quiz", "--seed", seed], { env: { ETHICS_STATE_DIR: state }, input: "a\nb\n" });
    expect(questions(seedAlone.stdout)).not.toBe(questions(review.stdout));
  });

  it("breaks a long command between its words, each line within the width", () => {
    const long = ethics(["quiz", "--code", "wi,nc,alaska", "--topic", "gifts", "--kind", "cloze,strength", "--count", "1"], { env: { COLUMNS: "40" }, input: "a\n" });
    expect(long.code, long.stderr).toBe(0);
    const heading = long.stdout.split("\n").slice(0, long.stdout.split("\n").findIndex((line) => line.startsWith("Question")));
    expect(heading.filter((line) => [...line].length > 40)).toEqual([]);
    expect(headingCommand(long.stdout).slice(0, 4)).toEqual(["ethics", "quiz", "--code", "wisconsin,north-carolina,alaska"]);
  });
});
