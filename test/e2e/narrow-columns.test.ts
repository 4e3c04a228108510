// COLUMNS is honoured down to 20 columns when output is piped: a width asked for below that gets
// lines of 20 (once it was read as unset, and lines hundreds of columns wide came out).
import { describe, expect, it } from "vitest";
import { ethicsAll, linesWiderThan } from "./terminal-run.js";

const RUNS = [["list"], ["show", "medi-cal", "integrity", "12"], ["search", "gifts", "--limit", "2"], ["topics"], ["diff", "alaska", "medi-cal"], ["--help"], ["show", "nosuch"]];

describe("COLUMNS narrower than 20", () => {
  it.each(["12", "1", "20"])("COLUMNS=%s: every line of stdout and stderr is at most 20 columns", async (columns) => {
    const [narrow, unset] = await Promise.all([ethicsAll(RUNS, { COLUMNS: columns }), ethicsAll(RUNS)]);
    narrow.forEach((result, index) => {
      const label = RUNS[index]!.join(" ");
      expect(result.stdout + result.stderr, label).not.toBe("");
      expect(linesWiderThan(result.stdout, 20), `${label} (stdout)`).toEqual([]);
      expect(linesWiderThan(result.stderr, 20), `${label} (stderr)`).toEqual([]);
      // The same words as unwrapped, only laid out anew.
      expect(result.code, label).toBe(unset[index]!.code);
    });
    // Unset, the text is not wrapped (and messages are fitted to 80): wrapping is COLUMNS' doing.
    expect(linesWiderThan(unset[1]!.stdout, 80)).not.toEqual([]);
  });

  it("COLUMNS=0 or not a number of columns is unset: piped text is not wrapped", async () => {
    for (const columns of ["0", "-40", "1e2"]) {
      const [shown] = await ethicsAll([RUNS[1]!], { COLUMNS: columns });
      expect(linesWiderThan(shown!.stdout, 80), columns).not.toEqual([]);
    }
  });
});
