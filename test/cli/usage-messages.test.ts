import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Command } from "commander";
import { choiceMessage, formatInstead, hintGivesShowExample } from "../../src/cli/usage-messages.js";
import { hintCodesOf } from "../../src/core/codes/code-named-back.js";
import { readCodeDir } from "../../src/core/codes/load.js";
import { oneSlipApart } from "../../src/core/suggest.js";
import type { Library } from "../../src/model.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../data"), "builtin"), topics: [], concepts: [] };

const FORMAT = (value: string) =>
  `option '-f, --format <format>' argument '${value}' is invalid. Allowed choices are json, yaml, md, csv, anki, anki-cloze, html.`;
const SHELL = (value: string) => `command-argument value '${value}' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.`;

describe("commander's refused choices, said as ethics says its option errors", () => {
  it.each([
    [FORMAT("jsn"), "export", "--format takes json, yaml, md, csv, anki, anki-cloze or html, not 'jsn' — did you mean json?"],
    [FORMAT("JSON"), "export", "--format takes json, yaml, md, csv, anki, anki-cloze or html, not 'JSON' — did you mean json?"],
    [FORMAT("anki_cloze"), "export", "--format takes json, yaml, md, csv, anki, anki-cloze or html, not 'anki_cloze' — did you mean anki-cloze?"],
    // Two slips from a choice is no suggestion: "pdf" is not "md".
    [FORMAT("pdf"), "export", "--format takes json, yaml, md, csv, anki, anki-cloze or html, not 'pdf'"],
    [SHELL("zhs"), "completion", "completion takes bash, zsh or fish, not 'zhs' — did you mean zsh?"],
    [SHELL("tcsh"), "completion", "completion takes bash, zsh or fish, not 'tcsh'"],
    ["unknown option '--bogus'", "search", undefined],
  ])("%s", (message, command, said) => {
    expect(choiceMessage(message, command)).toBe(said);
  });
});

describe("a format export does not offer, and what to use instead", () => {
  const typed = (...words: string[]) => ["export", ...words];
  it.each([
    [FORMAT("pdf"), "export", typed("--format", "pdf"), "to print or hand out, `ethics export --format html > handout.html` and open it in a browser (print, or save as PDF)"],
    [FORMAT("DOCX"), "export", typed("-f", "DOCX"), "to print or hand out, `ethics export --format html > handout.html` and open it in a browser (print, or save as PDF)"],
    [FORMAT(".pdf"), "export", typed("-f", ".pdf"), "to print or hand out, `ethics export --format html > handout.html` and open it in a browser (print, or save as PDF)"],
    // The codes and topic asked for are kept, as a pasted command must read them.
    [FORMAT("pdf"), "export", typed("--topic", "gifts", "-c", "alaska", "--format", "pdf"), "to print or hand out, `ethics export --format html --code alaska --topic gifts > handout.html` and open it in a browser (print, or save as PDF)"],
    // Codes named as export's arguments, as --code: kept too, each given back as a code.
    [FORMAT("pdf"), "export", typed("alaska", "north", "carolina", "--format", "pdf", "--data", "x"), "to print or hand out, `ethics export --format html --code alaska,north-carolina > handout.html` and open it in a browser (print, or save as PDF)"],
    [FORMAT("txt"), "export", typed("alsaka", "-f", "txt", "--code", "wi"), "Markdown is plain text: `ethics export --format md --code wi,alaska`; no code 'alsaka' — did you mean alaska?"],
    // Markdown takes --topic, as html and csv do: kept (it was left out, "Markdown has no --topic").
    [FORMAT("txt"), "export", typed("--topic", "gifts", "-f", "txt"), "Markdown is plain text: `ethics export --format md --topic gifts`"],
    [FORMAT("markdown"), "export", typed("-f", "markdown", "wi"), "Markdown is md: `ethics export --format md --code wi`"],
    [FORMAT("Word"), "export", typed("-f", "Word"), "to print or hand out, `ethics export --format html > handout.html` and open it in a browser (print, or save as PDF)"],
    [FORMAT("xlsx"), "export", typed("-f", "xlsx", "-t", "gifts"), "for a spreadsheet, `ethics export --format csv --topic gifts --bom > standards.csv` and open it there (--bom: Excel reads its accents and curly quotes right)"],
    [FORMAT("excel"), "export", typed("-f", "excel", "-c", "nope"), "for a spreadsheet, export with --format csv --bom and open it there (--bom: Excel reads its accents and curly quotes right); no code 'nope': `ethics list` shows the codes"],
    [FORMAT("txt"), "export", typed("--code=medi cal", "-f", "txt"), "Markdown is plain text: `ethics export --format md --code medi-cal`"],
    // A short option with its value glued on, as commander reads it: it was left out.
    [FORMAT("pdf"), "export", typed("-calaska,wi", "-tgifts", "-f", "pdf"), "to print or hand out, `ethics export --format html --code alaska,wi --topic gifts > handout.html` and open it in a browser (print, or save as PDF)"],
    [FORMAT("txt"), "export", typed("-f", "txt", "--", "--code", "x"), "Markdown is plain text: `ethics export --format md`"],
    // A code typed that names none is not given back as if it did: the code offered for it, or none.
    [FORMAT("txt"), "export", typed("--code", "alsaka", "-f", "txt"), "Markdown is plain text: `ethics export --format md --code alaska`; no code 'alsaka' — did you mean alaska?"],
    [FORMAT("pdf"), "export", typed("-c", "wi,nope", "-f", "pdf"), "to print or hand out, export with --format html and open it in a browser (print, or save as PDF); no code 'nope': `ethics list` shows the codes"],
    // Nothing to offer for a format nobody would take an export's for.
    [FORMAT("xyz"), "export", typed("-f", "xyz"), undefined],
    [SHELL("pdf"), "completion", ["completion", "pdf"], undefined],
  ])("%s %s %j", (message, command, args, hint) => {
    expect(formatInstead(message, command, args, hintCodesOf(library))).toBe(hint);
  });
});

describe("one slip apart", () => {
  it.each([
    ["jsn", "json", true],
    ["yml", "yaml", true],
    ["zhs", "zsh", true],
    ["json", "json", true],
    ["pdf", "md", false],
    ["tcsh", "bash", false],
    ["hsz", "zsh", false],
  ])("%s / %s: %s", (a, b, near) => {
    expect(oneSlipApart(a, b)).toBe(near);
  });
});

describe("the one error whose hint needs show's example read from the library", () => {
  it.each([
    ["show", "error: missing required argument 'reference'\n", true],
    ["show", "error: option '--strength <strength>' argument missing\n", false],
    ["show", "error: unknown option '--bogus'\n", false],
    ["search", "error: missing required argument 'query'\n", false],
    ["diff", "error: missing required argument 'codes'\n", false],
  ])("%s: %j", (name, text, needs) => {
    expect(hintGivesShowExample(new Command(name), text)).toBe(needs);
  });
});
