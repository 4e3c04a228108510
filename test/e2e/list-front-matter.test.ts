// `ethics list medi-cal` outlined the sections alone, and said nothing of the preamble and
// definitions that `show medi-cal preamble` and `show medi-cal definitions` print: a reader had
// to page through the whole code to learn whether it had them. The outline names each the code
// has, with the command that prints it; --json counts them (paragraphs, terms).
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const COLUMNS = { COLUMNS: "80" };
/** The lines after the outline's table. */
const afterTable = (stdout: string): string => stdout.slice(stdout.lastIndexOf("┘\n") + 2);

describe("the parts of a code beside its sections, in its outline", () => {
  it.each<[string, string]>([
    ["medi-cal", "\nPreamble: `ethics show medi-cal preamble`\nDefinitions: `ethics show medi-cal definitions`\n"],
    ["ak", "\nPreamble: `ethics show alaska preamble`\n"],
    ["wi", ""],
  ])("list %s", (code, lines) => {
    const result = ethics(["list", code], { env: COLUMNS });
    expect(result.stderr).toBe("");
    expect(afterTable(result.stdout)).toBe(lines);
    expect(result.code).toBe(0);
  });

  it("each command printed runs, and prints that part", () => {
    const { stdout } = ethics(["list", "medi-cal"], { env: COLUMNS });
    const commands = [...stdout.matchAll(/`ethics ([^`]*)`/g)].map((match) => match[1]!.split(" "));
    expect(commands).toEqual([
      ["show", "medi-cal", "preamble"],
      ["show", "medi-cal", "definitions"],
    ]);
    for (const command of commands) {
      const run = ethics(command);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).not.toBe("");
    }
  });

  it("--plain says so too, under its lines", () => {
    const result = ethics(["--plain", "list", "ak"]);
    expect(result.stdout).toMatch(/\nconduct: Conduct; 9 standards\n\nPreamble: `ethics show alaska preamble`\n$/);
    expect(result.code).toBe(0);
  });

  it("fits 80 columns", () => {
    for (const line of ethics(["list", "medi-cal"], { env: COLUMNS }).stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it.each<[string, number, number]>([
    ["medi-cal", 3, 3],
    ["wi", 0, 0],
  ])("list %s --json counts its preamble's paragraphs and its terms", (code, preamble, definitions) => {
    const result = ethics(["list", code, "--json"]);
    const outline = JSON.parse(result.stdout) as Record<string, unknown>;
    expect([outline.preamble, outline.definitions]).toEqual([preamble, definitions]);
    // Keys added, none taken away.
    expect(Object.keys(outline)).toEqual(expect.arrayContaining(["id", "aliases", "title", "shortName", "jurisdiction", "scope", "origin", "standards", "values", "sections"]));
    expect(result.code).toBe(0);
  });
});
