// Completing over a --data folder that has a problem offered the built-in codes only, and said
// nothing anywhere: someone asking why their codes never complete had no answer, short of
// running the command they were typing. As git's and cobra's completions do, what the shell reads
// stays candidates alone (a note on the terminal would garble the line being edited, and the
// scripts drop stderr), and `ethics __complete`, run by hand, says on stderr which folder was
// left out and how to see why.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RIVERSIDE_LINES } from "./riverside-code.js";
import { ethics, unwrapped } from "./run.js";
import { hasShell, shellCompleter, SHELLS } from "./shell-complete.js";

const BUILT_IN = ["alaska", "california", "medi-cal", "north-carolina", "wisconsin"];

/** A folder whose one code file has a bracket left open. */
function brokenFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-broken-data-"));
  writeFileSync(join(dir, "riverside.yaml"), RIVERSIDE_LINES.join("\n").replace("title: Riverside Code", "title: [Riverside Code"));
  return dir;
}

const note = (dir: string) => `ethics: warning: completing without the codes in ${dir}: they could not be read; \`ethics --data ${dir} list\` says why\n`;

describe("completion over a --data folder that cannot be read", () => {
  it("__complete offers the built-in codes on stdout and says why on stderr, exit 0", () => {
    const dir = brokenFolder();
    const result = ethics(["__complete", "--current=", "--", "--data", dir, "show"]);
    expect(result.stdout.split("\n").filter((line) => !line.startsWith("-"))).toEqual([...BUILT_IN, ""]);
    expect(unwrapped(result.stderr)).toBe(note(dir));
    expect(result.code).toBe(0);
  });

  // ETHICS_DATA's files with a problem are skipped with a warning on every command, this one too.
  it("a folder in ETHICS_DATA: its broken file skipped, as every command says", () => {
    const dir = brokenFolder();
    const result = ethics(["__complete", "--current=", "--", "show"], { env: { ETHICS_DATA: dir } });
    expect(result.stdout.split("\n").filter((line) => !line.startsWith("-"))).toEqual([...BUILT_IN, ""]);
    expect(unwrapped(result.stderr)).toContain(`ethics: warning: skipped ${join(dir, "riverside.yaml")}:`);
    expect(result.code).toBe(0);
  });

  it("a readable folder: its codes, and nothing on stderr", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-good-data-"));
    writeFileSync(join(dir, "riverside.yaml"), RIVERSIDE_LINES.join("\n"));
    const result = ethics(["__complete", "--current=r", "--", "--data", dir, "show"]);
    expect(result.stdout.split("\n")).toContain("riverside");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("a readable folder and one that is not: the readable one's codes, and a note on the other alone", () => {
    const good = mkdtempSync(join(tmpdir(), "ethics-good-data-"));
    writeFileSync(join(good, "riverside.yaml"), RIVERSIDE_LINES.join("\n"));
    const missing = join(good, "nowhere");
    const result = ethics(["__complete", "--current=r", "--", "--data", good, "--data", missing, "show"]);
    expect(result.stdout.split("\n")).toContain("riverside");
    expect(unwrapped(result.stderr)).toBe(note(missing));
    expect(result.code).toBe(0);
  });

  it("a code file given as the folder: the note's command says it is no folder", () => {
    const good = mkdtempSync(join(tmpdir(), "ethics-good-data-"));
    const file = join(good, "riverside.yaml");
    writeFileSync(file, RIVERSIDE_LINES.join("\n"));
    const result = ethics(["__complete", "--current=", "--", "--data", file, "show"]);
    expect(unwrapped(result.stderr)).toBe(note(file));
    expect(ethics(["--data", file, "list"]).stderr).toContain("is not a directory");
  });

  describe.each(SHELLS)("in %s", (shell) => {
    const complete = hasShell(shell) ? shellCompleter(shell) : null;
    it.skipIf(!complete)("Tab offers the built-in codes alone: no note among them", () => {
      const dir = brokenFolder();
      expect(complete!(`ethics --data ${dir} show `).filter((word) => !word.startsWith("-")).sort()).toEqual(BUILT_IN);
    });
  });
});
