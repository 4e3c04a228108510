// `search wisconsin 12` is a search of numbers alone in Wisconsin (no hit without a 12 in its
// words, and the show command), but `search wi 12` read "wi" as a word: search's names of codes
// take no alias under three letters, so it answered with loosely related standards, none with a
// 12 in them, and exit 0. Beside numbers alone a word is now a code's name as `show` reads it.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const unwrap = (text: string) => text.replace(/\n {6}/g, " ");

describe("a two-letter alias in a search of numbers", () => {
  it.each([
    [["wi", "12"], "`ethics show wi 12`"],
    [["nc", "12"], "`ethics show nc 12`"],
    [["12", "WI"], "`ethics show wisconsin 12`"],
  ])("%j: no loosely related hits; nothing holds it, so the show command, exit 1", (words, command) => {
    const result = ethics(["search", ...words]);
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr)).toBe(`ethics: no standard matches '${words.join(" ")}'\nhint: to show a standard by its number: ${command}\n`);
    expect(result.code).toBe(1);
  });

  it.each([
    [["wi", "1"], ["wisconsin", "1"]],
    [["ak", "1"], ["alaska", "1"]],
    [["mc", "1"], ["medi-cal", "1"]],
    [["wi", "ak", "1"], ["wisconsin", "alaska", "1"]],
  ])("%j answers as %j does", (alias, name) => {
    const short = ethics(["search", ...alias]);
    const long = ethics(["search", ...name]);
    expect(short.stdout).not.toBe("");
    expect(short.stdout).toBe(long.stdout);
    expect(short.stderr).toMatch(/^hint: to search .* alone, add --code /);
    expect(short.stderr.split("\n")[0]).toBe(long.stderr.split("\n")[0]);
    expect(short.code).toBe(0);
  });

  it("--json: every hit holds the number, as with the code's full name", () => {
    const short = ethics(["search", "ak", "1", "--json"]);
    const long = ethics(["search", "alaska", "1", "--json"]);
    const hits = (stdout: string) => (JSON.parse(stdout).hits as { citation: string; matched: string[] }[]);
    expect(hits(short.stdout).length).toBeGreaterThan(0);
    for (const hit of hits(short.stdout)) expect(hit.matched.length).toBeGreaterThan(0);
    expect(hits(short.stdout)).toEqual(hits(long.stdout));
    expect(short.stderr).toBe("");
  });

  it("a word that names no code keeps the query a search of words", () => {
    const result = ethics(["search", "xy", "12"]);
    expect(result.stdout).toMatch(/^No standard answers all of this\. Loosely related:\n/);
    expect(result.code).toBe(0);
  });
});
