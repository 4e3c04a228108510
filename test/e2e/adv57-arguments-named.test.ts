// `random gifts boundaries` (two topics as the arguments), `random gifts gifts` and `random
// alsaka` (a misspelt code) were each "too many arguments" with `ethics random` as the hint,
// what was typed dropped. Two topics are a command each; one topic named twice is that topic;
// misspelt codes are the codes meant, given to --code.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

describe("topics and misspelt codes typed as the arguments of random, quiz and topics", () => {
  it.each([
    [["random", "gifts", "boundaries"], "ethics: random takes one topic, not 2: 'gifts boundaries'\nhint: one at a time: `ethics random --topic gifts`, then `ethics random --topic boundaries`\n"],
    [["quiz", "--count", "2", "gifts", "and", "boundaries"], "ethics: quiz takes one topic, not 2: 'gifts and boundaries'\nhint: one at a time: `ethics quiz --count 2 --topic gifts`, then `ethics quiz --count 2 --topic boundaries`\n"],
    [["random", "gifts", "gifts"], "ethics: random takes a topic with --topic, not as arguments\nhint: `ethics random --topic gifts`\n"],
    [["random", "alsaka"], "ethics: random takes a code with --code, not as an argument, and there is no code 'alsaka': did you mean alaska?\nhint: `ethics random --code alaska`\n"],
    [["quiz", "alsaka", "nc"], "ethics: quiz takes codes with --code, not as arguments, and there is no code 'alsaka': did you mean alaska?\nhint: `ethics quiz --code alaska,north-carolina`\n"],
    [["topics", "medi-cla"], "ethics: topics takes a code with --code, not as an argument, and there is no code 'medi-cla': did you mean medi-cal?\nhint: `ethics topics --code medi-cal`\n"],
  ])("%j", (args, stderr) => {
    const run = ethics(args);
    expect([run.stdout, run.code]).toEqual(["", 2]);
    expect(unwrapped(run.stderr)).toBe(stderr);
    for (const line of run.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    for (const [, words] of unwrapped(run.stderr).matchAll(/`ethics ([^`]*)`/g)) expect(ethics([...words!.split(" "), ...(args[0] === "quiz" ? ["--json"] : [])]).code).toBe(0);
  });

  it("words that name neither a topic nor a code are said so", () => {
    const run = ethics(["random", "xyz", "abc"]);
    expect([run.code, unwrapped(run.stderr)]).toEqual([2, "ethics: random takes no arguments: 'xyz abc' is neither a code (--code) nor a topic (--topic)\nhint: `ethics random`; examples: `ethics help random`\n"]);
  });
});
