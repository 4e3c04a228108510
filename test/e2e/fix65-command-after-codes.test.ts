// `ethics medi-cal show integrity 12`, as one says "Medi-Cal: show me Integrity 12", was read as a
// reference for show: "no section 'show integrity' in medi-cal"; `ethics medi-cal export
// --format md` was an unknown command and the list of commands. A command named after the codes
// it is asked of comes first in the hint's command, the codes its arguments, or its --code
// where it takes them so; the hint runs.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

const said = (word: string) => `ethics: unknown command '${word}': the command comes first, then what it is asked of\n`;

describe("a command named after the codes it is asked of", () => {
  it.each([
    [["medi-cal", "show", "integrity", "12"], "medi-cal", "`ethics show medi-cal integrity 12`"],
    [["medi-cal", "integrity", "12", "show"], "medi-cal", "`ethics show medi-cal integrity 12`"],
    [["alaska", "diff", "medi-cal"], "alaska", "`ethics diff alaska medi-cal`"],
    [["alaska", "medi-cal", "diff"], "alaska", "`ethics diff alaska medi-cal`"],
    [["medi-cal", "list"], "medi-cal", "`ethics list medi-cal`"],
    [["medi-cal", "export", "--format", "md"], "medi-cal", "`ethics export medi-cal --format md`"],
    [["medi-cal", "search", "texting"], "medi-cal", "`ethics search texting --code medi-cal`"],
    [["alaska", "topic", "gifts"], "alaska", "`ethics topic gifts --code alaska`"],
    [["north", "carolina", "random", "--seed", "3"], "north", "`ethics random --seed 3 --code north-carolina`"],
    [["alaska", "medi-cal", "topics"], "alaska", "`ethics topics --code alaska,medi-cal`"],
    [["alsaka", "show", "conduct", "4"], "alsaka", "no code 'alsaka' — did you mean alaska? `ethics show alaska conduct 4`"],
  ])("ethics %j: the hint puts the command first", (args, word, hint) => {
    const result = ethics(args, { env: { COLUMNS: "80" } });
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(unwrapped(result.stderr)).toBe(`${said(word)}hint: ${hint}\n`);
    for (const line of result.stderr.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    const command = /`ethics ([^`]*)`/.exec(hint)![1]!.split(" ");
    expect(ethics(command.includes("quiz") ? [...command, "--json"] : command).code).toBe(0);
  });

  it("with nothing for the command to be asked, its help is named", () => {
    const result = ethics(["medi-cal", "search"]);
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(unwrapped(result.stderr)).toBe(`${said("medi-cal")}hint: \`ethics help search\` shows what it takes, with examples\n`);
  });

  it("show's own refusal of the references is the hint", () => {
    const result = ethics(["medi-cal", "show", "integrity", "99"]);
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(unwrapped(result.stderr)).toBe(`${said("medi-cal")}hint: Medi-Cal Integrity has no 99; Medi-Cal Integrity has 1–14\n`);
  });

  it.each([
    // A reference as typed is still show's; a question is still search's.
    [["alaska", "conduct", "4"], "ethics: unknown command 'alaska' — show prints codes, sections and standards\nhint: `ethics show alaska conduct 4`\n"],
    [["can", "I", "list", "my", "client", "as", "a", "reference"], "ethics: unknown command 'can' — search finds the standards on a question\nhint: `ethics search can I list my client as a reference`\n"],
  ])("ethics %j: words that are no command after codes are read as before", (args, stderr) => {
    const result = ethics(args);
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(unwrapped(result.stderr)).toBe(stderr);
  });
});
