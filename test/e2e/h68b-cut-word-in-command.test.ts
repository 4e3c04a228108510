// A word of more than 4,096 characters (a path's longest) is cut wherever a message says it
// back; in a command offered, the command kept its backticks, `ethics topic aaa…aaa`, as though
// it ran as printed, when pasted it named another topic. It reads as cut: in quotes.
import { describe, expect, it } from "vitest";
import { ethicsAll, unwrapped } from "./run.js";
import { linesWiderThan } from "./terminal-run.js";

describe("a command offered with a word cut in it", () => {
  it("reads as cut, in quotes, and fits 80 columns", async () => {
    const word = "a".repeat(5_000);
    const [result] = await ethicsAll([[["topics", word], { env: { COLUMNS: "80" } }]]);
    expect(unwrapped(result!.stderr)).toBe(
      "ethics: topics takes no arguments, not 'aaaaaaaaaaaaaaaaaaaa…aaaaaaaaaaaaaaaaaaa' — did you mean topic?\nhint: 'ethics topic aaaaaaaaaaaaaaaaaaaa…aaaaaaaaaaaaaaaaaaa'\n",
    );
    expect(linesWiderThan(result!.stderr, 80)).toEqual([]);
    expect(result!.code).toBe(2);
  });
});
