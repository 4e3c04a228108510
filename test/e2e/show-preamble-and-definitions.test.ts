// `ethics show medi-cal preamble` (or purpose, introduction, definitions) said "no section
// 'preamble' in medi-cal", though `ethics show medi-cal` prints them: a trainer asking for a
// code's purpose statement had to page through the whole code. They are shown alone, in the
// source's words; a code whose file holds none says so, with what it holds and its source.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The widest line, in characters (the texts here are of one column a character). */
const widest = (text: string) => Math.max(...text.split("\n").map((line) => [...line].length));

describe("a code's preamble and definitions", () => {
  it.each<[string[], string]>([
    [["medi-cal", "preamble"], "Medi-Cal · Preamble"],
    [["medi-cal", "purpose"], "Medi-Cal · Preamble"],
    [["medi-cal", "introduction"], "Medi-Cal · Preamble"],
    [["alaska", "preamble"], "Alaska · Preamble"],
    [["medi-cal", "definitions"], "Medi-Cal · Definitions"],
  ])("show %j prints it under %j, as the whole code prints it", (words, heading) => {
    const result = ethics(["show", ...words], { env: { COLUMNS: "80" } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const [first, ...body] = result.stdout.trimEnd().split("\n");
    expect(first).toBe(heading);
    expect(ethics(["show", words[0]!], { env: { COLUMNS: "80" } }).stdout).toContain(body.join("\n"));
    expect(widest(result.stdout)).toBeLessThanOrEqual(80);
  });

  it("the preamble opens with the source's own heading", () => {
    expect(ethics(["show", "medi-cal", "preamble"]).stdout).toMatch(/^Medi-Cal · Preamble\nPurpose\nMedi-Cal Peer Support Services are recovery-oriented/);
  });

  it.each<[string, "preamble" | "definitions"]>([
    ["medi-cal", "preamble"],
    ["north-carolina", "preamble"],
    ["medi-cal", "definitions"],
  ])("--json: %s's %s as the code's own field", (code, part) => {
    const result = ethics(["show", code, part, "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(ethics(["show", code, "--json"]).stdout)[part]);
  });

  it.each<[string[], string]>([
    [["wisconsin", "preamble"], "ethics: no preamble in wisconsin's file, only its scope and numbered standards\nhint: `ethics list wisconsin` shows its sections; its source: Code Of Conduct\n      (peer specialist committee of the Wisconsin Recovery Implementation Task\n      Force)\n"],
    [["alaska", "definitions"], "ethics: no definitions in alaska's file, only its scope, a preamble, value\n        statements and numbered standards\nhint: `ethics list alaska` shows its sections; its source: Code of Ethics for\n      Alaska Peer Support Professionals (Peer Support Advisory Board)\n"],
  ])("show %j: the file holds none, and it is said so, not made up", (words, stderr) => {
    const result = ethics(["show", ...words], { env: { COLUMNS: "80" } });
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(1);
    expect(ethics(["list", words[0]!]).code).toBe(0);
  });

  it("with no code, whose it may be, and a command that shows one", () => {
    const result = ethics(["show", "definitions"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: no code 'definitions': definitions belong to a code\nhint: say whose (Medi-Cal): `ethics show medi-cal definitions`\n");
    expect(result.code).toBe(1);
  });

  it("under ETHICS_CODE, its code's", () => {
    const result = ethics(["show", "preamble"], { env: { ETHICS_CODE: "north-carolina" } });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(ethics(["show", "north-carolina", "preamble"]).stdout);
    expect(result.code).toBe(0);
  });

  it("--strength reads standards, and a preamble holds none", () => {
    const result = ethics(["show", "medi-cal", "preamble", "--strength", "prohibits"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: --strength reads standards, and a preamble is not rules\nhint: show the code or a section: `ethics show medi-cal --strength prohibits`\n");
    expect(result.code).toBe(2);
  });
});
