// Answers written as a reader writes a choice elsewhere: in the digits of their own script
// (٣, ३), as ethics takes numbers in references and options (--seed ٤٢), and in brackets,
// "(c)" or "[3]", as a worksheet and a legal citation write them ("12(a)" is taken by show).
// Each was "'٣' is not one of the choices: counted wrong".
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("quiz answers", () => {
  it("seed 147's right answers, as the test of answers with hidden characters has them", () => {
    expect(ethics(["quiz", "--seed", "147", "--count", "3"], { input: "b\n2\nc\n" }).stdout).toMatch(/Score: 3\/3\n$/);
  });

  it.each([
    ["in Arabic-Indic and Devanagari digits", "b\n٢\nc\n", "b\n२\nc\n"],
    ["in brackets", "(b)\n(2)\n[c]\n", "(B)\n[2]\n(c).\n"],
  ])("%s are read as the letter or number they name", (_, first, second) => {
    for (const input of [first, second]) {
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
