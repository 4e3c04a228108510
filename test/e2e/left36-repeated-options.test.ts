// `search gifts --limit 3 --limit 5` searched with 5 and said nothing of the 3, as did every
// option of one value given twice (--format, --section, --topic, --seed, …): which one the user
// meant is not for ethics to guess. As clap-based tools do, an option of one value given twice
// with different values is now a usage error naming it; options that take lists add up
// (--code, --data, and diff's --only), and the same value twice is the same request.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("an option of one value given twice", () => {
  it.each([
    [["search", "gifts", "--limit", "3", "--limit", "5"], "--limit", "'3', then '5'"],
    [["search", "gifts", "-n", "3", "--limit=5"], "--limit", "'3', then '5'"],
    [["search", "gifts", "-n3", "-n", "5"], "--limit", "'3', then '5'"],
    [["search", "gifts", "--section", "boundaries", "--section", "conduct"], "--section", "'boundaries', then 'conduct'"],
    [["export", "--format", "md", "--format", "csv", "--code", "alaska"], "--format", "'md', then 'csv'"],
    [["random", "--seed", "1", "--seed", "2"], "--seed", "'1', then '2'"],
    [["quiz", "--count", "2", "--count", "3", "--code", "alaska"], "--count", "'2', then '3'"],
    [["random", "--topic", "gifts", "-t", "boundaries"], "--topic", "'gifts', then 'boundaries'"],
  ])("%j: a usage error naming it", (args, name, values) => {
    expectShortFailure(ethics(args), 2, `ethics: ${name} was given twice (${values}); it takes one value\nhint: give ${name} once`);
  });

  it("the same value twice is one request", () => {
    const once = ethics(["search", "gifts", "--limit", "2"]);
    expect(ethics(["search", "gifts", "--limit", "2", "-n", "2"])).toEqual(once);
    expect(once.code).toBe(0);
  });

  // Compared as the option reads them: `03` is 3, and `Prohibits` prohibits, as given once.
  it.each([
    [["search", "gifts", "--limit", "3"], ["search", "gifts", "--limit", "3", "--limit", "03"]],
    [["search", "gifts", "-n", "02"], ["search", "gifts", "-n", "2", "--limit=0002"]],
    [["random", "--seed", "1"], ["random", "--seed", "01", "--seed", "1"]],
    [["show", "medi-cal", "--strength", "prohibits"], ["show", "medi-cal", "--strength", "Prohibits", "--strength", "prohibits"]],
    // A name is read in any case: `--topic Gifts` is the topic gifts, so given twice it is one request.
    [["random", "--topic", "gifts", "--seed", "1"], ["random", "--topic", "gifts", "-t", "Gifts", "--seed", "1"]],
    [["quiz", "--topic", "gifts", "--seed", "1", "--json"], ["quiz", "--topic", "gifts", "--topic", "GIFTS", "--seed", "1", "--json"]],
    [["search", "gifts", "--section", "integrity"], ["search", "gifts", "--section", "Integrity", "-s", "integrity"]],
  ])("%j and %j: one value, however spelt", (once, twice) => {
    const result = ethics(once);
    expect(result.code).toBe(0);
    expect(ethics(twice)).toEqual(result);
  });

  it("the same name in other case, which the option refuses, is refused for what it is, not as given twice", () => {
    expectShortFailure(ethics(["export", "--code", "wi", "--format", "md", "--format", "MD"]), 2, "ethics: --format takes json, yaml, md, csv, anki, anki-cloze, anki-situations or html, not 'MD'");
  });

  it("a value the option refuses, given twice, is refused for what it is", () => {
    expectShortFailure(ethics(["search", "gifts", "--limit", "x", "--limit", "3"]), 2, "ethics: --limit was given twice ('x', then '3'); it takes one value\nhint: give --limit once");
  });

  it("options that take lists add up: --code, and diff's --only", () => {
    const both = ethics(["search", "gifts", "--code", "alaska,wisconsin", "--json"]);
    expect(ethics(["search", "gifts", "--code", "alaska", "--code", "wisconsin", "--json"])).toEqual(both);
    const only = ethics(["diff", "wwt", "medi-cal", "--only", "added,changed", "--json"]);
    expect(only.code).toBe(0);
    expect(ethics(["diff", "wwt", "medi-cal", "--only", "added", "--only", "changed", "--json"])).toEqual(only);
  });
});
