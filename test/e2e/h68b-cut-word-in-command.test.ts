// A word of more than 4,096 characters (a path's longest) is cut wherever a message says it
// back; in a command offered, the command kept its backticks, `ethics topic aaa…aaa`, as though
// it ran as printed, when pasted it named another topic. It reads as cut: in quotes. Words that
// name nothing are offered no command now (`topics aaa…`: no topic is named so); a code's id too
// long for a line, beside a topic, is offered `topic` with them, cut.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, ethicsAll, unwrapped } from "./run.js";
import { linesWiderThan } from "./terminal-run.js";

describe("a command offered with a word cut in it", () => {
  it("reads as cut, in quotes, and fits 80 columns", async () => {
    const folder = mkdtempSync(join(tmpdir(), "ethics-cut-word-"));
    const id = "a".repeat(300);
    writeFileSync(join(folder, "long.yaml"), ethics(["export", "--format", "yaml", "--code", "ak", "--id", id]).stdout);
    const [result] = await ethicsAll([[["--data", folder, "topics", "gifts", id], { env: { COLUMNS: "80" } }]]);
    const [message, hint] = unwrapped(result!.stderr).split("\n");
    expect(message).toBe("ethics: topics takes no arguments, not 'gifts aaaaaaaaaaaaaaaaaaaa…aaaaaaaaaaaaaaaaaaa' — did you mean topic?");
    // In quotes, not backticks: it does not run as printed.
    expect(hint).toMatch(/^hint: 'ethics --data [^`']*…a+'$/);
    expect(linesWiderThan(result!.stderr, 80)).toEqual([]);
    expect(result!.code).toBe(2);
  });

  it("words naming nothing are offered no command with them", async () => {
    const [result] = await ethicsAll([[["topics", "a".repeat(5_000)], { env: { COLUMNS: "80" } }]]);
    expect(unwrapped(result!.stderr)).toBe("ethics: topics takes no arguments, and there is no topic or concept 'aaaaaaaaaaaaaaaaaaaa…aaaaaaaaaaaaaaaaaaa'\nhint: `ethics topics` lists the topics\n");
    expect(linesWiderThan(result!.stderr, 80)).toEqual([]);
    expect(result!.code).toBe(2);
  });
});
