// Messages that list the words typed listed every one: a script's 20,000 arguments made 'alsaka'
// or 'alsaka' or … (half a megabyte) of random's refusal, and diff's "not 40000: north-carolina,
// wisconsin, …"; `ethics topics` and 100,000 words was offered `ethics topic` and all of them.
// Each word is said once, a few at most, the rest counted; a command that long is cut between words.
import { describe, expect, it } from "vitest";
import { ethicsAll, STACK_TRACE, unwrapped } from "./run.js";
import { linesWiderThan } from "./terminal-run.js";

const many = (words: readonly string[], times: number) => Array.from({ length: times }, () => words).flat();

describe("a list of the words typed, by the thousand", () => {
  it("is said short: each word once, a few at most", async () => {
    const runs: [string[], string][] = [
      [["random", ...many(["alsaka"], 20_000)], "ethics: random takes codes with --code, not as arguments, and there is no code 'alsaka': did you mean alaska?\nhint: `ethics random --code alaska`\n"],
      [["quiz", "alsaka", "alsaka"], "ethics: quiz takes codes with --code, not as arguments, and there is no code 'alsaka': did you mean alaska?\nhint: `ethics quiz --code alaska`\n"],
      [["random", ...many(["word", "wi"], 20_000)], "ethics: random takes no arguments: 'word' is neither a code nor a topic; 'wi' names a code (Wisconsin), given with --code\nhint: `ethics random --code wisconsin`\n"],
      [["random", ...many(["stuff", "wi"], 3), "more", "wi", "things", "wi", "x", "wi", "y", "z", "wi"], "ethics: random takes no arguments: 'stuff', 'more', 'things', 'x' and 'y z' are neither a code nor a topic; 'wi' names a code (Wisconsin), given with --code\nhint: `ethics random --code wisconsin`\n"],
      [["random", ..."a b c d e f g h".split(" ").flatMap((word) => [`${word}x`, "wi"])], "ethics: random takes no arguments: 'ax', 'bx', 'cx', 'dx', 'ex', 'fx' and 2 more are neither a code nor a topic; 'wi' names a code (Wisconsin), given with --code\nhint: `ethics random --code wisconsin`\n"],
      [["diff", "alaska", ...many(["differ"], 20_000), "medi-cal"], "ethics: diff compares two codes: 'differ' names none\nhint: `ethics diff alaska medi-cal`\n"],
      [["diff", ...many(["nc", "wi"], 20_000)], "ethics: diff compares two codes, not 40000: north-carolina, wisconsin, north-carolina, wisconsin, north-carolina, wisconsin and 39,994 more\nhint: `ethics diff north-carolina wisconsin`\n"],
      [["topics", ...many(["word"], 100_000)], "ethics: topics takes no arguments, and there is no topic or concept 'word word word word … word word word'\nhint: `ethics topics` lists the topics\n"],
    ];
    const results = await ethicsAll(runs.map(([args]): [string[]] => [args]));
    results.forEach((result, at) => {
      const label = runs[at]![0].slice(0, 4).join(" ");
      expect(result.code, label).toBe(2);
      expect(result.stdout, label).toBe("");
      expect(result.stderr, label).not.toMatch(STACK_TRACE);
      expect(unwrapped(result.stderr), label).toBe(runs[at]![1]);
      expect(linesWiderThan(result.stderr, 80), label).toEqual([]);
    });
  });
});
