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
});
