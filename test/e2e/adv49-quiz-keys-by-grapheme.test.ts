// The quiz's line editor (Node's readline) stepped by code point: Left inside 👨‍👩‍👧 put the
// cursor between its emoji, and Backspace after 👩‍⚕️ deleted its VS16 alone, or after an é
// typed as e and an accent the accent alone. Half a character was left in the answer, which was
// then "not one of the choices". Arrows, Backspace and Delete step over a grapheme cluster whole.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ETHICS_COMMAND, scriptArguments, terminalEnvironment } from "./terminal-run.js";

const QUIZ = `${ETHICS_COMMAND} quiz --seed 4 --count 1 --no-color`;
const LEFT = "\x1b[D";
const BACKSPACE = "\x7f";
const DELETE = "\x1b[3~";

/**
 * What a one-question quiz on an 80-column pseudo-terminal writes once its prompt is shown, as
 * `typed` is sent, then `keys`, then Enter; Ctrl-D ends the answers should the quiz ask again.
 */
async function answered(typed: string, keys: string): Promise<string> {
  const child = spawn("script", scriptArguments(QUIZ, { columns: 80, rows: 40 }), { env: terminalEnvironment({ NO_COLOR: "1" }), stdio: ["pipe", "pipe", "inherit"] });
  let screen = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => (screen += chunk));
  const closed = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const until = async (seen: () => boolean) => {
    for (let waited = 0; !seen() && waited < 20_000; waited += 20) await pause(20);
  };
  await until(() => screen.includes("Your answer"));
  const start = screen.length;
  const since = () => screen.slice(start);
  child.stdin.write(typed);
  await until(() => since().length >= typed.length);
  await pause(100);
  child.stdin.write(keys);
  await pause(200);
  child.stdin.write("\r");
  await until(() => /Right: |Wrong\. |not one of the choices/.test(since()));
  child.stdin.write("\x04");
  await Promise.race([closed, pause(20_000)]);
  child.stdin.end();
  child.kill();
  return since();
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
