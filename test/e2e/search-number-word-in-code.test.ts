// `ethics search twelve --code wi` said "no standard of Wisconsin matches 'twelve'" and "it
// matches standards of other codes: search without --code", where `search 12 --code wi` says
// Wisconsin 12 is shown by `ethics show wisconsin 12`. A number said in words is a standard's
// number as its digits are; and other codes are said to match only where a search without
// --code finds the number in their words.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

describe("a number in words searched in one code", () => {
  it.each([[["twelve"]], [["Twelve."]], [["12"]]])("search %j --code wi: Wisconsin's 12 is shown by `show wisconsin 12`", (words) => {
    const run = ethics(["search", ...words, "--code", "wi"]);
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe(`ethics: no standard matches '${words.join(" ")}'\nhint: to show a standard by its number: \`ethics show wisconsin 12\`\n`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(1);
    expect(ethics(["show", "wisconsin", "12"]).stdout).toMatch(/^Wisconsin 12\n/);
  });

  it("no other code's words hold a twelve: none is said to match", () => {
    const everywhere = ethics(["search", "twelve", "--json"]);
    expect(JSON.parse(everywhere.stdout).hits).toEqual([]);
    expect(everywhere.code).toBe(1);
  });

  it.each([[["two"]], [["2"]]])("search %j --code wi: where other codes' words hold the number, both are said", (words) => {
    const run = ethics(["search", ...words, "--code", "wi"]);
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe(
      `ethics: no standard of Wisconsin matches '${words.join(" ")}'\nhint: to show a standard by its number: \`ethics show wisconsin 2\`; it matches standards of other codes: search without --code\n`,
    );
    expect(run.code).toBe(1);
    // and they do
    const everywhere = ethics(["search", ...words]);
    expect(everywhere.code).toBe(0);
    expect(everywhere.stdout).not.toBe("");
  });
});
