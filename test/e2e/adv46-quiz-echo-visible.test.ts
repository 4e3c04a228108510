// A bidi override (or another character a terminal acts on or hides) typed or pasted at a quiz's
// prompt on a terminal was echoed raw by the line editor, drawing the rest of the line reversed,
// while the message about the answer quoted it made visible (<U+202E>). The echo is made
// visible the same way now, and the cursor kept where that visible line puts it.
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { ETHICS_COMMAND, scriptArguments, terminalEnvironment } from "./terminal-run.js";
import { hasTmux, prompts, tmuxSession, type TmuxSession } from "./tmux-session.js";

const QUIZ = `${ETHICS_COMMAND} quiz --seed 4 --count 1 --no-color`;

/** The bytes a quiz on a pseudo-terminal writes, `typed` sent once its prompt is shown, then Ctrl-D. */
async function screenAfterTyping(typed: string): Promise<string> {
  const child = spawn("script", scriptArguments(QUIZ, { columns: 80, rows: 40 }), { env: terminalEnvironment({ NO_COLOR: "1" }), stdio: ["pipe", "pipe", "inherit"] });
  let screen = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => (screen += chunk));
  const closed = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  for (let waited = 0; !screen.includes("Your answer") && waited < 20_000; waited += 50) await pause(50);
  child.stdin.write(typed);
  // asked again (a bad answer) or scored (a good one)
  for (let waited = 0; screen.split("Your answer").length < 3 && !screen.includes("Score") && waited < 20_000; waited += 50) await pause(50);
  child.stdin.write("\x04");
  await Promise.race([closed, pause(20_000)]);
  child.stdin.end();
  child.kill();
  return screen;
}

describe("a character a terminal acts on, typed at a quiz's prompt", () => {
  it("is echoed made visible, as the message about the answer quotes it", async () => {
    const screen = await screenAfterTyping("a\u202eb\x85\r");
    expect(screen).not.toMatch(/[\u202e\x85]/);
    expect(screen).toContain("Your answer (A–D): a<U+202E>b<U+0085>");
    expect(screen).toContain("'a<U+202E>b<U+0085>' is not one of the choices");
  });

  it("a character that shows nothing is echoed named, and the answer still read as the letter", async () => {
    const screen = await screenAfterTyping("c\u200b\r");
    expect(screen).toContain("Your answer (A–D): c<U+200B>");
    expect(screen).not.toContain("not one of the choices");
  });

  describe("edited on the line", () => {
    let session: TmuxSession | undefined;
    afterEach(() => session?.stop());

    it.skipIf(!hasTmux)("the cursor moves over it as it is shown", async () => {
      session = tmuxSession(QUIZ.replace("--count 1", "--count 2"), 80, 40);
      const { tmux, until } = session;
      await until((lines) => prompts(lines) === 1, "the first question");
      // Each key once the line shows the one before: sent at once, under load a Left was once
      // read before the line editor had the text before it ("xqcd" for "xq<U+202E>d").
      const answerLine = (answer: string) => until((seen) => seen.some((line) => line.trimEnd() === `Your answer (A–D): ${answer}`), `the line "${answer}"`);
      tmux("send-keys", "-l", "x\u202e");
      await answerLine("x<U+202E>");
      tmux("send-keys", "Left");
      tmux("send-keys", "-l", "c");
      await answerLine("xc<U+202E>");
      tmux("send-keys", "End");
      tmux("send-keys", "-l", "d");
      await answerLine("xc<U+202E>d");
      tmux("send-keys", "Left", "Left", "BSpace");
      await answerLine("x<U+202E>d");
      tmux("send-keys", "-l", "q");
      const lines = await answerLine("xq<U+202E>d");
      expect(lines.some((line) => line.includes("\u202e"))).toBe(false);
    });
  });
});
