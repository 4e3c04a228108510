// Options typed with a typographic dash (a word processor's or phone's — for --, a fullwidth
// keyboard's －－) were no options: `search gifts —json` searched for "json" as a word and
// printed text, `show wi 1 —json` said "no code '-json'". Such a word naming an option the
// command takes is now a usage error naming the option meant; other dash-led words are words.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("an option typed with a typographic dash", () => {
  it.each<[string[], string]>([
    [["search", "gifts", "—json"], "'—json' starts with an em dash, not '--' — did you mean --json?"],
    [["search", "gifts", "–-limit", "3"], "'–-limit' starts with an en dash, not '--' — did you mean --limit?"],
    [["search", "gifts", "－－json"], "'－－json' starts with a fullwidth hyphen-minus, not '--' — did you mean --json?"],
    [["search", "gifts", "–json"], "'–json' starts with an en dash, not '--' — did you mean --json?"],
    [["show", "wi", "1", "—json"], "'—json' starts with an em dash, not '--' — did you mean --json?"],
    [["list", "—no-pager"], "'—no-pager' starts with an em dash, not '--' — did you mean --no-pager?"],
  ])("%j is a usage error naming the option", (args, message) => {
    const result = ethics(args);
    expectShortFailure(result, 2, `ethics: ${message}`);
    expect(result.stderr).toContain("hint: options are typed with plain hyphens (-); after -- no word is an option\n");
    for (const line of result.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("a dash-led word that names no option is still searched", () => {
    const result = ethics(["search", "—and", "gifts", "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).query).toBe("—and gifts");
  });

  it("after --, an option's name with a dash is a word of the query", () => {
    const result = ethics(["search", "gifts", "--json", "--", "—json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).query).toBe("gifts —json");
  });
});
