// `topics --codes`, the old name of --code that topics still takes: codes joined after its value
// (`--codes wi and nc`) were "too many arguments", with a hint that dropped them, where
// `--code wi and nc` was told the codes go in its list. Told as --code is, in the option typed.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

describe("codes joined after topics' --codes", () => {
  it.each([
    [["topics", "--codes", "wi", "and", "nc"], "'and nc' after --codes wi", "`ethics topics --codes wi,nc`"],
    [["topics", "--codes=wi", "&", "north", "carolina"], "'& north carolina' after --codes wi", "`ethics topics --codes=wi,north-carolina`"],
    [["topics", "--code", "ak", "--codes", "wi", "and", "nc"], "'and nc' after --codes wi", "`ethics topics --code ak --codes wi,nc`"],
  ])("%j: a usage error whose hint puts the codes in the option's list", (args, said, hint) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(`ethics: ${said}: topics takes no arguments, and --codes one value, codes separated by commas\nhint: ${hint}\n`);
    expect(result.code).toBe(2);
    const command = /`ethics ([^`]*)`/.exec(hint)![1]!.split(" ");
    expect(ethics(command).code).toBe(0);
  });

  it("words after --codes that join no code are too many, as after --code", () => {
    const result = ethics(["topics", "--codes", "wi", "and", "money"]);
    expect(result.stdout).toBe("");
    // topic takes them (adv56-option-slips.test.ts): "and money" is the topic Money and loans.
    expect(result.stderr).toBe("ethics: topics takes no arguments, not 'and money' — did you mean topic?\nhint: `ethics topic --codes wi and money`\n");
    expect(result.code).toBe(2);
  });
});
