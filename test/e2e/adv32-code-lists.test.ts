// `--code "wi nc"` (and "wi;nc", "wi/nc", "wi and nc") was "no code 'wi nc'" with the list of
// codes as the hint, each of which had been typed: the hint now gives the commas --code takes.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

const commas = "hint: codes are separated by commas: --code wisconsin,north-carolina\n";

describe("--code with codes written apart", () => {
  it.each([
    [["search", "gifts", "--code", "wi nc"], "wi nc"],
    [["search", "gifts", "--code", "wi;nc"], "wi;nc"],
    [["topic", "gifts", "--code", "wi/nc"], "wi/nc"],
    [["export", "--format", "csv", "--code", "wi and nc"], "wi and nc"],
    [["random", "--code", "wi + nc"], "wi + nc"],
    [["quiz", "--code", "wi & nc", "--count", "1"], "wi & nc"],
  ])("%j: the hint gives the commas", (args, name) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`ethics: no code '${name}'\n${commas}`);
    expect(result.code).toBe(1);
  });

  it("a code whose name has a space is still that code", () => {
    const result = ethics(["search", "gifts", "--code", "north carolina", "--limit", "1", "--json"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).hits.map((hit: { code: string }) => hit.code)).toEqual(["north-carolina"]);
    expect(result.code).toBe(0);
  });

  it("a name that is no code, nor codes, gets the list of codes as before", () => {
    const result = ethics(["search", "gifts", "--code", "wi zz"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^ethics: no code 'wi zz'.*\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin;\n {6}a code of your own: add --data DIR \(its folder\) or set ETHICS_DATA=DIR\n$/);
    expect(result.code).toBe(1);
  });

  // `search gifts --code wi and nc`: --code took `wi`, and "and nc" was searched for as words,
  // in Wisconsin alone, exit 0; as `list wi and nc` reads codes joined so, the habit is met.
  it.each([
    [["search", "gifts", "--code", "wi", "and", "nc"], "'and nc' after --code wi", "`ethics search gifts --code wi,nc`"],
    [["search", "--code=wi", "&", "north", "carolina,", "alaska", "gifts"], "'& north carolina, alaska' after --code wi", "`ethics search --code=wi,north-carolina,alaska gifts`"],
    [["search", "gifts", "-c", "wi", ",nc", "--json"], "',nc' after --code wi", "`ethics search gifts -c wi,nc --json`"],
  ])("%j: a usage error whose hint puts the codes in --code's list", (args, said, hint) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(`ethics: ${said} would be searched for as words: --code takes one value, codes separated by commas\nhint: ${hint}\n`);
    expect(result.code).toBe(2);
    const command = /`ethics ([^`]*)`/.exec(hint)![1]!.split(" ");
    expect(ethics(command).code).toBe(0);
  });

  // random, quiz and topics take no arguments: "too many arguments", with a hint (`ethics random`)
  // that dropped the codes. Said as search says it, the hint the command with --code's list.
  it.each([
    [["random", "--code", "wi", "and", "nc"], "'and nc'", "random", "`ethics random --code wi,nc`"],
    [["quiz", "--code=wi", "&", "north", "carolina", "--worksheet"], "'& north carolina'", "quiz", "`ethics quiz --code=wi,north-carolina --worksheet`"],
    [["topics", "-c", "wi", "and", "nc"], "'and nc'", "topics", "`ethics topics -c wi,nc`"],
  ])("%j: a usage error whose hint puts the codes in --code's list", (args, typed, name, hint) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(`ethics: ${typed} after --code wi: ${name} takes no arguments, and --code one value, codes separated by commas\nhint: ${hint}\n`);
    expect(result.code).toBe(2);
    const command = /`ethics ([^`]*)`/.exec(hint)![1]!.split(" ");
    expect(ethics(command).code).toBe(0);
  });

  it("random's words after --code that join no code but name a topic are given to --topic (arguments-as-options.test.ts)", () => {
    const result = ethics(["random", "--code", "wi", "and", "money"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: random takes a topic with --topic, not as arguments\nhint: `ethics random --code wi --topic money-and-loans`\n");
    expect(result.code).toBe(2);
  });

  it("random's words after --code that join no code and name nothing are said so, --code kept", () => {
    const result = ethics(["random", "--code", "wi", "and", "frobnicate"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: random takes no arguments: 'and frobnicate' is neither a code (--code)\n        nor a topic (--topic)\nhint: `ethics random --code wi`; examples: `ethics help random`\n");
    expect(result.code).toBe(2);
  });

  // The same after --section, which takes one section: the hint is a search of each.
  it("search gifts --section conduct and integrity: a usage error whose hint searches each", () => {
    const result = ethics(["search", "gifts", "--section", "conduct", "and", "integrity"]);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(
      "ethics: 'and integrity' after --section conduct would be searched for as words: --section takes one section\n" +
        "hint: search each: `ethics search gifts --section conduct`, `ethics search gifts --section integrity`\n",
    );
    expect(result.code).toBe(2);
    for (const section of ["conduct", "integrity"]) expect(ethics(["search", "gifts", "--section", section]).code).toBe(0);
  });

  it("words after --code that join no code are the query's: --code wi and money", () => {
    const result = ethics(["search", "gifts", "--code", "wi", "and", "money", "--json"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).query).toBe("gifts and money");
    expect(result.code).toBe(0);
    expect(JSON.parse(ethics(["search", "gifts", "--section", "conduct", "and", "money", "--json"]).stdout).query).toBe("gifts and money");
  });

  // `export --code wi and nc`: export takes codes as arguments too, and "and" joins them, as
  // in `export wi and nc`; it was "no code 'and'".
  it("export --code wi and nc exports both, --code's first", () => {
    const result = ethics(["export", "--code", "wi", "and", "nc", "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).map((code: { id: string }) => code.id)).toEqual(["wisconsin", "north-carolina"]);
    expect(result.code).toBe(0);
  });
});
