// At 30 columns with colour, `diff california medi-cal` began a line with six empty dim runs
// ("… and 5 more: --full shows" / "them"), and `topic gifts` printed a line of escapes alone
// after each code with no standard on a concept: styles seen and closed were replayed after a
// break, and a dim dash padded with spaces wrapped its closing escape onto a line of its own.
import { describe, expect, it } from "vitest";
import { ethicsAll } from "./run.js";

const ESCAPE = /\x1b\[[0-9;]*m/g;

describe("narrow and coloured: every line shows something, and the text is the plain text", () => {
  it.each([[["topic", "gifts"]], [["diff", "california", "medi-cal"]], [["show", "medi-cal", "integrity", "12"]]])("ethics %j", async (args) => {
    const [coloured, plain] = await ethicsAll([
      [args, { env: { COLUMNS: "30", FORCE_COLOR: "1" } }],
      [args, { env: { COLUMNS: "30" } }],
    ]);
    expect(coloured!.code).toBe(0);
    expect(coloured!.stdout).toMatch(ESCAPE);
    const lines = coloured!.stdout.split("\n");
    for (const line of lines) if (line.replace(ESCAPE, "").trim() === "") expect(line).toBe(line.replace(ESCAPE, ""));
    // No empty styled run: a style opened and closed at once.
    expect(coloured!.stdout).not.toMatch(/\x1b\[2m\x1b\[22m/);
    expect(coloured!.stdout.replace(ESCAPE, "")).toBe(plain!.stdout);
  });
});
