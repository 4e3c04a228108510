import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { typographicDashOption, typographicOptionWord } from "../../src/cli/typographic-dashes.js";

const refused = (args: string[]) => typographicDashOption(buildProgram(["node", "ethics", ...args]), args);

describe("a word led by a typographic dash", () => {
  it.each<[string, ReturnType<typeof typographicOptionWord>]>([
    ["—json", { dashes: "—", name: "json" }],
    ["–-limit", { dashes: "–-", name: "limit" }],
    ["-–limit", { dashes: "-–", name: "limit" }],
    ["－－ｊｓｏｎ", { dashes: "－－", name: "json" }],
    ["−−JSON", { dashes: "−−", name: "json" }],
    ["—limit=3", { dashes: "—", name: "limit", value: "3" }],
  ])("%s is read as dashes and a name", (word, expected) => {
    expect(typographicOptionWord(word)).toEqual(expected);
  });

  it.each(["--json", "-json", "json", "—", "———json", "—5", "〜json", "gifts—json"])("%s is not one", (word) => {
    expect(typographicOptionWord(word)).toBeUndefined();
  });
});

describe("an option typed with a typographic dash", () => {
  // The command's word is found past a --data value: DIR is no command for the option to follow.
  it.each<[string[], string]>([
    [["—json", "list"], "options are typed with plain hyphens (-), and those of list go after it: `ethics list --json`"],
    [["--data", "/tmp/r1", "—json", "list"], "options are typed with plain hyphens (-), and those of list go after it: `ethics list --json`"],
    [["list", "—json"], "options are typed with plain hyphens (-); after -- no word is an option"],
  ])("%j: the hint says where the option goes", (args, hint) => {
    expect(refused(args)?.hint).toBe(hint);
  });

  it.each<[string[], string]>([
    [["search", "gifts", "—json"], "'—json' starts with an em dash, not '--' — did you mean --json?"],
    [["search", "gifts", "–-limit", "3"], "'–-limit' starts with an en dash, not '--' — did you mean --limit?"],
    [["search", "gifts", "－－json"], "'－－json' starts with a fullwidth hyphen-minus, not '--' — did you mean --json?"],
    [["show", "wi", "1", "‐‐json"], "'‐‐json' starts with a Unicode hyphen (U+2010), not '--' — did you mean --json?"],
    [["list", "⸺no-pager"], "'⸺no-pager' starts with a dash (U+2E3A), not '--' — did you mean --no-pager?"],
    [["random", "—today"], "'—today' starts with an em dash, not '--' — did you mean --today?"],
    [["—help"], "'—help' starts with an em dash, not '--' — did you mean --help?"],
  ])("%j is refused, naming the option", (args, message) => {
    expect(refused(args)?.message).toBe(message);
  });

  it.each<[string[]]>([
    // the command has no such option: the word is the user's
    [["search", "gifts", "—today"]],
    [["search", "—and", "gifts"]],
    // after --, and as an option's value, no word is an option
    [["search", "gifts", "--", "—json"]],
    [["search", "gifts", "--section", "—json"]],
    [["--data", "—json", "list"]],
    // a word no command reads: the completion scripts' own, an unknown command
    [["__complete", "search", "—json"]],
    [["lsit", "—json"]],
  ])("%j is left alone", (args) => {
    expect(refused(args)).toBeUndefined();
  });
});
