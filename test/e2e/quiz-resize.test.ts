// A quiz is read over minutes, and a terminal may change its size meanwhile (a pane split, a
// window made narrow). The quiz took the width once, at the start: after a resize from 80 to
// 40 columns every later line was set for 80, and the terminal broke it mid-word. Each thing a
// quiz writes is now set at the terminal's width of that moment.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "./run.js";
import { hasTmux, prompts, tmuxSession, type TmuxSession } from "./tmux-session.js";

describe("a quiz on a terminal resized while it waits for an answer", () => {
  let session: TmuxSession | undefined;
  afterAll(() => session?.stop());

  it.skipIf(!hasTmux)("sets what follows the resize at the new width", async () => {
    const quiz = `${process.execPath} ${join(root, "bin/ethics.cjs")} quiz --seed 3 --count 2 --no-color`;
    session = tmuxSession(`${quiz}; sleep 600`, 80, 50);
    const before = await session.until((lines) => prompts(lines) === 1, "the first question");
    expect(Math.max(...before.map((line) => [...line].length))).toBeGreaterThan(40);
    session.tmux("resize-window", "-x", "40", "-y", "50");
    // The resize reaches ethics (SIGWINCH) before the answer does: tmux sends it at once.
    await new Promise((resolve) => setTimeout(resolve, 300));
    session.tmux("send-keys", "-l", "b");
    session.tmux("send-keys", "Enter");
    const lines = await session.until((seen) => prompts(seen) === 2, "the second question");
    const after = lines.slice(lines.findIndex((line) => line.startsWith("Your answer")));
    // The verdict (its explanation is prose of some 150 columns) and the second question.
    expect(after.join(" ")).toMatch(/(Right|Wrong)/);
    expect(after.join(" ")).toContain("Question 2 of 2");
    expect(after.filter((line) => [...line].length > 40)).toEqual([]);
  });
});
