import { describe, expect, it } from "vitest";
import { choiceMessage } from "../../src/cli/usage-messages.js";
import { oneSlipApart } from "../../src/core/suggest.js";

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
