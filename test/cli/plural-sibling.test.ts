import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { pluralSibling, siblingTakingArguments } from "../../src/cli/plural-sibling.js";

describe("the command a plural 's' apart", () => {
  it.each<[string, string | undefined]>([
    ["topics", "topic"],
    ["topic", "topics"],
    ["concepts", undefined],
    ["list", undefined],
    ["show", undefined],
  ])("%s → %s", (name, sibling) => {
    expect(pluralSibling(name)).toBe(sibling);
  });
});

/** `name` as commander leaves it after reading `typed` (the words after the script): its arguments. */
function given(name: string, args: string[]) {
  const command = buildProgram(["node", "ethics", name]).commands.find((each) => each.name() === name)!;
  command.args = args;
  return command;
}

describe("a sibling that takes the arguments given", () => {
  it.each<[string[], string[], string | undefined]>([
    [["topics", "gifts"], ["gifts"], "`ethics topic gifts`"],
    [["topics", "dual", "relationships", "--code", "nc,alaska", "--json"], ["dual", "relationships"], "`ethics topic dual relationships --code nc,alaska --json`"],
    [["--no-color", "topics", "-cwi", "gifts"], ["gifts"], "`ethics --no-color topic -cwi gifts`"],
    [["topics", "--", "gifts"], ["gifts"], "`ethics topic -- gifts`"],
    // An option the sibling does not take: no command that runs.
    [["topics", "gifts", "--limit", "3"], ["gifts"], undefined],
  ])("%j", (typed, args, hint) => {
    expect(siblingTakingArguments(given(typed.find((word) => word.startsWith("topic"))!, args), typed)?.hint).toBe(hint);
  });

  it("none where the command takes the arguments given", () => {
    expect(siblingTakingArguments(given("topics", []), ["topics"])).toBeUndefined();
    expect(siblingTakingArguments(given("topic", ["gifts"]), ["topic", "gifts"])).toBeUndefined();
  });
});
