// An answer piped or pasted with a character that shows nothing in it (a zero width space, a
// soft hyphen, a NEL at its end) was "'c' is not one of the choices: counted wrong", the
// character unseen in the quote; names and numbers read without them. So do answers now.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The right answers of `quiz --seed 147 --count 3`: a letter, a number, a letter ("b", "2", "c"). */
function rightAnswers(): [string, string, string] {
  const answers = (JSON.parse(ethics(["quiz", "--seed", "147", "--count", "3", "--json"]).stdout) as { questions: { answer: number }[] }).questions.map((question) => question.answer);
  return [String.fromCharCode(97 + answers[0]!), String(answers[1]! + 1), String.fromCharCode(97 + answers[2]!)];
}

describe("quiz answers with a character that shows nothing", () => {
  it("are read as the letter or number they show", () => {
    const [first, second, third] = rightAnswers();
    const plain = ethics(["quiz", "--seed", "147", "--count", "3"], { input: `${first}\n${second}\n${third}\n` });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/Score: 3\/3\n$/);
    const hidden = ethics(["quiz", "--seed", "147", "--count", "3"], { input: `${first}\u200b\n\u00ad${second}\n${third}\u0085\n` });
    expect(hidden.stderr).toBe("");
    expect(hidden.code).toBe(0);
    expect(hidden.stdout).not.toContain("not one of the choices");
    expect(hidden.stdout).toMatch(/Score: 3\/3\n$/);
  });

  it("a letter with one between it and another is still no answer", () => {
    const run = ethics(["quiz", "--seed", "4", "--count", "1"], { input: "c\u200dd\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("'c<U+200D>d' is not one of the choices: counted wrong");
    expect(run.stdout).toMatch(/Score: 0\/1\n$/);
  });
});
