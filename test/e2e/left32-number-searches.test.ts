// `ethics search 1` answered with Advocacy 1, nothing of the query in it; `search 12` with
// Integrity 2; `search "medi-cal 12"` likewise, and `search "integrity 12"` gave no word of
// `show`. A query of numbers (less the codes it names) now keeps only the standards whose words
// hold its numbers, and every query with a number that reads as a reference names the `show`
// command that prints it.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const hint = (command: string) => `hint: to show a standard by its number: ${command}\n`;
/** Numbers alone, in no code named: an example that runs, and what it shows. */
const example = (number: string) => `hint: to show a standard by its number, name its code and section: e.g. \`ethics show medi-cal integrity ${number}\` shows Medi-Cal Integrity ${number}\n`;
const unwrap = (text: string) => text.replace(/\n {6}/g, " ");
const citations = (stdout: string) => stdout.split("\n").filter((line) => /^[A-Z][^ ].* · .* \d+$|^[A-Z][a-z ]+ \d+$/.test(line));

describe("a search with numbers in it", () => {
  it.each([
    [["1", "--limit", "2"]],
    [["12"]],
    [["#12"]],
    [["medi-cal", "12"]],
  ])("%j: no hit without the number in its words", (args) => {
    const result = ethics(["search", ...args, "--json"]);
    const hits: { matched: string[]; text: string }[] = JSON.parse(result.stdout).hits;
    for (const hit of hits) expect(hit.matched.length).toBeGreaterThan(0);
  });

  it.each([
    [["12"], "ethics: no standard matches '12'\n" + example("12")],
    [["#12"], "ethics: no standard matches '#12'\n" + example("12")],
    [["medi-cal", "12"], "ethics: no standard matches 'medi-cal 12'\n" + example("12")],
    [["12", "--code", "wi"], "ethics: no standard matches '12'\n" + hint("`ethics show wisconsin 12`")],
    [["north", "carolina", "12"], "ethics: no standard matches 'north carolina 12'\n" + hint("`ethics show north carolina 12`")],
  ])("%j: nothing holds it: the show command, exit 1", (args, stderr) => {
    const result = ethics(["search", ...args]);
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr)).toBe(stderr);
    expect(result.code).toBe(1);
  });

  it("a number a standard's words hold is found, with the hint after", () => {
    const result = ethics(["search", "1", "--limit", "2"]);
    expect(citations(result.stdout)).toEqual(["Medi-Cal · Integrity 12"]);
    expect(result.stdout).toContain("Chapter 1, Division 10");
    expect(unwrap(result.stderr)).toBe(example("1"));
    expect(result.code).toBe(0);
  });

  it("words and a number that read as a reference: the search, and the show command whole", () => {
    const result = ethics(["search", "integrity", "12"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^No standard answers all of this\. Loosely related:\n/);
    expect(result.stderr).toBe(hint("`ethics show medi-cal integrity 12`"));
    const named = ethics(["search", "medi-cal", "integrity", "12"]);
    expect(named.stderr).toContain(hint("`ethics show medi-cal integrity 12`"));
  });

  it("words and a number that name no standard: no show command", () => {
    const result = ethics(["search", "12", "step", "program"]);
    expect(result.code).toBe(0);
    // only the count of the answers past the limit
    expect(result.stderr).toBe("hint: 10 more standards answer this: --limit 20 shows them\n");
  });

  it("--json: JSON alone on stdout, no hint after hits", () => {
    const result = ethics(["search", "1", "--json", "--limit", "2"]);
    expect(JSON.parse(result.stdout).hits.map((hit: { citation: string }) => hit.citation)).toEqual(["Medi-Cal · Integrity 12"]);
    expect(result.stderr).toBe("");
  });
});
