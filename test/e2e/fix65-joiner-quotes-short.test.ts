// A reference glued of many arguments ("1," typed 150,000 times is one word, "1,1,1,…") ending in
// a joiner, or with one doubled, was quoted whole in the message about it: 225 KB. Each word is
// quoted as a long typed word is, its start and end with "…" between.
import { describe, expect, it } from "vitest";
import { ethicsAll, STACK_TRACE, unwrapped } from "./run.js";
import { linesWiderThan } from "./terminal-run.js";

// 5,000 were quoted whole as 10 KB: enough to show the cut; more only cost the runs time.
const many = (word: string) => Array.from({ length: 5_000 }, () => word);
const ONES = "1,1,1,1,1,1,1,1,1,1,…,1,1,1,1,1,1,1,1,1,";

describe("a joiner after a reference glued of many arguments", () => {
  it("quotes the glued word short, in the message and the hint", async () => {
    const runs = [
      ["show", "medi-cal", "integrity", ...many("1,")],
      ["show", "wi", ...many("1,"), "to"],
      ["show", "wi", ...many("1,"), "and", "and", "nc"],
      ["show", "wi", "1", "and", "and", ...many("2,"), "3"],
    ];
    const results = await ethicsAll(runs.map((args): [string[]] => [args]));
    const said = [
      `ethics: nothing after ',' in 'medi-cal integrity ${ONES}': expected a number or another reference\nhint: e.g. \`ethics show medi-cal integrity 1,3\` or \`ethics show wi 1, nc 2\`; or leave out the ','\n`,
      `ethics: nothing after 'to' in 'wi ${ONES} to': expected the number the range ends at\nhint: e.g. \`ethics show wisconsin 1 to 3\`, or 1- for 1 to the last\n`,
      `ethics: 'and' twice in 'wi ${ONES} and and nc': expected one 'and' between two references or numbers\nhint: say it once: wi ${ONES} and nc\n`,
      "ethics: 'and' twice in 'wi 1 and and 2,2,2,2,2,2,2,2,2,2,…2,2,2,2,2,2,2,2,2,3': expected one 'and' between two references or numbers\nhint: say it once: wi 1 and 2,2,2,2,2,2,2,2,2,2,…2,2,2,2,2,2,2,2,2,3\n",
    ];
    results.forEach((result, at) => {
      const label = runs[at]!.slice(0, 4).join(" ");
      expect(result.code, label).toBe(2);
      expect(result.stdout, label).toBe("");
      expect(result.stderr, label).not.toMatch(STACK_TRACE);
      expect(unwrapped(result.stderr), label).toBe(said[at]);
      expect(linesWiderThan(result.stderr, 80), label).toEqual([]);
    });
  });

  // The same list with no code before it, or its code last: quoted whole too (21 KB).
  it("a list glued of many arguments with no code before it, or its code last, is quoted short", async () => {
    const [alone, codeLast] = await ethicsAll([[["show", ...many("1,"), "x"]], [["show", ...many("1,"), "wi"]]]);
    const LIST = "1,1,1,1,1,1,1,1,1,1,…1,1,1,1,1,1,1,1,1,1";
    expect(alone!.code).toBe(2);
    expect(unwrapped(alone!.stderr)).toBe(`ethics: '${LIST}' has no code before it\nhint: expected e.g. \`ethics show medi-cal integrity ${"1,".repeat(39)}1\`\n`);
    expect(linesWiderThan(alone!.stderr, 80)).toEqual([]);
    expect(codeLast!.code).toBe(2);
    // The command, 10 KB, is quoted cut in the middle between words (core/command-shown.ts), the code's name whole: it no longer runs as printed.
    expect(unwrapped(codeLast!.stderr)).toBe(`ethics: '${ONES} wi' names its code last\nhint: the code comes first: 'ethics show wisconsin …1,1,1,1,1,1,1,1,1,1,1,1,1,1'\n`);
  });
});
