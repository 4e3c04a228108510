// `ethics search texting --code alaska medi-cal`: --code took "alaska", and "medi-cal" was
// searched for as a word, in Alaska alone, with nothing said; `search gifts --code wi nc` gave
// Wisconsin 12 and no word of North Carolina. A code typed after --code's value is said as one
// joined by "and" is, with the command that searches both; where the codes were the whole
// query, the command is given an example query, so that it runs.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

const takesOne = "would be searched for as words: --code takes one value, codes separated by commas";

/** The command a hint gives, as its words. */
function hintCommand(stderr: string): string[] {
  return /`ethics ([^`]*)`/.exec(unwrapped(stderr))![1]!.split(" ");
}

describe("codes typed after --code's value, with nothing between", () => {
  it.each([
    [["search", "texting", "--code", "alaska", "medi-cal"], "'medi-cal' after --code alaska", "`ethics search texting --code alaska,medi-cal`"],
    [["search", "gifts", "--code", "wi", "nc", "-n", "2"], "'nc' after --code wi", "`ethics search gifts --code wi,nc -n 2`"],
    [["search", "-c", "wi", "mc,ak", "gifts"], "'mc,ak' after --code wi", "`ethics search -c wi,mc,ak gifts`"],
    [["search", "gifts", "--code=wi", "north", "carolina", "and", "ak", "money"], "'north carolina and ak' after --code wi", "`ethics search gifts --code=wi,north-carolina,ak money`"],
    // Each name once: the list was every one typed, 600 names for three codes.
    [["search", "--code", "alaska", ...Array.from({ length: 300 }, () => ["wi", "nc"]).flat(), "gifts"], "'wi nc wi nc wi nc wi … wi nc wi nc wi nc' after --code alaska", "`ethics search --code alaska,wi,nc gifts`"],
  ])("%j: a usage error whose hint searches every code named", (args, said, hint) => {
    const result = ethics(args, { env: { COLUMNS: "80" } });
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(unwrapped(result.stderr)).toBe(`ethics: ${said} ${takesOne}\nhint: ${hint}\n`);
    for (const line of result.stderr.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    const searched = ethics([...hintCommand(result.stderr), "--json"]);
    expect(searched.code).toBe(0);
  });

  it("the codes named are those the hint's search answers from", () => {
    const hint = hintCommand(ethics(["search", "gifts", "--code", "wi", "nc"]).stderr);
    const codes = new Set(JSON.parse(ethics([...hint, "--json"]).stdout).hits.map((hit: { code: string }) => hit.code));
    expect([...codes].sort()).toEqual(["north-carolina", "wisconsin"]);
  });

  it.each([
    [["search", "--code", "wi", "nc"], "'nc' after --code wi"],
    [["search", "--code", "wi", "and", "nc"], "'and nc' after --code wi"],
  ])("%j: no query left, the hint's search has an example one", (args, said) => {
    const result = ethics(args);
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(unwrapped(result.stderr)).toBe(`ethics: ${said} ${takesOne}\nhint: e.g. \`ethics search --code wi,nc gifts\`\n`);
    expect(ethics(hintCommand(result.stderr)).code).toBe(0);
  });

  it.each([
    // "medical" is an alias of Medi-Cal and a word: after --code, as in a query, it is the word.
    [["search", "--code", "alaska", "medical", "records", "--json"], "medical records", ["alaska"]],
    // The code --code names already, said again, is a word of the question.
    [["search", "--code", "alaska", "alaska", "native", "--json"], "alaska native", ["alaska"]],
    [["search", "gifts", "--code", "wi", "and", "money", "--json"], "gifts and money", ["wisconsin"]],
  ])("%j: words that are no other code stay the query's", (args, query, codes) => {
    const result = ethics(args);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const found = JSON.parse(result.stdout);
    expect(found.query).toBe(query);
    expect([...new Set(found.hits.map((hit: { code: string }) => hit.code))]).toEqual(codes);
  });
});
