// `ethics list --code alaska`: search, export, quiz and random name codes with --code, so the
// habit carries to list, show and diff, which take them as arguments. The hint is the command
// with the codes where they go, which runs.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

describe("--code given to a command that takes its codes as arguments", () => {
  it.each([
    [["list", "--code", "alaska"], "list takes the code as its argument: `ethics list alaska`"],
    [["list", "-c", "north carolina", "--json"], "list takes the code as its argument: `ethics list north-carolina --json`"],
    [["show", "--code=medi-cal", "integrity", "12"], "show takes the code first in its reference: `ethics show medi-cal integrity 12`"],
    [["diff", "--code", "alaska", "--code", "wisconsin"], "diff takes the two codes as its arguments: `ethics diff alaska wisconsin`"],
    [["diff", "--code", "alaska,wisconsin", "--full"], "diff takes the two codes as its arguments: `ethics diff alaska wisconsin --full`"],
    // A name of several words unquoted after --code is one code, not two.
    [["list", "--code", "north", "carolina", "--json"], "list takes the code as its argument: `ethics list north-carolina --json`"],
    [["list", "-cnorth", "carolina"], "list takes the code as its argument: `ethics list north-carolina`"],
    [["list", "--code", "wi,north", "carolina"], "list takes one code at a time: `ethics list wi`, `ethics list north-carolina`"],
    [["diff", "--code", "north", "carolina", "--code", "alaska"], "diff takes the two codes as its arguments: `ethics diff north-carolina alaska`"],
    [["show", "--code", "north", "carolina", "12"], "show takes the code first in its reference: `ethics show north carolina 12`"],
  ])("%j", (args, hint) => {
    const result = ethics(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const said = unwrapped(result.stderr);
    expect(said).toContain(`unknown option '${args.find((word) => word.startsWith("-c") || word.startsWith("--code"))}'`);
    expect(said).toContain(`hint: ${hint}`);
    // The command the hint gives runs.
    const suggested = /`ethics ([^`]*)`/.exec(said)![1]!.match(/'[^']*'|\S+/g)!.map((word) => word.replace(/^'|'$/g, ""));
    expect(ethics(suggested).code).toBe(0);
  });

  it("a --code with no code after it, or an option the command does not have, keeps the options hint", () => {
    for (const args of [["list", "--code"], ["diff", "-c", "alaska", "-n", "3"]]) {
      const said = unwrapped(ethics(args).stderr);
      expect(said).toContain(`\`ethics ${args[0]} --help\` lists its options`);
    }
  });

  it("carries --data in the command it gives", () => {
    const said = unwrapped(ethics(["--data", "test/fixtures/user-codes", "list", "--code", "alaska"]).stderr);
    expect(said).toMatch(/`ethics --data \S+ list alaska`/);
  });
});

// `ethics topic --topic gifts`: random, quiz and export name a topic with --topic, so the habit
// carries to topic and concepts, which take it as their argument. It got the options' help.
describe("--topic given to a command that takes its topic as its argument", () => {
  it.each([
    [["topic", "--topic", "gifts"], "--topic", "topic takes the topic as its argument: `ethics topic gifts`"],
    [["concepts", "-t", "gifts"], "-t", "concepts takes the topic as its argument: `ethics concepts gifts`"],
    [["topic", "--topic", "dual relationships", "--code", "wi"], "--topic", "topic takes the topic as its argument: `ethics topic 'dual relationships' --code wi`"],
  ])("%j: the hint is the command with the topic as its argument", (args, option, hint) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(`ethics: unknown option '${option}'\nhint: ${hint}\n`);
    expect(result.code).toBe(2);
    const suggested = /`ethics ([^`]*)`/.exec(hint)![1]!.match(/'[^']*'|\S+/g)!.map((word) => word.replace(/^'|'$/g, ""));
    expect(ethics(suggested).code).toBe(0);
  });

  it("a --topic with no topic after it keeps the options hint", () => {
    expect(ethics(["topic", "--topic"]).stderr).toContain("`ethics topic --help` lists its options");
  });
});
