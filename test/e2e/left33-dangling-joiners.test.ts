// `ethics show wi 1 and` showed Wisconsin 1 alone, the "and" skipped; `wi 1,` and `wi,` dropped
// the comma: the next number or reference the joiner promised was left out without a word. A
// joiner with nothing after it (at the end, or before a `;`) is now a usage error naming it.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const unwrap = (text: string) => text.replace(/\n +/g, " ");
// The example is in the code typed (a reader in Wisconsin was offered Medi-Cal Integrity's), a
// command that runs.
const hintFor = (joiner: string, place: string) =>
  joiner === ","
    ? `hint: e.g. \`ethics show ${place} 1,3\` or \`ethics show wi 1, nc 2\`; or leave out the ','\n`
    : `hint: e.g. \`ethics show ${place} 1 ${quoted(joiner)} 3\` or \`ethics show wi 1 ${quoted(joiner)} nc 2\`; or leave out the '${joiner}'\n`;
// Commands that run: a shell reads a bare &.
const quoted = (joiner: string) => (joiner === "&" ? "'&'" : joiner);

describe("a joiner with nothing after it", () => {
  it.each([
    [["wi", "1", "and"], "and", "wi 1 and", "wisconsin"],
    [["wi 1 AND"], "AND", "wi 1 AND", "wisconsin"],
    [["wi", "1", "&"], "&", "wi 1 &", "wisconsin"],
    [["wi", "1,"], ",", "wi 1,", "wisconsin"],
    [["wi", "1", ","], ",", "wi 1,", "wisconsin"],
    [["wi,"], ",", "wi,", "wisconsin"],
    [["wi, nc,"], ",", "wi, nc,", "wisconsin"],
    [["medi-cal:integrity:12,"], ",", "medi-cal:integrity:12,", "medi-cal integrity"],
    [["medi-cal", "respect", "2", "and"], "and", "medi-cal respect 2 and", "medi-cal respect"],
    [["wi", "1", "and", ";", "nc", "2"], "and", "wi 1 and", "wisconsin"],
    [["Alaska · Conduct 4", "and"], "and", "Alaska · Conduct 4 and", "alaska conduct"],
    [["alaska", "conduct", "1", "2", "3", "4", "5", "6", "and"], "and", "… 2 3 4 5 6 and", "alaska conduct"],
  ])("show %j: a usage error naming it, nothing shown, exit 2", (words, joiner, quoted, place) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr)).toBe(`ethics: nothing after '${joiner}' in '${quoted}': expected a number or another reference\n${hintFor(joiner, place)}`);
    expect(result.code).toBe(2);
  });

  it.each([
    [["wi", "1", "and", "2"], ["Wisconsin 1", "Wisconsin 2"]],
    [["wi", "1", "and", "nc", "2"], ["Wisconsin 1", "North Carolina 2"]],
    [["wi", "1,", "nc", "2"], ["Wisconsin 1", "North Carolina 2"]],
    [["wi 1,3"], ["Wisconsin 1", "Wisconsin 3"]],
    [["wi", "12-"], ["Wisconsin 12", "Wisconsin 13", "Wisconsin 14", "Wisconsin 15"]],
  ])("show %j: a joiner with something after it still joins", (words, citations) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout.split("\n").filter((line) => /^[A-Z][A-Za-z ]+ \d+$/.test(line))).toEqual(citations);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
