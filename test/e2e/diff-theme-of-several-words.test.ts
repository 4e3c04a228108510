// `diff alaska medi-cal --topic astrology stuff`: the shell gives --topic "astrology" alone, and
// "stuff" was read as a third code: "no code 'stuff'". A theme of several words that names
// nothing (and has no slip to mend) now says so whole, as `topic astrology stuff` does; a
// word after the theme that the codes need is still a code.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const NO_THEME = "ethics: no topic or concept 'astrology stuff'\nhint: `ethics topics` lists the topics, `ethics concepts` the concepts\n";

describe("a theme of several words that names nothing", () => {
  it.each([
    [["diff", "alaska", "medi-cal", "--topic", "astrology", "stuff"]],
    [["diff", "alaska", "medi-cal", "-t", "astrology", "stuff"]],
    [["diff", "alaska", "medi-cal", "--topic=astrology", "stuff"]],
    [["diff", "alaska", "--topic", "astrology", "stuff", "medi-cal"]],
    [["diff", "--topic", "astrology", "stuff", "alaska", "medi-cal"]],
    [["diff", "north", "carolina", "alaska", "--topic", "astrology", "stuff"]],
    [["diff", "alaska", "medi-cal", "--topic", "astrology stuff"]],
    [["topic", "astrology", "stuff"]],
  ])("%j names the theme whole", (argv) => {
    const run = ethics(argv);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(NO_THEME);
    expect(run.code).toBe(1);
  });

  it("a code the comparison needs stays a code, and is named", () => {
    const run = ethics(["diff", "alaska", "--topic", "astrology", "medi-cl"]);
    expect(run.stderr).toMatch(/^ethics: no code 'medi-cl' — did you mean medi-cal\?\n/);
    expect(run.code).toBe(1);
  });
});
