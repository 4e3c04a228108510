// A command a hint gives: whole where it can be copied (a few lines of words, its folders
// aside), to run as printed; else cut in the middle between words and quoted, since it runs no
// more. The one rule for the core's hints (code-last) and the command line's (typed-words).
import { describe, expect, it } from "vitest";
import { commandShown } from "../../src/core/command-shown.js";
import { visibleLength } from "../../src/core/text-width.js";

const ones = `1,${"1,".repeat(5_000)}1`;
const folder = `/tmp/${"long-folder-name/".repeat(200)}codes`;

describe("commandShown", () => {
  it.each<[string, string, number, string]>([
    ["a short command", "`ethics show medi-cal integrity 12`", 50, "`ethics show medi-cal integrity 12`"],
    ["three lines", `\`ethics show ${"x".repeat(228)}\``, 50, `\`ethics show ${"x".repeat(228)}\``],
    // One long word, too near the start for a cut between words: cut inside it.
    ["a column more: one long word", `\`ethics show ${"x".repeat(229)}\``, 50, `'ethics show ${"x".repeat(13)}…${"x".repeat(24)}'`],
    ["wide letters", `\`ethics show ${"漢".repeat(120)}\``, 50, `'ethics show …${"漢".repeat(18)}'`],
    // Words before a list glued of thousands of numbers: the code kept whole, not "wisconsi…".
    ["a list glued of numbers", `\`ethics show wisconsin ${ones}\``, 50, `'ethics show wisconsin …${"1,".repeat(13)}1'`],
    ["a hundred thousand words", `\`ethics topic ${"word ".repeat(100_000).trim()}\``, 70, "'ethics topic word word word word … word word word word word word word'"],
    // A folder is kept whole, however long: the command still runs as printed.
    ["a long folder", `\`ethics --data ${folder} show mine 1\``, 50, `\`ethics --data ${folder} show mine 1\``],
    ["a long folder quoted", `\`ethics --data '${folder} x' show mine 1\``, 50, `\`ethics --data '${folder} x' show mine 1\``],
  ])("%s", (_, command, columns, shown) => {
    const said = commandShown(command, columns);
    expect(said).toBe(shown);
    if (said !== command) expect(visibleLength(said)).toBeLessThanOrEqual(columns + 2);
  });
});
