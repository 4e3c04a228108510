// --plain in messages and help, written whole before (or without) a renderer that knows the
// options: "Medi-Cal Integrity has 1–14" was read "has 1 14" (a screen reader skips the en dash
// at its usual punctuation level), an example's "→" as "right arrow", "×" as "times", and a
// menu's "›" as nothing at all.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("--plain messages and help", () => {
  it("says a message's range in words, with --plain after the command or ETHICS_PLAIN", () => {
    for (const run of [ethics(["show", "medi-cal", "integrity", "99", "--plain"]), ethics(["show", "medi-cal", "integrity", "99"], { env: { ETHICS_PLAIN: "1" } })]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toBe("ethics: Medi-Cal Integrity has no 99\nhint: Medi-Cal Integrity has 1 to 14\n");
    }
    expect(ethics(["show", "medi-cal", "integrity", "99"]).stderr).toContain("has 1–14\n");
  });

  it("says a usage error's hint in words, its command to paste as it is", () => {
    const run = ethics(["--plain", "quiz", "--worksheet", "moodle"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Moodle imports it\s+\(Question bank, then Import, then GIFT format\)/);
    const search = ethics(["--plain", "search", "привет"]);
    expect(search.stderr).toContain("search reads Latin letters only (a to z)");
    expect(search.stderr).toContain("`ethics list`");
  });

  it("says --help's arrows and crosses in words", () => {
    expect(ethics(["--plain", "--help"]).stdout).toContain("  $ ethics diff california medi-cal         Working Well Together to Medi-Cal\n");
    expect(ethics(["diff", "--help", "--plain"]).stdout).toMatch(/renumbered or moved is named old to\s+new/);
    expect(ethics(["topics", "--help"], { env: { ETHICS_PLAIN: "1" } }).stdout).toContain("  $ ethics topics                    topics by codes;");
    // Not asked, as it was; after --, --plain is a word, not the option.
    expect(ethics(["--help"]).stdout).toContain("Working Well Together → Medi-Cal\n");
    expect(ethics(["search", "--", "--plain"]).stderr).not.toContain(" to z");
  });

  // The help described what plain output does not print: a "—" for a silent code (it says
  // "none"), and redlines in git's marks (it says each change in words).
  it("describes the output as --plain prints it", () => {
    for (const env of [{}, { ETHICS_PLAIN: "1" }]) {
      const args = "ETHICS_PLAIN" in env ? [] : ["--plain"];
      const topics = ethics(["topics", "--help", ...args], { env }).stdout;
      expect(topics).toContain("\n  $ ethics topics                    topics by codes; none if a code is silent\n");
      expect(topics).not.toContain("—");
      const diff = ethics(["diff", "--help", ...args], { env }).stdout;
      expect(diff.replace(/\s+/g, " ")).toContain("Redlines say each change in words: [“old” becomes “new”], [“new” added], [“old” removed].");
      expect(diff).not.toContain("[-removed-]");
    }
    expect(ethics(["topics", "--help"]).stdout).toContain("topics × codes; — where a code is silent\n");
    expect(ethics(["diff", "--help"]).stdout.replace(/\s+/g, " ")).toContain("Redlines are git's word diff, [-removed-]{+added+}, coloured on a terminal.");
  });
});
