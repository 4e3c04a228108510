// A run whose first word is no command but what a command takes: a code (`ethics alaska`), a
// reference (`ethics medi-cal integrity 12`), a question (`ethics can I accept a gift`), a file
// of codes, or a command pasted after the name typed already. "unknown command" with the list of
// commands left the user to work out which; the usage error names it, with the command that runs.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { ethics, root, unwrapped } from "./run.js";

const RIVERSIDE = "test/fixtures/user-codes";

describe("words that are no command, but a command's arguments", () => {
  it.each([
    [["alaska"], "unknown command 'alaska' — show prints codes, sections and standards", "`ethics show alaska`"],
    [["medi-cal", "integrity", "12"], "unknown command 'medi-cal' — show prints codes, sections and standards", "`ethics show medi-cal integrity 12`"],
    [["north", "carolina", "15", "--json"], "unknown command 'north' — show prints codes, sections and standards", "`ethics show north carolina 15 --json`"],
    [["alsaka", "conduct", "4"], "unknown command 'alsaka' — show prints codes, sections and standards", "no code 'alsaka' — did you mean alaska? `ethics show alaska conduct 4`"],
    [["medi-cal", "integrity", "99"], "unknown command 'medi-cal' — show prints codes, sections and standards", "Medi-Cal Integrity has no 99; Medi-Cal Integrity has 1–14"],
    [["gifts"], "unknown command 'gifts' — search finds the standards on a question", "`ethics search gifts`"],
    [["can", "I", "accept", "a", "gift?"], "unknown command 'can' — search finds the standards on a question", "`ethics search can I accept a 'gift?'`"],
    [["what about gifts", "--code", "wi"], "unknown command 'what about gifts' — search finds the standards on a question", "`ethics search 'what about gifts' --code wi`"],
    [["data/alaska.yaml"], "unknown command 'data/alaska.yaml' — validate checks code files", "`ethics validate data/alaska.yaml`"],
    [["ethics", "show", "alaska", "conduct", "4"], "unknown command 'ethics': the name was typed twice", "`ethics show alaska conduct 4`"],
    [["--data", RIVERSIDE, "riverside-agency"], "unknown command 'riverside-agency' — show prints codes, sections and standards", `\`ethics --data ${join(root, RIVERSIDE)} show riverside-agency\``],
  ])("ethics %j: the command meant, as a command that runs", (args, message, hint) => {
    const run = ethics(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe(`ethics: ${message}\nhint: ${hint}\n`);
  });

  it.each([
    [["frobnicate", "gifts"], "unknown command 'frobnicate'"],
    [["serch", "gifts"], "unknown command 'serch' — did you mean search?"],
    [["12"], "unknown command '12'"],
    [["alaska", "--code", "wi"], "unknown command 'alaska'"],
  ])("ethics %j: a slip of a command's name, or words no command takes as given, are unknown as before", (args, message) => {
    const run = ethics(args);
    expect(run.code).toBe(2);
    expect(unwrapped(run.stderr)).toBe(`ethics: ${message}\nhint: \`ethics --help\` lists the commands and options\n`);
  });

  it("each hint runs as printed", () => {
    expect(ethics(["show", "medi-cal", "integrity", "12"]).code).toBe(0);
    expect(ethics(["search", "can", "I", "accept", "a", "gift?"]).code).toBe(0);
    expect(ethics(["search", "what about gifts", "--code", "wi"]).code).toBe(0);
    expect(ethics(["validate", "data/alaska.yaml"]).code).toBe(0);
  });
});
