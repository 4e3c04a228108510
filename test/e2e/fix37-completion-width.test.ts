// `ethics completion bash` printed lines of up to 146 columns (a comment, the call of
// `ethics __complete`): read on a terminal, as the install line asks, they wrapped. Every line
// of every shell's script fits 80 columns; completion-*.test.ts run the scripts in their shells.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { linesWiderThan } from "./terminal-run.js";

describe("the completion scripts", () => {
  it.each(["bash", "zsh", "fish"])("%s: every line fits 80 columns", (shell) => {
    const result = ethics(["completion", shell]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").length).toBeGreaterThan(10);
    expect(linesWiderThan(result.stdout, 80)).toEqual([]);
  });
});
