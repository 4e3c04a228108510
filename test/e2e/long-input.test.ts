// A very long word, or a great many words, where a name belongs: refused with a message, and
// the message quotes it short enough to read (it fits 80 columns). The runs go at once. That the
// work is bounded is counted in test/core/long-input-work.test.ts, not timed here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethicsAll, root, STACK_TRACE, unwrapped } from "./run.js";
import { linesWiderThan } from "./terminal-run.js";

/** 100 KB of one letter: what a pasted file or a runaway script may pass as an argument. */
const LONG_WORD = "a".repeat(100_000);
/** Five thousand words in one reference (each run of more words than any name tried once). */
const MANY_WORDS = Array.from({ length: 5_000 }, () => "gift");

describe("a very long word where a name belongs", () => {
  it("is refused as an unknown name, quoted short: topic, concepts, --topic and a reference", async () => {
    const runs = [["topic", LONG_WORD], ["concepts", LONG_WORD], ["random", "--topic", LONG_WORD], ["show", ...MANY_WORDS], ["show", "medi-cal", ...MANY_WORDS], ["topic", ...MANY_WORDS]];
    const results = await ethicsAll(runs.map((args) => [args]));
    results.forEach((result, at) => {
      const label = `${runs[at]![0]} ${runs[at]![1]!.slice(0, 10)}… (${runs[at]!.length - 1} words)`;
      expect(result.code, label).toBe(1);
      expect(result.stdout, label).toBe("");
      expect(result.stderr, label).toMatch(/^ethics: /);
      expect(result.stderr, label).not.toMatch(STACK_TRACE);
      // Quoted short (a run of words as a long word is), not 5,000 words over 350 lines.
      expect(linesWiderThan(result.stderr, 80), label).toEqual([]);
      expect(result.stderr.length, label).toBeLessThan(600);
    });
  });

  it("is quoted back short: every message fits 80 columns", async () => {
    const runs = [
      ["list", LONG_WORD],
      ["show", "medi-cal", "integrity", LONG_WORD],
      ["search", "gifts", "--limit", LONG_WORD],
      ["search", "gifts", "--section", LONG_WORD],
      ["diff", "alaska", "medi-cal", "--only", LONG_WORD],
      ["export", "--format", LONG_WORD],
      [LONG_WORD],
    ];
    const results = await ethicsAll(runs.map((args) => [args]));
    results.forEach((result, at) => {
      const label = runs[at]!.map((arg) => arg.slice(0, 12)).join(" ");
      expect(result.code, label).toBeGreaterThan(0);
      expect(unwrapped(result.stderr), label).toMatch(/^ethics: .*'a+…a+'/);
      expect(linesWiderThan(result.stderr, 80), label).toEqual([]);
      expect(result.stderr.length, label).toBeLessThan(600);
    });
  });

  // A word of digits was tried as numbers before a name (`15,wi`) every way it could be split:
  // 130,000 of them (as long as an argument can be) took half a minute as a number and over a
  // minute as a range's end, past the runs' own limit (run.ts).
  it("a number as long as an argument can be, alone or a range's end, is no standard as quickly as any", async () => {
    const digits = "9".repeat(130_000);
    const [alone, range] = await ethicsAll([[["show", "medi-cal", "integrity", digits]], [["show", "medi-cal", "integrity", `99-${digits}`]]]);
    for (const result of [alone!, range!]) {
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(unwrapped(result.stderr)).toMatch(/^ethics: Medi-Cal Integrity has no 9[9-]+…9+\n/);
    }
  });

  // A page of prose (this README: commas, quotes, commands in backticks, an emoji) given where
  // codes are named. Every run of up to a name's words was looked up from every word, at every
  // "on" again for diff's theme; the message quoting it back was measured once for each command
  // in backticks in it, and Node's segmenter measured it in time growing with its square: each
  // run took over a minute, past the runs' own limit (run.ts).
  it("a page pasted where codes are named is refused as quickly as a word", async () => {
    const page = readFileSync(join(root, "README.md"), "utf8").slice(0, 120_000);
    const runs = [["list", page], ["export", page], ["diff", page], ["diff", "alaska", page]];
    const results = await ethicsAll(runs.map((args) => [args]));
    results.forEach((result, at) => {
      const label = runs[at]!.slice(0, -1).join(" ");
      expect(result.code, label).toBeGreaterThan(0);
      expect(result.code, label).toBeLessThan(3);
      expect(result.stdout, label).toBe("");
      // Its first words name no code, or begin the names of several ("ethics", in their titles).
      expect(result.stderr, label).toMatch(/^ethics: /);
      expect(result.stderr, label).not.toMatch(STACK_TRACE);
      expect(result.stderr.length, label).toBeLessThan(1_000);
    });
  });

  // A list of themes is split at commas and "and" with the spaces around them: the pattern
  // tried a run of spaces with no comma after it from each of its spaces again, and two
  // arguments of 120,000 spaces (a script's empty padding) took over a minute.
  it("spaces where a theme belongs are no theme given, as quickly as a word", async () => {
    const spaces = " ".repeat(120_000);
    const runs = [["topic", spaces, spaces], ["concepts", spaces, spaces]];
    const results = await ethicsAll(runs.map((args) => [args]));
    results.forEach((result, at) => {
      expect(result.code, runs[at]![0]).toBe(2);
      expect(result.stderr, runs[at]![0]).toMatch(/^ethics: no topic given\n/);
    });
  });

  // Arguments by the hundred thousand (a script's list, a glob), and runs of marks as long as an
  // argument: list tried every cut of its words as a code and a section (20,000 words: 96 s);
  // show glued "1," after "1," re-reading the whole run each time (150,000: 100 s); --topic's
  // words after its value were each looked for in a list of them all (150,000: 50 s); and
  // patterns of marks at a word's end were tried from every mark of a run ("twelve!!!…x",
  // "the???…x": over a minute each). The last overflowed the stack once (a spread of them all).
  it("arguments by the hundred thousand, and long runs of marks, are read as quickly as a few", async () => {
    const many = (word: string) => Array.from({ length: 150_000 }, () => word);
    const runs = [
      ["list", ...many("wi")],
      ["show", "medi-cal", "integrity", ...many("1,")],
      ["random", "--topic", ...many("a")],
      ["show", `twelve${"!".repeat(120_000)}x`],
      ["list", `the${"?".repeat(120_000)}x`],
    ];
    const [list, show, random, marks, small, listOnce] = await ethicsAll([...runs, ["list", "wi"]].map((args): [string[]] => [args]));
    // One code named 150,000 times is that code's outline.
    expect(list!.code).toBe(0);
    expect(list!.stdout).toBe(listOnce!.stdout);
    for (const [result, code] of [[show!, 2], [random!, 2], [marks!, 1], [small!, 1]] as const) {
      expect(result.code).toBe(code);
      expect(result.stderr).toMatch(/^ethics: /);
      expect(result.stderr).not.toMatch(STACK_TRACE);
    }
  });

  // Every run of its last words was tried as the code named last (`integrity 12 medi-cal`):
  // 20,000 words took 110 s, past the runs' own limit (run.ts), for the same message.
  it("a reference of 20,000 words, a code's name last, is no code as quickly as any", async () => {
    const words = Array.from({ length: 20_000 }, () => "integrity");
    const [result] = await ethicsAll([[["show", ...words, "medi-cal"]]]);
    expect(result!.code).toBe(1);
    expect(result!.stdout).toBe("");
    expect(result!.stderr).toBe("ethics: no code 'integrity'\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin;\n      a code of your own: add --data DIR (its folder) or set ETHICS_DATA=DIR\n");
  });
});
