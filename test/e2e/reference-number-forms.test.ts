// Numbers in `show` as people write them: `12.` (as the handout and Markdown export print a
// standard's number), `#12`, `§12`; ranges as `5..7`, `5…7`, `5 to 7`. Each was an error
// ("'12.' is not a standard number", "no code 'to'"); each now shows what it says. A marked
// number before a name stays a title's word, so a user's section titled "1. Conduct" is still
// named by its title.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const citations = (stdout: string) => stdout.split("\n").filter((line) => /^\S.* · /.test(line));

describe("numbers and ranges in the forms people type", () => {
  it.each([
    [["12."], ["Medi-Cal · Integrity 12"]],
    [["#12"], ["Medi-Cal · Integrity 12"]],
    [["§12"], ["Medi-Cal · Integrity 12"]],
    [["§", "12"], ["Medi-Cal · Integrity 12"]],
    [["5..7"], ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6", "Medi-Cal · Integrity 7"]],
    [["5...7"], ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6", "Medi-Cal · Integrity 7"]],
    [["5…7"], ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6", "Medi-Cal · Integrity 7"]],
    [["5", "to", "7"], ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6", "Medi-Cal · Integrity 7"]],
    [["5 through 7"], ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6", "Medi-Cal · Integrity 7"]],
    [["13.."], ["Medi-Cal · Integrity 13", "Medi-Cal · Integrity 14"]],
  ])("show medi-cal integrity %j", (words, shown) => {
    const result = ethics(["show", "medi-cal", "integrity", ...words], { env: { COLUMNS: "80" } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(citations(result.stdout)).toEqual(shown);
    // the standard whole, as `show medi-cal integrity 12` prints it
    if (shown.length === 1) expect(result.stdout).toBe(ethics(["show", "medi-cal", "integrity", "12"], { env: { COLUMNS: "80" } }).stdout);
  });

  it.each([
    ["12.0", "ethics: '12.0' is not a standard number; Medi-Cal Integrity has 1–14\nhint: e.g. `ethics show medi-cal integrity 12`\n"],
    // (12a is item a of 12: test/e2e/item-labels.test.ts)
    ["12ab", "ethics: '12ab' is not a standard number; Medi-Cal Integrity has 1–14\nhint: e.g. `ethics show medi-cal integrity 12`\n"],
  ])("%s is still no number (exit 2)", (word, stderr) => {
    const result = ethics(["show", "medi-cal", "integrity", word], { env: { COLUMNS: "80" } });
    expect(result).toEqual({ stdout: "", stderr, code: 2 });
  });

  it("a range from a number that does not exist says which", () => {
    const result = ethics(["show", "medi-cal", "integrity", "15", "to", "99"], { env: { COLUMNS: "80" } });
    expect(result).toEqual({ stdout: "", stderr: "ethics: Medi-Cal Integrity has no 15-99\nhint: Medi-Cal Integrity has 1–14\n", code: 1 });
  });

  it("a range past the last runs to the last, and says where the section ends", () => {
    const result = ethics(["show", "medi-cal", "integrity", "12", "to", "99"], { env: { COLUMNS: "80" } });
    expect(result.stdout).toBe(ethics(["show", "medi-cal", "integrity", "12-"], { env: { COLUMNS: "80" } }).stdout);
    expect(result.stderr).toBe("ethics: warning: Medi-Cal Integrity ends at 14, not 99\n");
    expect(result.code).toBe(0);
  });

  it("a user's section titled '1. Conduct' or '#2 Privacy' is named by its title, typed or cited", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-number-titles-"));
    writeFileSync(
      join(dir, "numbered.yaml"),
      [
        "id: numbered",
        "title: Numbered Code",
        "shortName: Numbered",
        "jurisdiction: Nowhere",
        "source:",
        "  document: Numbered Code",
        "sections:",
        "  - id: conduct",
        '    title: "1. Conduct"',
        "    standards:",
        "      - number: 1",
        "        text: Will not accept gifts from people they support.",
        "      - number: 2",
        "        text: Will not lend money to people they support.",
        "  - id: privacy",
        '    title: "#2 Privacy"',
        "    standards:",
        "      - number: 1",
        "        text: Keep records private.",
        "",
      ].join("\n"),
    );
    const show = (...words: string[]) => ethics(["--data", dir, "show", ...words], { env: { COLUMNS: "80" } });
    for (const words of [["numbered", "1.", "conduct", "2"], ["Numbered · 1. Conduct 2"], ["numbered", "conduct", "2."], ["numbered", "conduct", "#2"]]) {
      const result = show(...words);
      expect(result, words.join(" ")).toEqual({ stdout: "Numbered · 1. Conduct 2\n  Will not lend money to people they support.\n", stderr: "", code: 0 });
    }
    for (const words of [["numbered", "#2", "privacy", "1"], ["Numbered · #2 Privacy 1"]]) {
      const result = show(...words);
      expect(result, words.join(" ")).toEqual({ stdout: "Numbered · #2 Privacy 1\n  Keep records private.\n", stderr: "", code: 0 });
    }
  });
});
