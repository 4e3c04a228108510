// `ethics list --code nc,wi`, `show 5 --code nc`, `list -cnc`: the hint that puts --code's codes
// where list, show and diff take them gave `ethics list nc,wi`, `ethics show 5 nc` and
// `ethics diff nc wi ak`, each failing when pasted, and said nothing for a glued `-cnc`. Every
// command a hint gives runs; where none could (three codes to diff), the options hint is kept.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

/** The commands in backticks a hint gives, as argument lists. */
function commandsIn(said: string): string[][] {
  return [...said.matchAll(/`ethics ([^`]*)`/g)].map((match) => match[1]!.match(/'[^']*'|\S+/g)!.map((word) => word.replace(/^'|'$/g, "")));
}

describe("--code to list, show and diff: every command the hint gives runs", () => {
  it.each([
    [["list", "-cnc"], "list takes the code as its argument: `ethics list nc`"],
    [["list", "--code=nc,wi"], "list takes one code at a time: `ethics list nc`, `ethics list wi`"],
    [["list", "--code", "nc", "--code", "wi", "--json"], "list takes one code at a time: `ethics list nc --json`, `ethics list wi --json`"],
    [["show", "5", "--code", "nc"], "show takes the code first in its reference: `ethics show nc 5`"],
    [["show", "-cmedi-cal", "integrity", "12"], "show takes the code first in its reference: `ethics show medi-cal integrity 12`"],
    [["diff", "alaska", "--code", "wisconsin"], "diff takes the two codes as its arguments: `ethics diff alaska wisconsin`"],
  ])("%j", (args, hint) => {
    const result = ethics(args);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const said = unwrapped(result.stderr);
    expect(said).toContain(`hint: ${hint}\n`);
    const commands = commandsIn(said);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(ethics(command).code, command.join(" ")).toBe(0);
  });

  it("--data after the command is carried at the command's start, and the hint still given", () => {
    for (const args of [
      ["list", "--data", "test/fixtures/user-codes", "--code", "riverside"],
      ["show", "--code", "riverside", "boundaries", "1", "--data=test/fixtures/user-codes"],
    ]) {
      const said = unwrapped(ethics(args).stderr);
      const command = /hint: \w+ takes the code[^`]*`ethics ([^`]*)`\n/.exec(said)?.[1];
      expect(command, said).toMatch(/^--data \S+ (list|show) riverside/);
      expect(ethics(command!.split(" ")).code).toBe(0);
    }
  });

  it("a long list of codes to list gets a few commands, not one a code", () => {
    const result = ethics(["list", "--code", Array.from({ length: 500 }, (_, at) => ["nc", "wi", "ak"][at % 3]).join(",")]);
    expect(result.code).toBe(2);
    expect(unwrapped(result.stderr)).toBe("ethics: unknown option '--code'\nhint: list takes one code at a time: `ethics list nc`, `ethics list wi`, `ethics list ak`, …\n");
  });

  it.each([
    [["diff", "--code", "nc,wi,ak"]],
    [["show", "--code", "nc,wi", "5"]],
  ])("%j: no command could be given, and the options hint is", (args) => {
    const said = unwrapped(ethics(args).stderr);
    expect(said).toContain(`hint: \`ethics ${args[0]} --help\` lists its options\n`);
  });
});
