// random, quiz and topics take their codes with --code and their topic with --topic, not as
// arguments as show and topic do: `random wi` was "too many arguments" with the hint `ethics
// random`, the code dropped. The usage error gives the command with them where they go.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { ethics, root, unwrapped } from "./run.js";

describe("codes or a topic typed as arguments to a command that takes them as options", () => {
  it.each([
    [["random", "wi"], "random takes a code with --code, not as an argument", ["random", "--code", "wisconsin"]],
    [["quiz", "alaska", "nc", "--seed", "3"], "quiz takes codes with --code, not as arguments", ["quiz", "--seed", "3", "--code", "alaska,north-carolina"]],
    [["topics", "wi", "nc"], "topics takes codes with --code, not as arguments", ["topics", "--code", "wisconsin,north-carolina"]],
    [["random", "--today", "gifts"], "random takes a topic with --topic, not as an argument", ["random", "--today", "--topic", "gifts"]],
    [["quiz", "dual", "relationships", "-n", "3"], "quiz takes a topic with --topic, not as arguments", ["quiz", "-n", "3", "--topic", "dual-relationships"]],
  ])("ethics %j: the command with them where they go, which runs", (args, message, command) => {
    const run = ethics(args);
    expect(run.code).toBe(2);
    expect(unwrapped(run.stderr)).toBe(`ethics: ${message}\nhint: \`ethics ${command.join(" ")}\`\n`);
    expect(ethics([...command, ...(command[0] === "quiz" ? ["--json"] : [])]).code).toBe(0);
  });

  it("--data typed after the command is the command's start, not one of its options", () => {
    const folder = join(root, "test/fixtures/user-codes");
    const run = ethics(["random", "wi", "--data", folder, "--seed", "3"]);
    expect([run.code, unwrapped(run.stderr)]).toEqual([2, `ethics: random takes a code with --code, not as an argument\nhint: \`ethics --data ${folder} random --seed 3 --code wisconsin\`\n`]);
  });

  it("words that are neither are said so", () => {
    const run = ethics(["random", "frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("random takes no arguments: 'frobnicate' is neither a code (--code) nor a");
  });
});
