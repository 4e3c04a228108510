// `topics --code nc carolina` was told "topics takes a code with --code, not as an argument",
// though --code was used, with the hint `ethics topics --code nc --code north-carolina`: one
// code twice. Codes as arguments beside --code are refused with the command whose --code is one
// list of them all, each code once.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

describe("codes as arguments beside --code", () => {
  it.each([
    [["topics", "--code", "nc", "carolina"], "'carolina' beside --code nc names North Carolina again: topics takes no arguments", ["topics", "--code", "nc"]],
    [["random", "--code", "ak", "wi", "--seed", "3"], "'wi' beside --code ak: random takes no arguments, and --code one value, codes separated by commas", ["random", "--seed", "3", "--code", "ak,wisconsin"]],
    [["quiz", "-c", "nc", "alsaka", "--seed", "3"], "'alsaka' beside --code nc: quiz takes no arguments, and there is no code 'alsaka': did you mean alaska?", ["quiz", "--seed", "3", "--code", "nc,alaska"]],
  ])("ethics %j: one --code list, each code once, which runs", (args, message, command) => {
    const run = ethics(args);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(unwrapped(run.stderr)).toBe(`ethics: ${message}\nhint: \`ethics ${command.join(" ")}\`\n`);
    for (const line of run.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    expect(ethics([...command, ...(command[0] === "quiz" ? ["--json"] : [])]).code).toBe(0);
  });
});
