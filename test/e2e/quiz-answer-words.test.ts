// A quiz answered with a choice's words, as a student fills in a missing word or names a code
// ("confidentiality", "medi-cal") rather than the letter printed beside it: each was "'medi-cal'
// is not one of the choices: counted wrong".
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("quiz answers in a choice's words", () => {
  it("are read as that choice, any case", () => {
    const run = ethics(["quiz", "--seed", "147", "--count", "3"], { input: "OPENLY\nREQUIRES\nmedi-cal\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("not one of the choices");
    expect(run.stdout).toMatch(/Score: 3\/3\n$/);
  });

  it("a wrong choice's words count wrong; words no choice says are no answer", () => {
    const run = ethics(["quiz", "--seed", "147", "--count", "3"], { input: "b\nprohibits\nmedical\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Wrong. The answer is B) requires");
    expect(run.stdout).toMatch(/'medical' is not one of the choices: counted wrong \(expected a letter A–C, a\s+number 1–3 or a choice's words\)/);
    expect(run.stdout).toMatch(/Score: 1\/3\n$/);
  });
});
