// A run that names its command builds only that one; it must be the same command as in the
// full program (same options, arguments and help), and anything else gets every command.
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";

const full = buildProgram(["node", "ethics"]);
const names = full.commands.map((command) => command.name()).filter((name) => !name.startsWith("_"));

describe("building only the named command", () => {
  it.each(names)("%s is the same command either way", (name) => {
    const alone = buildProgram(["node", "ethics", name, "x"]);
    expect(alone.commands.map((command) => command.name())).toEqual([name]);
    const inFull = full.commands.find((command) => command.name() === name)!;
    expect(alone.commands[0]!.helpInformation()).toBe(inFull.helpInformation());
  });

  it.each([
    [["--data", "dir", "search", "gifts"], ["search"]],
    [["--data", "search", "list"], ["list"]],
    [["--no-color", "show", "ak"], ["show"]],
  ])("%j builds %j", (args, expected) => {
    expect(buildProgram(["node", "ethics", ...args]).commands.map((command) => command.name())).toEqual(expected);
  });

  it.each([[[]], [["--help"]], [["lst"]], [["help", "search"]], [["__complete", "--", "show"]]])("%j builds every command", (args) => {
    expect(buildProgram(["node", "ethics", ...args]).commands.map((command) => command.name())).toEqual(full.commands.map((command) => command.name()));
  });
});
