// Answers written as a reader writes a choice elsewhere: in the digits of their own script
// (٣, ३), as ethics takes numbers in references and options (--seed ٤٢), and in brackets,
// "(c)" or "[3]", as a worksheet and a legal citation write them ("12(a)" is taken by show).
// Each was "'٣' is not one of the choices: counted wrong".
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The right answers of `quiz --seed 147 --count 3` as a letter, a number and a letter ("b", "2", "c"): their indices. */
function rightAnswers(): number[] {
  return (JSON.parse(ethics(["quiz", "--seed", "147", "--count", "3", "--json"]).stdout) as { questions: { answer: number }[] }).questions.map((question) => question.answer);
}

const letter = (index: number) => String.fromCharCode(97 + index);
/** A number in the digits of a script whose zero is `zero`: "٢" for 2 in Arabic-Indic. */
const digits = (index: number, zero: string) => String.fromCodePoint(zero.codePointAt(0)! + index + 1);

describe("quiz answers", () => {
  it("seed 147's right answers, as the test of answers with hidden characters has them", () => {
    const [a, b, c] = rightAnswers() as [number, number, number];
    expect(ethics(["quiz", "--seed", "147", "--count", "3"], { input: `${letter(a)}\n${b + 1}\n${letter(c)}\n` }).stdout).toMatch(/Score: 3\/3\n$/);
  });

  it.each([
    ["in Arabic-Indic and Devanagari digits", ([a, b, c]: number[]) => [`${letter(a!)}\n${digits(b!, "٠")}\n${letter(c!)}\n`, `${letter(a!)}\n${digits(b!, "०")}\n${letter(c!)}\n`]],
    ["in brackets", ([a, b, c]: number[]) => [`(${letter(a!)})\n(${b! + 1})\n[${letter(c!)}]\n`, `(${letter(a!).toUpperCase()})\n[${b! + 1}]\n(${letter(c!)}).\n`]],
  ])("%s are read as the letter or number they name", (_, inputs) => {
    for (const input of inputs(rightAnswers())) {
      const run = ethics(["quiz", "--seed", "147", "--count", "3"], { input });
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain("not one of the choices");
      expect(run.stdout).toMatch(/Score: 3\/3\n$/);
    }
  });

  it("a bracket left open, or two letters in brackets, is still no answer", () => {
    const run = ethics(["quiz", "--seed", "4", "--count", "2"], { input: "(c\n(b)(c)\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("'(c' is not one of the choices: counted wrong");
    expect(run.stdout).toContain("'(b)(c)' is not one of the choices: counted wrong");
  });
});
