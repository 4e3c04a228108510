// A run that names its command builds only that one; it must be the same command as in the
// full program (same options, arguments and help), and anything else gets every command.
import { describe, expect, it } from "vitest";
import { buildProgram, misplacedOption } from "../../src/cli/program.js";

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

describe("an option of the command given before it", () => {
  const misplaced = (args: string[]) => misplacedOption(buildProgram(["node", "ethics", ...args]), args);

  it.each<[string[], string, string]>([
    [["--json", "list"], "unknown option '--json' before the command", "options of list go after it: `ethics list --json`"],
    [["--no-color", "--json", "show", "ak"], "unknown option '--json' before the command", "options of show go after it: `ethics show ak --json`"],
    [["--data", "search", "--json", "list"], "unknown option '--json' before the command", "options of list go after it: `ethics list --json`"],
    [["-c", "ak", "search", "gifts"], "unknown option '-c' before the command", "options of search go after it: `ethics search gifts -c ak`"],
    [["alaska", "--json", "list"], "unknown option '--json' before the command", "options of list go after it: `ethics list alaska --json`"],
    [["--json", "validate", "a.yaml"], "unknown option '--json' before the command", "options of validate go after it: `ethics validate a.yaml --json`"],
    // Where the command moved would not run: what it takes.
    [["--json", "validate"], "unknown option '--json' before the command", "options of validate go after it; `ethics help validate` shows what it takes, with examples"],
    [["alaska", "--json", "validate"], "unknown option '--json' before the command", "options of validate go after it; `ethics help validate` shows what it takes, with examples"],
    [["alaska", "--json", "search", "gifts"], "unknown option '--json' before the command", "options of search go after it; `ethics help search` shows what it takes, with examples"],
    [["--format=md", "export"], "unknown option '--format=md' before the command", "options of export go after it: `ethics export --format=md`"],
  ])("%j says where it goes", (args, message, hint) => {
    expect(misplaced(args)).toEqual({ message, hint });
  });

  it.each([[["list", "--json"]], [["--nope", "list"]], [["--json"]], [["--no-color", "list"]], [["--help", "list"]], [["--", "--json", "list"]], [["--data", "--json", "list"]]])(
    "%j is left to commander",
    (args) => {
      expect(misplaced(args)).toBeUndefined();
    },
  );
});
