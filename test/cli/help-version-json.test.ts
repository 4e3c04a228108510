import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { helpHasNoJson, jsonAskedOf, versionJson } from "../../src/cli/help-version-json.js";

const asked = (args: string[]) => jsonAskedOf(buildProgram(["node", "ethics", ...args]), args);

describe("help or the version asked for with --json", () => {
  it.each<[string[], ReturnType<typeof jsonAskedOf>]>([
    [["--version", "--json"], "version"],
    [["-V", "--json"], "version"],
    [["--json", "--version"], "version"],
    [["list", "--version", "--json"], "version"],
    // commander prints the version whatever the help command asks.
    [["help", "list", "--json", "--version"], "version"],
    [["help", "--json"], "help"],
    [["--help", "--json"], "help"],
    [["-h", "--json"], "help"],
    [["list", "--help", "--json"], "help"],
    [["help", "list", "--json"], "help"],
    // Without --json, or --json not an option: commander's, as ever.
    [["--version"], undefined],
    [["help"], undefined],
    [["search", "--json", "--", "--version"], undefined],
    [["search", "--", "--help", "--json"], undefined],
    [["search", "--code", "--help", "--json"], undefined],
    [["search", "help", "--json"], undefined],
    [["list", "--json"], undefined],
  ])("%j → %s", (args, expected) => {
    expect(asked(args)).toBe(expected);
  });

  it("the version is JSON", () => {
    expect(JSON.parse(versionJson("0.1.0"))).toEqual({ version: "0.1.0" });
  });

  it.each<[string[], string]>([
    [["help", "--json"], "`ethics help`"],
    [["list", "--json", "--help"], "`ethics list --help`"],
    [["help", "search", "--json"], "`ethics help search`"],
  ])("%j: the hint is the help without --json", (args, command) => {
    expect(helpHasNoJson(args)).toEqual({ message: "help has no JSON form: it is text to read", hint: `${command}; each command's help spells out the JSON its --json prints` });
  });
});
