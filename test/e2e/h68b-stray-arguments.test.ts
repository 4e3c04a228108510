// A word given to a command that takes none (or fewer) got commander's "too many arguments for
// 'random'. Expected 0 arguments but got 1." and the hint `ethics random`, the options typed
// dropped: it named neither the word nor what the command takes instead.
import { describe, expect, it } from "vitest";
import { ethicsAll, unwrapped } from "./run.js";

describe("words a command does not take", () => {
  it.each([
    [["random", "abc"], "ethics: random takes no arguments: 'abc' is neither a code (--code) nor a topic (--topic)\nhint: `ethics random`; examples: `ethics help random`\n"],
    [["random", "--code", "alaska", "abc"], "ethics: random takes no arguments: 'abc' is neither a code (--code) nor a topic (--topic)\nhint: `ethics random --code alaska`; examples: `ethics help random`\n"],
    [["quiz", "--count", "3", "xyz"], "ethics: quiz takes no arguments: 'xyz' is neither a code (--code) nor a topic (--topic)\nhint: `ethics quiz --count 3`; examples: `ethics help quiz`\n"],
    // A topic's name slipped is offered, as --topic offers it.
    [["random", "giftz"], "ethics: random takes a topic with --topic, not as an argument, and there is no topic 'giftz': did you mean gifts?\nhint: `ethics random --topic gifts`\n"],
    // The command a letter apart takes them where they name a topic; words naming none are said so.
    [["topics", "gifts"], "ethics: topics takes no arguments, not 'gifts' — did you mean topic?\nhint: `ethics topic gifts`\n"],
    [["topics", "abc"], "ethics: topics takes no arguments, and there is no topic or concept 'abc'\nhint: `ethics topics` lists the topics\n"],
    [["completion", "zsh", "abc"], "ethics: completion takes one argument, <shell>, not also 'abc'\nhint: e.g. `ethics completion zsh`; more examples: `ethics help completion`\n"],
    // A shell that is none is not given back as one.
    [["completion", "alaska", "wi"], "ethics: completion takes one argument, <shell>, not also 'wi'\nhint: e.g. `ethics completion bash`; more examples: `ethics help completion`\n"],
  ])("%j: the words named, what it takes, a usage error", async (args, stderr) => {
    const [result] = await ethicsAll([[args]]);
    expect(result!.stdout).toBe("");
    expect(unwrapped(result!.stderr)).toBe(stderr);
    expect(result!.code).toBe(2);
  });

  it("each hint's command runs", async () => {
    const given = [["random", "--code", "alaska", "abc"], ["random", "giftz"], ["completion", "zsh", "abc"]];
    const results = await ethicsAll(given.map((args) => [args]));
    const commands = results.map((result) => /`ethics ([^`]*)`/.exec(unwrapped(result.stderr))![1]!.split(" "));
    const runs = await ethicsAll(commands.map((command) => [command]));
    runs.forEach((run, at) => expect(run.code, commands[at]!.join(" ")).toBe(0));
  });
});
