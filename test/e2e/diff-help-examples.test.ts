// `diff alaska medi-cal on gifts` reads as `--topic gifts`, but `diff --help` showed only the
// option: the form said in words had no example. Each example is a command that runs, and the
// one in words prints what its --topic twin prints.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const help = ethics(["diff", "--help"], { env: { COLUMNS: "80" } }).stdout;
/** The examples' commands, as help lists them: "  $ ethics diff …   what it shows". */
const examples = [...help.matchAll(/^ {2}\$ ethics (diff .*?) {2,}\S.*$/gm)].map((match) => ({ command: match[1]!, argv: match[1]!.split(" ") }));

describe("diff --help's examples", () => {
  it("show the theme asked in words, after the codes", () => {
    expect(help).toMatch(/^ {2}\$ ethics diff alaska medi-cal on gifts {2,}\S/m);
  });

  it("fit 80 columns", () => {
    for (const line of help.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it("are all found", () => expect(examples.length).toBeGreaterThanOrEqual(7));

  it.each(examples)("$command runs", ({ argv }) => {
    const run = ethics(argv);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("the theme in words prints what --topic prints", () => {
    expect(ethics(["diff", "alaska", "medi-cal", "on", "gifts"]).stdout).toBe(ethics(["diff", "alaska", "medi-cal", "--topic", "gifts"]).stdout);
  });
});
