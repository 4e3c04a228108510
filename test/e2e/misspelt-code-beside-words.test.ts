// `ethics random --topic gifts stuff alsaka` said commander's "too many arguments for 'random'.
// Expected 0 arguments but got 2.", though `random --topic gifts stuff wi` says which words were
// not understood and gives the code to --code, and `random alsaka` offers alaska. A misspelt
// code among other words is now offered as the code meant, in the message that names the words
// not understood, and given to --code in the hint.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

describe("a code misspelt among arguments of a command that takes none", () => {
  it.each<[string[], string, string]>([
    [["random", "--topic", "gifts", "stuff", "alsaka"], "random takes no arguments: 'stuff' is neither a code nor a topic; there is no code 'alsaka': did you mean alaska?", "`ethics random --topic gifts --code alaska`"],
    [["random", "--topic", "gifts", "alsaka", "stuff"], "random takes no arguments: 'stuff' is neither a code nor a topic; there is no code 'alsaka': did you mean alaska?", "`ethics random --topic gifts --code alaska`"],
    [["random", "stuff", "alsaka"], "random takes no arguments: 'stuff' is neither a code nor a topic; there is no code 'alsaka': did you mean alaska?", "`ethics random --code alaska`"],
    // A topic beside it is given to --topic, a code spelt right to --code with it.
    [["random", "gifts", "alsaka"], "random takes no arguments: 'gifts' is a topic, given with --topic; there is no code 'alsaka': did you mean alaska?", "`ethics random --topic gifts --code alaska`"],
    [["random", "--topic", "gifts", "stuff", "wi", "alsaka"], "random takes no arguments: 'stuff' is neither a code nor a topic; 'wi' names a code (Wisconsin), given with --code; there is no code 'alsaka': did you mean alaska?", "`ethics random --topic gifts --code wisconsin,alaska`"],
    [["random", "--topic", "gifts", "stuff", "alsaka", "wiscnsin"], "random takes no arguments: 'stuff' is neither a code nor a topic; there is no code 'alsaka' or 'wiscnsin': did you mean alaska and wisconsin?", "`ethics random --topic gifts --code alaska,wisconsin`"],
    // Beside --code, the code meant joins its list.
    [["random", "--code", "nc", "--topic", "gifts", "stuff", "alsaka"], "random takes no arguments: 'stuff' is neither a code nor a topic; there is no code 'alsaka': did you mean alaska?", "`ethics random --topic gifts --code nc,alaska`"],
    [["quiz", "--topic", "gifts", "stuff", "alsaka", "--count", "2"], "quiz takes no arguments: 'stuff' is neither a code nor a topic; there is no code 'alsaka': did you mean alaska?", "`ethics quiz --topic gifts --count 2 --code alaska`"],
  ])("%j: offers the code meant", (args, message, hint) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(`ethics: ${message}\nhint: ${hint}\n`);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    for (const line of result.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    expect(result.code).toBe(2);
    // The hint's command runs as printed (quiz reads no answers here: --json prints its questions).
    const command = hint.slice("`ethics ".length, -1).split(" ");
    expect(ethics([...command, ...(args[0] === "quiz" ? ["--json"] : [])]).code, command.join(" ")).toBe(0);
  });

  it("words near no code are still too many arguments", () => {
    expect(ethics(["random", "xyz", "abc"]).stderr).toContain("too many arguments for 'random'");
  });
});
