// `ethics show wi 1 to` (or `through`, `thru`) said "no code 'to'", exit 1: the range word was
// read as the next reference's code name, though the number it promised was left out. It is now
// a usage error naming it, as a dangling "and" is. `wi 1-` is an open range, and stays one; a
// title may end in "to", so only a range word after a number is read so.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const unwrap = (text: string) => text.replace(/\n +/g, " ");

describe("a range word with nothing after it", () => {
  it.each([
    [["wi", "1", "to"], "to", "wi 1 to"],
    [["wi", "1", "through"], "through", "wi 1 through"],
    [["wi 1 THRU"], "THRU", "wi 1 THRU"],
    [["wi", "#2", "to"], "to", "wi #2 to"],
    [["medi-cal", "integrity", "5", "to"], "to", "medi-cal integrity 5 to"],
    [["wi", "1", "and", "3", "to"], "to", "wi 1 and 3 to"],
    [["wi", "1", "to", ";", "nc", "2"], "to", "wi 1 to"],
  ])("show %j: a usage error naming it, nothing shown, exit 2", (words, joiner, quoted) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr)).toBe(
      `ethics: nothing after '${joiner}' in '${quoted}': expected the number the range ends at\n` +
        `hint: e.g. medi-cal integrity 5 ${joiner} 7, or 5- for 5 to the last\n`,
    );
    expect(result.code).toBe(2);
  });

  // "wi 1 to nc 2" said "no code 'to'" too: the range word joins no second number.
  it.each([
    [["wi", "1", "to", "nc", "2"], "nc", "to", "wi 1 to nc"],
    [["wi 1 through alaska conduct 2"], "alaska", "through", "wi 1 through alaska"],
  ])("show %j: a usage error naming the word where the number belongs, exit 2", (words, after, joiner, quoted) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr)).toBe(
      `ethics: '${after}' after '${joiner}' in '${quoted}': expected the number the range ends at\n` +
        `hint: e.g. medi-cal integrity 5 ${joiner} 7, or 5- for 5 to the last\n`,
    );
    expect(result.code).toBe(2);
  });

  it.each([
    [["wi", "1", "to", "3"], ["Wisconsin 1", "Wisconsin 2", "Wisconsin 3"]],
    [["wi", "1", "to", "2", "and", "nc", "2"], ["Wisconsin 1", "Wisconsin 2", "North Carolina 2"]],
    [["wi", "13", "through", "15"], ["Wisconsin 13", "Wisconsin 14", "Wisconsin 15"]],
    [["wi", "13-"], ["Wisconsin 13", "Wisconsin 14", "Wisconsin 15"]],
  ])("show %j: a range with both ends, or open, still shows it", (words, citations) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout.split("\n").filter((line) => /^[A-Z][A-Za-z ]+ \d+$/.test(line))).toEqual(citations);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
