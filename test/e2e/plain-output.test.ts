// --plain, for a screen reader or a braille display reading in order. The tables were drawn
// with box lines, read out as "box drawings light vertical" between every cell, and the topics
// matrix's columns could not be followed a line at a time ("gifts 1 2 2 1 1": which code is
// which?). A dash stood for "not addressed" (read as "em dash", or not at all, leaving a code's
// name alone on its line); the quiz asked for "A–D", read "A D", and its missing word was
// "_____", read as nothing at all.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const BOX_LINES = /[┌┬┐│└┴┘─]/;

describe("--plain", () => {
  it("lists the codes one under another, no table drawn", () => {
    const run = ethics(["--plain", "list"]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(BOX_LINES);
    // Its facts a ";" apart: a screen reader skips a "·" at its usual punctuation level, and ran them on.
    expect(run.stdout).toContain("alaska (ak)\n  Code of Ethics for Alaska Peer Support Professionals\n  Alaska; 3 sections; 22 standards\n");
  });

  it("gives a code's outline a section a line, after the command too", () => {
    const run = ethics(["list", "medi-cal", "--plain"]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(BOX_LINES);
    expect(run.stdout).toContain("\nintegrity: Integrity; 14 standards\n");
  });

  it("gives the topics a line each, every count beside its code's whole id", () => {
    // A width that fits the table, and one that would shorten its headers to aliases: neither draws one.
    for (const COLUMNS of ["200", "80"]) {
      const run = ethics(["--plain", "topics"], { env: { COLUMNS } });
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(BOX_LINES);
      expect(run.stdout).not.toContain("—");
      expect(run.stdout).toMatch(/^gifts:\n {2}alaska 1, california 2, medi-cal 2, north-carolina 1,\s+wisconsin 1\n/);
      expect(run.stdout).toContain("self-disclosure:\n  alaska none, california 3,");
      expect(run.stdout).toContain("none where the code does not address it");
      expect(run.stdout).not.toContain("ak = alaska");
    }
  });

  it("says in words that a code does not address a concept", () => {
    const run = ethics(["--plain", "topic", "gifts"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  Cultural meaning of gifts (cultural-meaning-of-gifts)\n    Alaska                not addressed\n");
    expect(run.stdout).not.toMatch(/ —\n/);
    // A citation keeps its "·" (show reads it back); what follows it is set apart by a ";".
    expect(run.stdout).toContain("\n  Alaska · Conflicts of Interest 3; prohibits (substantial gifts or loans;");
  });

  it("asks for an answer from A to D, and says so again of a bad one", () => {
    const run = ethics(["--plain", "quiz", "--seed", "42", "--count", "1", "--code", "medi-cal"], { input: "x\n" });
    expect(run.stdout).toContain("Your answer (A to D): x\n");
    expect(run.stdout).toMatch(/\(expected a letter A to D, a number\s+1 to 4 or a choice's words\)/);
    expect(run.stdout).not.toContain("–");
  });

  it("says where a missing word goes, which underscores left unread", () => {
    const run = ethics(["--plain", "quiz", "--seed", "42", "--count", "1", "--code", "medi-cal", "--kind", "cloze"], { input: "d\n" });
    expect(run.stdout).toContain("children, youth, family [blank], and");
    expect(run.stdout).not.toContain("_");
    expect(ethics(["quiz", "--seed", "42", "--count", "1", "--code", "medi-cal", "--kind", "cloze"], { input: "d\n" }).stdout).toContain("family _____, and");
  });

  it("is in the help, and in that of the commands that draw tables", () => {
    expect(ethics(["topics", "--help"]).stdout).toContain("\n  $ ethics topics --plain            a topic a line: for a screen reader\n");
    expect(ethics(["list", "--help"]).stdout).toMatch(/so it is with --plain, for a screen reader/);
    expect(ethics(["--help"]).stdout).toMatch(/\n {2}--plain {2,}tables as lines of text, read in order: for a\n {33}screen reader or a braille display \(also\n {33}ETHICS_PLAIN=1\)\n/);
  });

  it("is asked once for every run by ETHICS_PLAIN, as NO_COLOR is set", () => {
    const list = ethics(["list"], { env: { ETHICS_PLAIN: "1" } });
    expect(list.stdout).not.toMatch(BOX_LINES);
    expect(list.stdout).toContain("alaska (ak)\n  Code of Ethics for Alaska Peer Support Professionals\n");
    expect(ethics(["diff", "california", "medi-cal"], { env: { ETHICS_PLAIN: "yes" } }).stdout).toMatch(/^Working Well Together to Medi-Cal\n/);
    expect(ethics(["quiz", "--seed", "42", "--count", "1", "--code", "medi-cal"], { env: { ETHICS_PLAIN: "1" }, input: "d\n" }).stdout).toContain("Your answer (A to D): d\n");
    // Empty, 0 or false leave it off, as FORCE_COLOR reads them: a table drawn for one run without unsetting it.
    for (const ETHICS_PLAIN of ["", "0", "false", "FALSE"]) expect(ethics(["topics"], { env: { ETHICS_PLAIN } }).stdout).toMatch(BOX_LINES);
  });

  it("leaves the tables to those who did not ask", () => {
    expect(ethics(["list"]).stdout).toMatch(BOX_LINES);
    expect(ethics(["topics"]).stdout).toMatch(BOX_LINES);
    expect(ethics(["topic", "gifts"]).stdout).toContain("    Alaska                —\n");
    expect(ethics(["quiz", "--seed", "42", "--count", "1", "--code", "medi-cal"], { input: "d\n" }).stdout).toContain("Your answer (A–D): d\n");
  });
});
