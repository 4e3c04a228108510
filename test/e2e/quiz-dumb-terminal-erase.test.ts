// On a terminal that says it is dumb (TERM=dumb, the plain setting the README names), readline
// reads keys but edits nothing: Backspace went into the answer, echoed "a␡b", and the quiz said
// 'a␡b' is not one of the choices. Backspace erases there too now.
import { describe, expect, it } from "vitest";
import { ETHICS_COMMAND, quizPromptTyped } from "./terminal-run.js";

const QUIZ = `${ETHICS_COMMAND} quiz --seed 4 --count 1 --kind strength --no-color`;

describe("Backspace at a quiz's prompt on a dumb terminal", () => {
  it("erases the letter before it, on the screen and in the answer", async () => {
    const prompt = await quizPromptTyped(QUIZ, "a\x7fb", { TERM: "dumb" });
    expect(prompt.since()).toContain("a\b \bb");
    const shown = await prompt.end("\r\x04");
    expect(shown).not.toContain("not one of the choices");
    // The right answer of this question is A: "b" is read, and marked wrong.
    expect(shown).toContain("Wrong. The answer is A)");
  });

  it("at the start of the line erases nothing, and the letter after it is the answer", async () => {
    const prompt = await quizPromptTyped(QUIZ, "\x7fa", { TERM: "dumb" });
    const shown = await prompt.end("\r\x04");
    expect(shown).not.toContain("not one of the choices");
    expect(shown).toMatch(/Right|Correct/);
  });
});
