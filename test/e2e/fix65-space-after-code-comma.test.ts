// `--code wi, nc`, a list typed as prose writes it: the shell ends the value at the space, and
// the message ("--code 'wi,' has an empty name (a stray comma?)") had an example list for its
// hint, not the one typed. Where a word follows the comma's value, the hint joins it on.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

const said = (flag: string, value: string) => `ethics: ${flag} '${value}' has an empty name (a stray comma?): it takes code names separated by commas\n`;

describe("a space after a comma in a list of codes", () => {
  it.each([
    [["search", "gifts", "--code", "wi,", "nc"], "--code", "wi,", "--code wi,nc"],
    [["topic", "gifts", "-c", "alaska,medi-cal,", "wi"], "--code", "alaska,medi-cal,", "--code alaska,medi-cal,wi"],
    [["quiz", "--code=wi,", "nc"], "--code", "wi,", "--code wi,nc"],
    [["topic", "gifts", "--codes", "wi,", "nc"], "--codes", "wi,", "--codes wi,nc"],
  ])("%j: the hint joins the next word to the list", (args, flag, value, joined) => {
    const result = ethics(args, { env: { COLUMNS: "80" } });
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(unwrapped(result.stderr)).toBe(`${said(flag, value)}hint: a space after the comma ends the value: ${joined}\n`);
    for (const line of result.stderr.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it.each([
    [["search", "gifts", "--code", "wi,"]],
    [["search", "gifts", "--code", "wi,", "--json"]],
    [["search", "gifts", "--code", ",wi", "nc"]],
  ])("%j: nothing to join, the hint's example list as before", (args) => {
    const result = ethics(args);
    expect(result.code).toBe(2);
    expect(unwrapped(result.stderr)).toMatch(/\nhint: e\.g\. --code alaska,medi-cal; `ethics list` names every code; leave --code out to use them all\n$/);
  });
});
