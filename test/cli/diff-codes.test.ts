// diff's codes read from its arguments: both in one (`diff alaska,medi-cal` was "diff needs <b>",
// its hint `ethics diff alaska,medi-cal medi-cal`, which failed).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Command } from "commander";
import { argumentsTaken } from "../../src/cli/arguments-taken.js";
import { diff } from "../../src/cli/commands/diff.js";
import { codesCompared } from "../../src/cli/diff-codes.js";
import { isEthicsError } from "../../src/core/errors.js";
import { readDataDirectory } from "../../src/core/library/read-data.js";

const library = readDataDirectory(join(import.meta.dirname, "../../data"), "data");

/** What codesCompared gives `args`: the two ids, the one name, or the error's message, hint and exit code. */
function compared(args: string[]): unknown {
  try {
    const result = codesCompared(library, args);
    return result.kind === "two" ? [result.a.id, result.b.id] : result.kind === "fewer" ? result.names : result.kind;
  } catch (error) {
    if (!isEthicsError(error)) throw error;
    return { message: error.message, hint: error.hint, exitCode: error.exitCode };
  }
}

describe("both codes in one argument", () => {
  it.each([
    [["alaska,medi-cal"], ["alaska", "medi-cal"]],
    [["alaska, medi-cal"], ["alaska", "medi-cal"]],
    [["alaska and medi-cal"], ["alaska", "medi-cal"]],
    [["alaska vs medi-cal"], ["alaska", "medi-cal"]],
    [["north carolina,wi"], ["north-carolina", "wisconsin"]],
    [["alaska", "medi-cal"], ["alaska", "medi-cal"]],
    [["north", "carolina", "alaska"], ["north-carolina", "alaska"]],
  ])("%j names %j", (args, ids) => {
    expect(compared(args)).toEqual(ids);
  });

  it.each([
    [["north carolina"], ["north carolina"]],
    [["north", "carolina"], ["north carolina"]],
    [["alaska,"], ["alaska"]],
    [[], []],
  ])("%j names fewer codes than two: %j", (args, names) => {
    expect(compared(args)).toEqual(names);
  });

  it("commander takes one argument, as it may hold both; the help and hints still ask for two", () => {
    const command = diff();
    expect(command.registeredArguments.map((argument) => argument.required)).toEqual([true, false]);
    expect(command.usage()).toBe("[options] <a> <b>");
    expect(argumentsTaken(command)).toEqual({ least: 2, most: 2 });
    expect(argumentsTaken(new Command("x").argument("<a>").argument("[b...]"))).toEqual({ least: 1, most: Infinity });
  });
});
