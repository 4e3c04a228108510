// `ethics random --topic boundaries gifts`: a topic with --topic and another as the arguments
// was "too many arguments" with `ethics random` as the hint, both topics dropped. Each is a
// command of its own, the other options typed kept in both.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

describe("a topic with --topic and another beside it", () => {
  it.each([
    [["random", "--topic", "boundaries", "gifts"], "random", "`ethics random --topic boundaries`, or `ethics random --topic gifts`"],
    [["quiz", "-t", "boundaries", "gifts", "--count", "2"], "quiz", "`ethics quiz --count 2 --topic boundaries`, or `ethics quiz --count 2 --topic gifts`"],
    [["random", "--topic=boundaries", "--count", "3", "gifts"], "random", "`ethics random --count 3 --topic boundaries`, or `ethics random --count 3 --topic gifts`"],
  ])("%j: one command a topic", (args, name, commands) => {
    const run = ethics(args);
    expect([run.stdout, run.code]).toEqual(["", 2]);
    expect(unwrapped(run.stderr)).toBe(`ethics: ${name} takes one topic, with --topic: 'boundaries' is given there, and 'gifts' beside it\nhint: one at a time: ${commands}\n`);
    for (const line of run.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    for (const [, words] of unwrapped(run.stderr).matchAll(/`ethics ([^`]*)`/g)) expect(ethics([...words!.split(" "), ...(name === "quiz" ? ["--json"] : [])]).code).toBe(0);
  });

  it("a code beside --topic is still given to --code", () => {
    const run = ethics(["random", "--topic", "boundaries", "alaska"]);
    expect(unwrapped(run.stderr)).toBe("ethics: random takes a code with --code, not as an argument\nhint: `ethics random --topic boundaries --code alaska`\n");
  });
});
