// `ethics random --topic gifts stuff wi` said "too many arguments for 'random'" with `ethics
// random` as its hint: neither that "stuff" names nothing nor that "wi" is Wisconsin's code,
// given to --code. random, quiz and topics now name the words they did not understand and what
// the others are, and the hint gives those to --code and --topic. A misspelt code among them
// (`random --topic gifts stuff alsaka`, which was commander's "Expected 0 arguments but got 2")
// is offered as the code meant, and given to --code in the hint. Words that name nothing at all
// are still "too many arguments".
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

describe("arguments of a command that takes none, some of them codes", () => {
  it.each<[string[], string, string]>([
    [["random", "--topic", "gifts", "stuff", "wi"], "random takes no arguments: 'stuff' is neither a code nor a topic; 'wi' names a code (Wisconsin), given with --code", "`ethics random --topic gifts --code wisconsin`"],
    [["random", "--topic", "gifts", "wi", "stuff"], "random takes no arguments: 'stuff' is neither a code nor a topic; 'wi' names a code (Wisconsin), given with --code", "`ethics random --topic gifts --code wisconsin`"],
    [["quiz", "--topic", "gifts", "stuff", "north", "carolina", "--count", "2"], "quiz takes no arguments: 'stuff' is neither a code nor a topic; 'north carolina' names a code (North Carolina), given with --code", "`ethics quiz --topic gifts --count 2 --code north-carolina`"],
    // Beside --code, the codes join its list.
    [["random", "--code", "nc", "--topic", "gifts", "stuff", "wi"], "random takes no arguments: 'stuff' is neither a code nor a topic; 'wi' names a code (Wisconsin), given with --code", "`ethics random --topic gifts --code nc,wisconsin`"],
    // With no --topic, a topic among them is given to it.
    [["random", "gifts", "stuff", "wi"], "random takes no arguments: 'stuff' is neither a code nor a topic; 'gifts' is a topic, given with --topic; 'wi' names a code (Wisconsin), given with --code", "`ethics random --topic gifts --code wisconsin`"],
    [["random", "gifts", "wi"], "random takes no arguments: 'gifts' is a topic, given with --topic; 'wi' names a code (Wisconsin), given with --code", "`ethics random --topic gifts --code wisconsin`"],
    // A code misspelt among them: the code meant is offered.
    [["random", "--topic", "gifts", "stuff", "alsaka"], "random takes no arguments: 'stuff' is neither a code nor a topic; there is no code 'alsaka': did you mean alaska?", "`ethics random --topic gifts --code alaska`"],
    [["random", "--topic", "gifts", "alsaka", "stuff"], "random takes no arguments: 'stuff' is neither a code nor a topic; there is no code 'alsaka': did you mean alaska?", "`ethics random --topic gifts --code alaska`"],
    [["random", "stuff", "alsaka"], "random takes no arguments: 'stuff' is neither a code nor a topic; there is no code 'alsaka': did you mean alaska?", "`ethics random --code alaska`"],
    // A topic beside it is given to --topic, a code spelt right to --code with it.
    [["random", "gifts", "alsaka"], "random takes no arguments: 'gifts' is a topic, given with --topic; there is no code 'alsaka': did you mean alaska?", "`ethics random --topic gifts --code alaska`"],
    [["random", "--topic", "gifts", "stuff", "wi", "alsaka"], "random takes no arguments: 'stuff' is neither a code nor a topic; 'wi' names a code (Wisconsin), given with --code; there is no code 'alsaka': did you mean alaska?", "`ethics random --topic gifts --code wisconsin,alaska`"],
    [["random", "--topic", "gifts", "stuff", "alsaka", "wiscnsin"], "random takes no arguments: 'stuff' is neither a code nor a topic; there is no code 'alsaka' or 'wiscnsin': did you mean alaska and wisconsin?", "`ethics random --topic gifts --code alaska,wisconsin`"],
    // Beside --code, a misspelt code's code meant joins its list too.
    [["random", "--code", "nc", "--topic", "gifts", "stuff", "alsaka"], "random takes no arguments: 'stuff' is neither a code nor a topic; there is no code 'alsaka': did you mean alaska?", "`ethics random --topic gifts --code nc,alaska`"],
    [["quiz", "--topic", "gifts", "stuff", "alsaka", "--count", "2"], "quiz takes no arguments: 'stuff' is neither a code nor a topic; there is no code 'alsaka': did you mean alaska?", "`ethics quiz --topic gifts --count 2 --code alaska`"],
  ])("%j: says which words were not understood, and what the others are", (args, message, hint) => {
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

  it("words that name nothing at all are said so", () => {
    const result = ethics(["random", "--topic", "gifts", "stuff", "things"]);
    expect(result.stderr).toContain("'stuff things' after --topic gifts is not part of the topic");
    expect(ethics(["random", "xyz", "abc"]).stderr).toContain("random takes no arguments: 'xyz abc' is neither a code (--code) nor a");
  });
});
