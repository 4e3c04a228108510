import { afterEach, describe, expect, it } from "vitest";
import { commandAsTyped } from "../../src/cli/typed-command.js";
import { recordRunDataFolders } from "../../src/core/command-start.js";

describe("the words typed as a command to paste", () => {
  afterEach(() => recordRunDataFolders([]));

  it.each<[string[], string]>([
    [["export", "--format", "csv", "--code", "wi"], "ethics export --format csv --code wi"],
    [["search", "can I accept a gift?", "-n5"], "ethics search 'can I accept a gift?' -n5"],
    // A dash-led argument is a path, not read as options; after `--`, as typed.
    [["validate", "a.yaml", "--", "-b.yaml", "--data"], "ethics validate a.yaml -- -b.yaml --data"],
    [["--code=north carolina"], "ethics '--code=north carolina'"],
  ])("%j", (words, command) => {
    expect(commandAsTyped(words)).toBe(command);
  });

  it.each<[string[]]>([[["--data", "/tmp/my codes", "list", "--json"]], [["list", "--data=/tmp/my codes", "--json"]]])("%j: --data given once, by the command's start", (words) => {
    recordRunDataFolders(["/tmp/my codes"]);
    expect(commandAsTyped(words)).toBe("ethics --data '/tmp/my codes' list --json");
  });
});
