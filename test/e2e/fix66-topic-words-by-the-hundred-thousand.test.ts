// The words typed after --topic's value that are read as the theme's were taken out of what was
// typed by looking each place up in the list of them all: 150,000 words after `random --topic`
// took 16 s, 8 of them there (quadratic, though no argument list a system takes makes it pass
// the runs' own limit). Looked up in a set; the theme is refused as a theme of a few words is.
import { describe, expect, it } from "vitest";
import { ethicsAll, STACK_TRACE, unwrapped } from "./run.js";
import { linesWiderThan } from "./terminal-run.js";

describe("150,000 words after --topic", () => {
  it("are the theme's, refused as a few words are", async () => {
    const words = Array.from({ length: 150_000 }, () => "word");
    const runs = [["random", "--topic", ...words], ["quiz", "--topic", ...words]];
    const results = await ethicsAll(runs.map((args): [string[]] => [args]));
    results.forEach((result, at) => {
      const label = runs[at]![0]!;
      expect(result.code, label).toBe(1);
      expect(result.stdout, label).toBe("");
      expect(result.stderr, label).not.toMatch(STACK_TRACE);
      expect(unwrapped(result.stderr), label).toBe("ethics: no topic 'word word word word … word word word'\nhint: `ethics topics` lists them\n");
      expect(linesWiderThan(result.stderr, 80), label).toEqual([]);
    });
  });
});
