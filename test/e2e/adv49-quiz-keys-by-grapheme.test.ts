// The quiz's line editor (Node's readline) stepped by code point: Left inside 👨‍👩‍👧 put the
// cursor between its emoji, and Backspace after 👩‍⚕️ deleted its VS16 alone, or after an é
// typed as e and an accent the accent alone. Half a character was left in the answer, which was
// then "not one of the choices". Arrows, Backspace and Delete step over a grapheme cluster whole.
import { describe, expect, it } from "vitest";
import { ETHICS_COMMAND, quizPromptTyped } from "./terminal-run.js";

const QUIZ = `${ETHICS_COMMAND} quiz --seed 4 --count 1 --no-color`;
const LEFT = "\x1b[D";
const BACKSPACE = "\x7f";
const DELETE = "\x1b[3~";

/**
 * What a one-question quiz on an 80-column pseudo-terminal writes once its prompt is shown, as
 * `typed` is sent, then `keys`, then Enter; Ctrl-D ends the answers should the quiz ask again.
 */
async function answered(typed: string, keys: string): Promise<string> {
  const prompt = await quizPromptTyped(QUIZ, typed);
  prompt.write(keys);
  await prompt.pause(200);
  prompt.write("\r");
  await prompt.until((written) => /Right: |Wrong\. |not one of the choices/.test(written));
  return prompt.end("\x04");
}

describe("keys at the quiz's prompt step over a grapheme cluster whole", () => {
  it.each([
    ["Backspace after a health worker (woman, ZWJ, ⚕, VS16)", "b👩‍⚕️", BACKSPACE],
    ["Backspace after e and a combining acute", "be\u0301", BACKSPACE],
    ["Left twice over a letter and a ZWJ family, then Delete", "👨‍👩‍👧b", LEFT + LEFT + DELETE],
    ["Left twice over a letter and a flag, then Delete", "🇺🇸b", LEFT + LEFT + DELETE],
    ["Left over a health worker, then Delete", "b👩‍⚕️", LEFT + DELETE],
  ])("%s leaves the answer b", async (_what, typed, keys) => {
    const written = await answered(typed, keys);
    expect(written).not.toContain("not one of the choices");
    expect(written).toMatch(/Right: |Wrong\. /);
    // The line as last drawn before Enter: the prompt and b alone.
    expect(written).toMatch(/Your answer \(A–D\): b\x1b\[\d+G/);
  });
});
