// The quiz's line editor (Node's readline) measured the line by code point: 👨‍👩‍👧 as three
// emoji of two columns, six, where a terminal draws one picture of two. Home then moved the
// cursor six columns left, into the prompt, and End six right, four past the line's end, where
// the next letter typed was drawn. And a joiner typed at the line's end was echoed by itself,
// made visible alone: named, <U+200D>, though the line made visible whole keeps it. The line is
// measured by grapheme cluster now (core/text-width.ts), and echoed as the whole line shows.
import { describe, expect, it } from "vitest";
import { ETHICS_COMMAND, quizPromptTyped } from "./terminal-run.js";

const QUIZ = `${ETHICS_COMMAND} quiz --seed 4 --count 1 --no-color`;
const HOME = "\x1b[H";
const END = "\x1b[F";

/**
 * What a quiz on an 80-column pseudo-terminal writes once its prompt is shown, as `typed` is sent
 * and then Home, "c" and End, each once what the one before made has been written.
 */
async function echoOf(typed: string): Promise<string> {
  const prompt = await quizPromptTyped(QUIZ, typed);
  prompt.write(HOME);
  await prompt.until((written) => /\x1b\[\d+D/.test(written));
  prompt.write("c");
  await prompt.until((written) => written.includes("\x1b[0J"));
  await prompt.until((written) => /\x1b\[\d+G/.test(written.slice(written.indexOf("\x1b[0J"))));
  prompt.write(END);
  await prompt.until((written) => /\x1b\[\d+C/.test(written));
  // Ctrl-U empties the line, Ctrl-D then ends the answers.
  return prompt.end("\x15\x04");
}

describe("the quiz's echo of a grapheme of many code points", () => {
  it.each([
    ["a ZWJ family", "👨‍👩‍👧", 2],
    ["a health worker: woman, ZWJ, ⚕, VS16", "👩‍⚕️", 2],
    ["a flag", "🇺🇸", 2],
    ["e and a combining acute", "e\u0301", 1],
    ["a text-default emoji given its picture by VS16", "✌️", 2],
    ["a skin tone, then a letter", "👍🏽x", 3],
  ])("%s: echoed as typed, and Home and End move the cursor over the columns it is drawn in", async (_what, typed, columns) => {
    const written = await echoOf(typed);
    // The echo, before the first cursor move: what was typed, nothing in it named.
    expect(written.slice(0, written.indexOf("\x1b"))).toBe(typed);
    // Home: back over what was typed, to the prompt's end.
    expect(written.startsWith(`${typed}\x1b[${columns}D`)).toBe(true);
    // "c" inserted: the line drawn again, the cursor after the prompt and "c" (column 21).
    expect(written).toContain(`Your answer (A–D): c${typed}\x1b[21G`);
    // End: forward over what was typed, to the line's end.
    expect(written).toContain(`\x1b[21G\x1b[${columns}C`);
  });

  it("a joiner typed after a letter, then an emoji: named while it joins nothing, kept once it does, the line drawn again", async () => {
    const written = await echoOf("a\u200d👩");
    expect(written.slice(0, written.indexOf("\x1b"))).toBe("a<U+200D>");
    // Drawn again whole: the joiner kept, the cursor after the emoji (19 + 1 + 2 columns, column 23).
    expect(written).toMatch(/Your answer \(A–D\): a\u200d👩\x1b\[23G/u);
  });
});
