// Every message and hint a person reads fits 80 columns, by display width, wherever stderr goes
// (a terminal, a pipe, a log): main.ts wraps them, going on under the text after "ethics: " or
// "hint: ". Wrapping loses no word.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/render/terminal-text.js";
import { ethics, root, STACK_TRACE, unwrapped } from "./run.js";

const lineage = mkdtempSync(join(tmpdir(), "ethics-width-"));
writeFileSync(
  join(lineage, "riverside.yaml"),
  readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8").replace("source:\n", "source:\n  derivedFrom: califonia\n"),
);

/** Bad input, and words its message or hint must say (read with the line breaks undone). */
const CASES: [string[], string][] = [
  [["search", "can", "I", "the"], "add what it is about, e.g. gifts, money, confidentiality"],
  [["search", "gifts", "--strength", "x"], "aspires: strive · describes"],
  [["search", "gifts", "--code", "alsaka"], "did you mean alaska?"],
  [["search", "gifts", "--code", "alaska,,wi"], "has an empty name (a stray comma?)"],
  [["search", "gifts", "--section", "nope"], "nope"],
  [["search", "gifts", "--limit", "0"], "--limit"],
  [["show", "medi-cal", "integrity", "xii"], "in digits: `ethics show medi-cal integrity 12`"],
  [["show", "medi-cal", "12"], "say which one"],
  [["show", "medi-cal", "integrty", "12"], "did you mean integrity?"],
  [["show", "medi-cal", "integrity", "5;", "7"], "a list is 5,7 and a range 5-7"],
  [["show", "xyz"], "xyz"],
  [["show", "wisconsin", "99"], "99"],
  [["show", "alaska", "values", "40"], "40"],
  [["show", "wisconsin", "3", "--strength", "prohibits"], "it binds otherwise: `ethics show wisconsin 3 --strength requires`"],
  [["diff", "alaska", "medcal"], "did you mean medi-cal?"],
  [["diff", "wwt", "alaska", "--section", "integrty"], "integrty"],
  [["diff", "wwt", "medi-cal", "--only", "addd"], "did you mean added?"],
  [["diff", "alaska"], "diff needs <b>"],
  [["export", "--format", "xml"], "--format takes json, yaml, md, csv, anki, anki-cloze, anki-situations or html, not 'xml'"],
  [["export", "--format", "md", "--id", "x"], "use it with --format yaml or json, not md"],
  [["export", "--format", "yaml", "--code", "alaska", "--id", "ak"], "'ak'"],
  [["topic", "giftz"], "giftz"],
  [["topic", "gifts", "--code", "nope"], "nope"],
  [["list", "nope"], "nope"],
  [["validate", "/nonexistent"], "1 problem found"],
  [["random", "--topic", "nope"], "nope"],
  [["completion", "tcsh"], "completion takes bash, zsh or fish, not 'tcsh'"],
  [["serach", "gifts"], "serach"],
  [["search", "gifts", "--bogus"], "--bogus"],
  [["--data", "/nonexistent", "list"], "/nonexistent"],
  [["--data", join(root, "test/fixtures/bad"), "list"], "`ethics validate "],
  [["--data", lineage, "show", "riverside", "boundaries", "1"], "did you mean california? (the code loads; its lineage is ignored)"],
];

describe("messages and hints fit 80 columns", () => {
  it.each(CASES)("%j", (args, says) => {
    const { stderr } = ethics(args);
    expect(stderr).not.toBe("");
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(stderr.split("\n").filter((line) => visibleLength(line) > 80)).toEqual([]);
    expect(unwrapped(stderr)).toContain(says);
  });

  it("a narrower terminal (COLUMNS) narrower still; each continuation under the text it goes on", () => {
    const { stderr } = ethics(["search", "can", "I", "the"], { env: { COLUMNS: "50" } });
    const lines = stderr.replace(/\n$/, "").split("\n");
    expect(lines.filter((line) => visibleLength(line) > 50)).toEqual([]);
    const hint = lines.findIndex((line) => line.startsWith("hint: "));
    expect(hint).toBeGreaterThan(0);
    expect(lines.slice(1, hint).every((line) => line.startsWith(" ".repeat("ethics: ".length)))).toBe(true);
    expect(lines.slice(hint + 1).every((line) => line.startsWith(" ".repeat("hint: ".length)))).toBe(true);
  });
});

describe("a typed word of Chinese and then a long run without spaces, quoted back in a message", () => {
  // The word breaks between its Chinese characters, and its Latin run, wider than a line, where
  // it must. That run was cut to the room the first line had before the word ("ethics:", one
  // column short of the hanging indent), so it came out one column too wide for the lines
  // under it, and at 40 columns a piece of 33 stood after an indent of 8.
  const columns = (line: string) => [...line].reduce((sum, char) => sum + (/\p{Script=Han}/u.test(char) ? 2 : 1), 0);
  const word = "礼物abcdefghijklmnopqrstuvwxyzabcdefghij";

  it.each(["20", "24", "30", "40"])("fits COLUMNS=%s, every letter kept in order", (width) => {
    const result = ethics(["show", "medi-cal", "integrity", word], { env: { COLUMNS: width } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    // Only the hint's command in backticks, which no line that narrow holds, stands wider, alone.
    expect(lines.filter((line) => columns(line) > Number(width) && !/^ *`ethics [^`]*`$/.test(line))).toEqual([]);
    expect(lines.map((line) => line.trim()).join("")).toContain(`'${word}'`);
  });
});
