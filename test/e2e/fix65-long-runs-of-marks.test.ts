// Runs of marks or spaces as long as an argument can be, where a reference or a query belongs:
// patterns that stripped marks at a word's end, or looked for a question's opening, tried the
// run from each of its characters again (`show ",,,…x"`: 58 s; `show medi-cal integrity
// "the???…x"`: 16 s; `search "<spaces>"`: 1.5 s), and commas as words of their own were tried
// as a name at every length (`show " , , …x"`: over a minute). Each is refused with the message
// a short one gets, quoted short. The work is counted in-process with longer runs
// (test/core/codes/long-marks.test.ts, test/core/search/asker.test.ts), not timed here.
import { describe, expect, it } from "vitest";
import { ethicsAll, STACK_TRACE, unwrapped } from "./run.js";
import { linesWiderThan } from "./terminal-run.js";

/** As long as one argument can be (Linux: 128 KiB): a run of commas took past the runs' own limit (run.ts). */
const LONG = 130_000;

describe("a run of marks as long as an argument", () => {
  it("is refused as a short one is, quoted short", async () => {
    const runs = [
      ["show", `${",".repeat(LONG)}x`],
      ["show", `integrity${",".repeat(LONG)}x`],
      ["show", "medi-cal", "integrity", `the${"?".repeat(LONG)}x`],
      ["search", " ".repeat(LONG)],
      // Commas as words of their own: every run of them was tried as a name, at every length.
      ["show", `${" ,".repeat(LONG / 2)} x`],
    ];
    const results = await ethicsAll(runs.map((args): [string[]] => [args]));
    const messages = [
      /^ethics: no code ',+…,+x'\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin; a code of your own: add --data DIR \(its folder\) or set ETHICS_DATA=DIR\n$/,
      /^ethics: no code 'integrity,+…,+x'\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin; a code of your own: add --data DIR \(its folder\) or set ETHICS_DATA=DIR\n$/,
      /^ethics: 'the\?+…\?+x' is not a standard number; Medi-Cal Integrity has 1–14\nhint: e\.g\. `ethics show medi-cal integrity 1`\n$/,
      /^ethics: nothing to search for\nhint: give words or a situation, e\.g\. `ethics search "a gift from a peer"`\n$/,
      /^ethics: no code ',': a name has letters or digits\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin\n$/,
    ];
    results.forEach((result, at) => {
      const label = `${runs[at]!.slice(0, -1).join(" ")} ${runs[at]!.at(-1)!.slice(0, 12)}…`;
      expect(result.code, label).toBe(at < 2 ? 1 : 2);
      expect(result.stdout, label).toBe("");
      expect(result.stderr, label).not.toMatch(STACK_TRACE);
      expect(unwrapped(result.stderr), label).toMatch(messages[at]!);
      expect(linesWiderThan(result.stderr, 80), label).toEqual([]);
    });
  });
});
