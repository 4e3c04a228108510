// Ctrl-Z during a quiz, then fg: the shell's job lines pushed the prompt up and the terminal
// dropped what was typed before Ctrl-Z, so the quiz went on waiting under an empty line with no
// question on it. The prompt is now drawn again on resuming, as Node's readline and zsh's and
// fish's line editors do, in the foreground only (resumed by `bg`, a prompt drawn after the
// shell's own is a stray line); an answer typed then is taken.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "./run.js";
import { hasTmux, prompts, tmuxSession, type TmuxSession } from "./tmux-session.js";

const PROMPT = "::";

describe("a quiz stopped with Ctrl-Z and resumed with fg", () => {
  let session: TmuxSession | undefined;
  afterAll(() => session?.stop());

  it.skipIf(!hasTmux)("asks its question again, and takes the answer typed after", async () => {
    session = tmuxSession(`PS1='${PROMPT}' bash --noprofile --norc -i`, 80, 60);
    await session.until((lines) => lines.some((line) => line.startsWith(PROMPT)), "the shell's prompt");
    const { tmux } = session;
    tmux("send-keys", "-l", `${process.execPath} ${join(root, "bin/ethics.cjs")} quiz --seed 3 --count 2 --no-color; echo "exit $?"`);
    tmux("send-keys", "Enter");
    await session.until((lines) => prompts(lines) === 1, "the first question");
    tmux("send-keys", "-l", "x"); // typed, then dropped by the terminal at Ctrl-Z
    tmux("send-keys", "C-z");
    await session.until((lines) => lines.some((line) => line.includes("Stopped")), "the job stopped");
    tmux("send-keys", "-l", "fg");
    tmux("send-keys", "Enter");
    const resumed = await session.until((lines) => prompts(lines) === 2, "the prompt drawn again");
    const shown = resumed.filter((line) => line.trim() !== "");
    expect(shown.at(-1)?.trimEnd()).toBe("Your answer (A–D):");
    expect(shown.at(-2)).toContain("quiz --seed 3"); // the command fg echoes, just above
    tmux("send-keys", "-l", "b");
    tmux("send-keys", "Enter");
    const answered = await session.until((lines) => lines.some((line) => line.startsWith("Question 2 of 2")), "the second question");
    expect(answered.join("\n")).not.toContain("is not one of the choices");
  });

  it.skipIf(!hasTmux)("sent on with bg, draws nothing after the shell's prompt", async () => {
    session?.stop();
    session = tmuxSession(`PS1='${PROMPT}' bash --noprofile --norc -i`, 80, 60);
    await session.until((lines) => lines.some((line) => line.startsWith(PROMPT)), "the shell's prompt");
    const { tmux } = session;
    tmux("send-keys", "-l", `${process.execPath} ${join(root, "bin/ethics.cjs")} quiz --seed 3 --count 2 --no-color`);
    tmux("send-keys", "Enter");
    await session.until((lines) => prompts(lines) === 1, "the first question");
    tmux("send-keys", "C-z");
    await session.until((lines) => lines.some((line) => line.includes("Stopped")), "the job stopped");
    tmux("send-keys", "-l", "bg");
    tmux("send-keys", "Enter");
    await session.until((lines) => lines.some((line) => line.trimEnd().endsWith("&")), "the job sent on");
    // Time for the SIGCONT that bg sends to be handled; a prompt would show within it.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const shown = session.written().filter((line) => line.trim() !== "");
    expect(shown.at(-1)?.trimEnd()).toBe(PROMPT);
    expect(prompts(shown)).toBe(1);
  });
});
