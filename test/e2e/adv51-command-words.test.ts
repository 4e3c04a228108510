// `ethics compare alaska medi-cal`, `ethics find gifts`: a command named in other words is named
// back, with the words given it, as a command that runs, not only "unknown command".
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

describe("a command said in other words", () => {
  it.each<[string[], string, string]>([
    [["compare", "alaska", "medi-cal"], "unknown command 'compare' — diff compares two codes", "`ethics diff alaska medi-cal`"],
    [["find", "can I accept a gift?"], "unknown command 'find' — search finds the standards on a question", "`ethics search 'can I accept a gift?'`"],
    [["cite", "medi-cal", "integrity", "12"], "unknown command 'cite' — show prints codes, sections and standards", "`ethics show medi-cal integrity 12`"],
    [["Practice", "--count", "3"], "unknown command 'Practice' — quiz asks questions made from the codes", "`ethics quiz --count 3`"],
    [["today"], "unknown command 'today' — random --today gives the standard of the day", "`ethics random --today`"],
    [["--no-color", "themes"], "unknown command 'themes' — topics tables the themes × codes", "`ethics topics`"],
  ])("%j", (args, message, hint) => {
    const result = ethics(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const said = unwrapped(result.stderr);
    expect(said).toContain(`ethics: ${message}`);
    expect(said).toContain(`hint: ${hint}`);
    // Pasted, it runs.
    const words = hint.slice(1, -1).match(/'[^']*'|\S+/g)!.slice(1).map((word) => word.replace(/^'|'$/g, ""));
    const run = ethics(words, { input: "" });
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).not.toMatch(/unknown command/);
  });

  it("carries --data in the command it gives", () => {
    const said = unwrapped(ethics(["--data", "test/fixtures/user-codes", "compare", "alaska", "wisconsin"]).stderr);
    expect(said).toMatch(/hint: `ethics --data \S+ diff alaska wisconsin`/);
  });

  it("a word nobody says for a command is unknown as before", () => {
    const said = unwrapped(ethics(["frobnicate", "gifts"]).stderr);
    expect(said).toContain("unknown command 'frobnicate'");
    expect(said).toContain("`ethics --help` lists the commands");
  });
});
