// Values set in the environment came back whole in messages: ETHICS_CODE of 100 KB was "no code
// '<100 KB>'", a page of a message, and ETHICS_DATA of 9,000 folders that are not there wrote a
// warning for each before every answer. A value is said back as a word typed is (cut in the
// middle, cli/typed-words.ts), and the folders skipped past the first few are counted.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethicsAll, STACK_TRACE, unwrapped } from "./run.js";
import { linesWiderThan } from "./terminal-run.js";

const env = { COLUMNS: "80" };
const longName = "a".repeat(100_000);
const nowhere = mkdtempSync(join(tmpdir(), "ethics-env-values-"));
const missingFolders = Array.from({ length: 2_000 }, (_, at) => join(nowhere, `nope${at}`));
const CUT = `${"a".repeat(20)}…${"a".repeat(19)}`;

describe("a long value in the environment, said back", () => {
  it("ETHICS_CODE of 100 KB is quoted cut, in list's hint and in search's error", async () => {
    const [list, search] = await ethicsAll([
      [["list"], { env: { ...env, ETHICS_CODE: longName } }],
      [["search", "gifts"], { env: { ...env, ETHICS_CODE: longName } }],
    ]);
    expect(list!.code).toBe(0);
    expect(unwrapped(list!.stderr)).toBe(`hint: ETHICS_CODE: no code '${CUT}' (search, random and quiz refuse it until it names one)\n`);
    expect(search!.code).toBe(1);
    expect(search!.stdout).toBe("");
    expect(unwrapped(search!.stderr).split("\n")[0]).toBe(`ethics: ETHICS_CODE: no code '${CUT}'`);
    for (const result of [list!, search!]) {
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(linesWiderThan(result.stderr, 80)).toEqual([]);
      expect(result.stderr.split("\n").length).toBeLessThan(8);
    }
  });

  it("ETHICS_DATA of one folder of 100 KB, or of 2,000 folders not there: a few lines", async () => {
    const [one, many] = await ethicsAll([
      [["list"], { env: { ...env, ETHICS_DATA: join(nowhere, longName) } }],
      [["list"], { env: { ...env, ETHICS_DATA: missingFolders.join(delimiter) } }],
    ]);
    expect(one!.code).toBe(0);
    expect(unwrapped(one!.stderr)).toBe(`ethics: warning: ETHICS_DATA: no folder '${join(nowhere, longName).slice(0, 20)}…${"a".repeat(19)}'; skipped\n`);
    expect(linesWiderThan(one!.stderr, 80)).toEqual([]);
    expect(many!.code).toBe(0);
    const warnings = unwrapped(many!.stderr).trimEnd().split("\n");
    expect(warnings.slice(0, 2)).toEqual([`ethics: warning: ETHICS_DATA: no folder '${missingFolders[0]}'; skipped`, `ethics: warning: ETHICS_DATA: no folder '${missingFolders[1]}'; skipped`]);
    expect(warnings).toHaveLength(21);
    expect(warnings[20]).toBe("ethics: warning: ETHICS_DATA: … and 1,980 more folders like these; skipped");
    expect(many!.stdout).toContain("wisconsin");
  });
});
