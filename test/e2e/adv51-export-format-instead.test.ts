// `ethics export --format pdf`: a trainer who asks for a format to print or a plain-text one is
// told which of export's formats gives it, as a command to paste that keeps the codes and topic
// asked for, not only the list of choices.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

describe("export --format given one it does not offer", () => {
  it("pdf: the printable HTML handout, with the topic and codes asked for", () => {
    const result = ethics(["export", "--topic", "gifts", "--code", "alaska", "--format", "pdf"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const said = unwrapped(result.stderr);
    expect(said).toContain("--format takes json, yaml, md, csv, anki, anki-cloze, anki-situations or html, not 'pdf'");
    expect(said).toContain("`ethics export --format html --code alaska --topic gifts > handout.html`");
    // The command suggested gives the handout.
    const handout = ethics(["export", "--format", "html", "--topic", "gifts", "--code", "alaska"]);
    expect(handout.code).toBe(0);
    expect(handout.stdout).toMatch(/^<!DOCTYPE html>/i);
  });

  it("txt: Markdown, which is plain text", () => {
    const result = ethics(["export", "-f", "txt"]);
    expect(result.code).toBe(2);
    expect(unwrapped(result.stderr)).toContain("Markdown is plain text: `ethics export --format md`");
  });

  // `--format txt --topic gifts` was told "Markdown has no --topic" once md took one; markdown,
  // excel and word were told the choices alone.
  it.each([
    [["export", "--format", "txt", "--topic", "gifts"], "Markdown is plain text: `ethics export --format md --topic gifts`", "*The standards on Gifts"],
    [["export", "alaska", "--format", "markdown"], "Markdown is md: `ethics export --format md --code alaska`", "# Code of Ethics for Alaska"],
    [["export", "-f", "excel", "-t", "gifts", "-c", "wi"], "for a spreadsheet, `ethics export --format csv --code wi --topic gifts --bom > standards.csv` and open it there (--bom: Excel reads its accents and curly quotes right)", "\uFEFFcode,section,"],
    [["export", "-f", "word", "-c", "wi"], "to print or hand out, `ethics export --format html --code wi > handout.html` and open it in a browser (print, or save as PDF)", "<!doctype html>"],
  ])("%j: the format that gives it, as a command that runs", (args, hint, begins) => {
    const result = ethics(args, { env: { COLUMNS: "80" } });
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(unwrapped(result.stderr)).toContain(`\nhint: ${hint}\n`);
    for (const line of result.stderr.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    const command = /`ethics ([^`>]*?)(?: >[^`]*)?`/.exec(hint)![1]!.split(" ");
    const run = ethics(command);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(JSON.parse(`"${begins}"`))).toBe(true);
  });

  it("a format nobody takes an export's for gets the choices alone", () => {
    const result = ethics(["export", "--format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain("hint:");
  });

  it("every line fits 80 columns", () => {
    const { stderr } = ethics(["export", "--topic", "gifts", "--format", "pdf"], { env: { COLUMNS: "80" } });
    for (const line of stderr.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });
});
