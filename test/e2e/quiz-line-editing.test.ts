// Keys typed at a quiz's prompt on a terminal: arrows, Home, End and Delete edit the answer, as
// at any prompt (Node's readline, as its REPL uses). Read as the terminal gave the line, they
// came as escape sequences inside it ("␛[Db" was "not one of the choices"). Ctrl-C and Ctrl-D
// still interrupt (^C shown) and end; Up recalls no earlier answer; a terminal whose output goes elsewhere (`| cat`) drops such keys.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { root } from "./run.js";
import { hasTmux, prompts, tmuxSession, type TmuxSession } from "./tmux-session.js";

const PROMPT = "::";
const quiz = `${process.execPath} ${join(root, "bin/ethics.cjs")} quiz --seed 3 --count 2 --no-color`;

describe("keys at a quiz's prompt on a terminal", () => {
  let session: TmuxSession | undefined;
  afterEach(() => session?.stop());

  /** A shell on a terminal of tmux's, the quiz started in it, at its first question. */
  async function atFirstQuestion(command: string): Promise<TmuxSession> {
    session = tmuxSession(`PS1='${PROMPT}' bash --noprofile --norc -i`, 80, 60);
    await session.until((lines) => lines.some((line) => line.startsWith(PROMPT)), "the shell's prompt");
    session.tmux("send-keys", "-l", command);
    session.tmux("send-keys", "Enter");
    await session.until((lines) => prompts(lines) === 1, "the first question");
    return session;
  }

  it.skipIf(!hasTmux)("edit the answer: Left then Backspace deletes the letter before the cursor", async () => {
    const { tmux, until } = await atFirstQuestion(quiz);
    tmux("send-keys", "-l", "ab");
    tmux("send-keys", "Left", "BSpace", "Home", "End", "Up", "Down", "Delete");
    tmux("send-keys", "Enter");
    const lines = await until((seen) => seen.some((line) => line.startsWith("Question 2 of 2")), "the second question");
    const screen = lines.join("\n");
    expect(screen).not.toContain("is not one of the choices");
    expect(screen).not.toContain("␛");
    expect(screen).not.toContain("^[");
    expect(lines.find((line) => line.startsWith("Your answer"))?.trimEnd()).toBe("Your answer (A–D): b");
  });

  it.skipIf(!hasTmux)("Ctrl-C interrupts (130) and gives the terminal back as it was", async () => {
    const { tmux, until } = await atFirstQuestion(quiz);
    tmux("send-keys", "-l", "x");
    tmux("send-keys", "C-c");
    await until((lines) => lines.at(-1) === PROMPT || lines.filter((line) => line.startsWith(PROMPT)).length === 2, "the shell's prompt again");
    tmux("send-keys", "-l", `echo "exit $?"; echo "modes $(stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e isig | sort | tr '\\n' ' ')"`);
    tmux("send-keys", "Enter");
    const lines = await until((seen) => seen.some((line) => line.startsWith("modes ")), "the terminal's modes");
    // Echoed as the terminal echoes it at a shell's prompt (raw mode had it show nothing).
    expect(lines).toContain("Your answer (A–D): x^C");
    // The line ended once, by ethics: the shell's prompt right under it, no empty line between.
    expect(lines[lines.indexOf("Your answer (A–D): x^C") + 1]?.startsWith(PROMPT)).toBe(true);
    expect(lines).toContain("exit 130");
    expect(lines.find((line) => line.startsWith("modes "))?.trimEnd()).toBe("modes echo icanon isig");
  });

  it.skipIf(!hasTmux)("Up and Down recall no earlier answer: the next question's answer is what is typed for it", async () => {
    const { tmux, until } = await atFirstQuestion(`${quiz.replace("--count 2", "--count 3")}`);
    tmux("send-keys", "-l", "b");
    tmux("send-keys", "Enter");
    await until((lines) => prompts(lines) === 2, "the second question");
    tmux("send-keys", "Up", "Up", "Down");
    tmux("send-keys", "-l", "c");
    tmux("send-keys", "Enter");
    const lines = await until((seen) => seen.some((line) => line.startsWith("Question 3 of 3")), "the third question");
    expect(lines.filter((line) => line.startsWith("Your answer")).map((line) => line.trimEnd()).slice(0, 2)).toEqual(["Your answer (A–D): b", "Your answer (A–D): c"]);
  });

  it.skipIf(!hasTmux)("Ctrl-D ends the answers: the score so far, and exit 1", async () => {
    const { tmux, until } = await atFirstQuestion(`${quiz}; echo "exit $?"`);
    tmux("send-keys", "C-d");
    const lines = await until((seen) => seen.some((line) => line.startsWith("exit ")), "the exit status");
    expect(lines).toContain("exit 1");
    expect(lines.join("\n")).toContain("ethics: the quiz stopped after 0 of 2 questions: no more answers");
  });

  it.skipIf(!hasTmux)("with the output piped, the terminal edits the line and the keys it cannot edit are dropped", async () => {
    const { tmux, until } = await atFirstQuestion(`${quiz} | cat`);
    tmux("send-keys", "Left", "Home", "Delete", "Up");
    tmux("send-keys", "-l", "b");
    tmux("send-keys", "Enter");
    const lines = await until((seen) => seen.some((line) => line.startsWith("Question 2 of 2")), "the second question");
    expect(lines.join("\n")).not.toContain("is not one of the choices");
  });
});
