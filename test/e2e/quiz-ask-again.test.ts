// At a terminal, a quiz with answers wrong ends by offering to ask those questions again; a
// script's answers (stdin not a terminal) are never read for it.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { ETHICS_COMMAND, onTerminal } from "./terminal-run.js";

interface JsonQuestion {
  choices: string[];
  answer: number;
}

const args = ["quiz", "--seed", "7", "--count", "2"];
const questions: JsonQuestion[] = JSON.parse(ethics([...args, "--json"]).stdout).questions;
const letter = (at: number) => "abcd"[at]!;
/** The first question answered wrong, the second right. */
const answers = [letter((questions[0]!.answer + 1) % questions[0]!.choices.length), letter(questions[1]!.answer)];

describe("quiz: the questions missed, asked again", () => {
  it("at a terminal: asked on yes, with a score of their own; exit 0", () => {
    const rightWords = questions[0]!.choices[questions[0]!.answer]!;
    const screen = onTerminal(`${ETHICS_COMMAND} ${args.join(" ")}`, {
      size: { columns: 80, rows: 40 },
      input: [...answers, "y", rightWords].join("\n") + "\n",
      env: { NO_COLOR: "1" },
    });
    const score = screen.indexOf("Score: 1/2");
    const asked = screen.indexOf("You missed 1 question.\nAsk it again? (y/N): ");
    expect(score).toBeGreaterThan(0);
    expect(asked).toBeGreaterThan(score);
    expect(screen.slice(asked)).toContain("Again: question 1 of 1");
    expect(screen.trimEnd().split("\n").at(-1)).toBe("Asked again: 1/1, all right now");
  });

  it("at a terminal: an answer other than yes or no (a choice's letter, by habit) is asked again, not taken as no", () => {
    const screen = onTerminal(`${ETHICS_COMMAND} ${args.join(" ")}`, {
      size: { columns: 80, rows: 40 },
      input: [...answers, "b", "y", questions[0]!.choices[questions[0]!.answer]!].join("\n") + "\n",
      env: { NO_COLOR: "1" },
    });
    expect(screen).toContain("Ask it again? (y/N): Answer y or n: ");
    expect(screen.trimEnd().split("\n").at(-1)).toBe("Asked again: 1/1, all right now");
  });

  it("scripted: never asked, and the score is the last line", () => {
    const run = ethics(args, { input: [...answers, "y"].join("\n") + "\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/again\? \(y\/N\)/);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("Score: 1/2");
  });
});
