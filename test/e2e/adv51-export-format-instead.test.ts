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
