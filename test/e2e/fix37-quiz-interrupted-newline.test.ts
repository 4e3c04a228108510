// `ethics quiz` interrupted with Ctrl-C at a terminal's prompt wrote "^C" and no line end: what
// came next (a shell's prompt, the next command's output) went on the quiz's line. Run on a
// pseudo-terminal (util-linux `script`) by a shell that says nothing of how it ended, the line
// after the ^C is the next command's.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ETHICS_COMMAND, scriptArguments, terminalEnvironment } from "./terminal-run.js";

/** The screen of `command` on a pseudo-terminal, Ctrl-C typed after `typed` once `shown` is on it. */
async function interruptedAt(command: string, shown: string, typed: string, atOnce = false): Promise<string> {
  const child = spawn("script", scriptArguments(command, { columns: 80, rows: 40 }), { env: terminalEnvironment({ NO_COLOR: "1" }), stdio: ["pipe", "pipe", "inherit"] });
  let screen = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => (screen += chunk));
  const closed = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  for (let waited = 0; !screen.includes(shown) && waited < 20_000; waited += 50) await pause(50);
  if (atOnce) child.stdin.write(`${typed}\x03`);
  else {
    child.stdin.write(typed);
    await pause(200);
    child.stdin.write("\x03");
  }
  await Promise.race([closed, pause(20_000)]);
  child.stdin.end();
  child.kill();
  return screen.replace(/\r\n/g, "\n");
}

describe("Ctrl-C at a quiz's prompt", () => {
  it("ends the quiz's line: what comes after it starts a line of its own", async () => {
    const screen = await interruptedAt(`${ETHICS_COMMAND} quiz --seed 3 --count 2; echo "exit $?"`, "Your answer", "x");
    expect(screen).toContain("Your answer (A–D): x^C\nexit 130\n");
  });

  // Pressed while the quiz was still answering (just after Enter), it ended only at the next
  // prompt, a question later, and left that prompt's line open.
  it("ends the run at once when pressed just after an answer", async () => {
    const screen = await interruptedAt(`${ETHICS_COMMAND} quiz --seed 3 --count 3; echo "exit $?"`, "Your answer", "a\r", true);
    expect(screen).toMatch(/\^C\nexit 130\n/);
    expect(screen).not.toContain("Question 2");
  });
});
