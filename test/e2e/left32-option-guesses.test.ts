// `ethics list --section` was asked "did you mean --version?": commander guesses any option 40%
// alike. A guess is now made only from the options the command takes, within a slip or two;
// with none close, the message names none, and the hint names the command's help.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("an unknown option's did-you-mean", () => {
  it.each([
    [["list", "--section", "x"], "unknown option '--section'", "list"],
    [["list", "--xyz"], "unknown option '--xyz'", "list"],
    [["quiz", "--verse"], "unknown option '--verse'", "quiz"],
    [["list", "--versoin"], "unknown option '--versoin' — did you mean --version?", "list"],
    [["search", "gifts", "--sectoin", "x"], "unknown option '--sectoin' — did you mean --section?", "search"],
    [["search", "gifts", "--lmit=3"], "unknown option '--lmit=3' — did you mean --limit?", "search"],
    [["export", "--formt", "json"], "unknown option '--formt' — did you mean --format?", "export"],
    [["quiz", "--cuont", "3"], "unknown option '--cuont' — did you mean --count?", "quiz"],
  ])("%j", (args, message, command) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`ethics: ${message}\nhint: \`ethics ${command} --help\` lists its options\n`);
    expect(result.code).toBe(2);
  });
});
