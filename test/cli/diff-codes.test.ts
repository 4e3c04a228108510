// diff's codes read from its arguments: both in one (`diff alaska,medi-cal` was "diff needs <b>",
// its hint `ethics diff alaska,medi-cal medi-cal`, which failed), and three or more counted as
// codes, not as words ("and" counted: "Expected 2 arguments but got 5"), with the command that
// sets several side by side.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Command } from "commander";
import { argumentsTaken } from "../../src/cli/arguments-taken.js";
import { diff } from "../../src/cli/commands/diff.js";
import { codesCompared } from "../../src/cli/diff-codes.js";
import { themeAfterCodes } from "../../src/cli/diff-theme-words.js";
import { isEthicsError, EXIT_USAGE } from "../../src/core/errors.js";
import { readDataDirectory } from "../../src/core/library/read-data.js";

const library = readDataDirectory(join(import.meta.dirname, "../../data"), "data");

/** What codesCompared gives `args`: the two ids, the one name, or the error's message, hint and exit code. */
function compared(args: string[], topic?: string): unknown {
  try {
    const result = codesCompared(library, args, topic);
    return result.kind === "two" ? [result.a.id, result.b.id] : result.names;
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

describe("two arguments that each name a code", () => {
  // A copy exported with --id: its short name holds the original's.
  const alaska = library.codes.find((code) => code.id === "alaska")!;
  const copy = { ...alaska, id: "copy-of-alaska", aliases: [], shortName: "Alaska (copy-of-alaska)", title: `${alaska.title} (copy-of-alaska)` };
  const withCopy = { ...library, codes: [...library.codes, copy] };

  it.each([
    [["alaska", "copy-of-alaska"], ["alaska", "copy-of-alaska"]],
    [["copy-of-alaska", "alaska"], ["copy-of-alaska", "alaska"]],
    [["alaska", "and", "copy-of-alaska"], ["alaska", "copy-of-alaska"]],
  ])("%j are those two, not a name read across them", (args, ids) => {
    const result = codesCompared(withCopy, args, undefined);
    expect(result.kind === "two" ? [result.a.id, result.b.id] : result).toEqual(ids);
  });
});

describe("three codes or more", () => {
  const several = (hint: string) => ({ message: "diff compares two codes, not 3: alaska, medi-cal and wisconsin", hint, exitCode: EXIT_USAGE });
  const onATheme = several("side by side on a theme, e.g. `ethics topic gifts --code alaska,medi-cal,wisconsin`");
  it.each([
    [["alaska", "medi-cal", "wisconsin"], undefined, onATheme],
    // Each "and" is no code.
    [["alaska", "and", "medi-cal", "and", "wisconsin"], undefined, onATheme],
    [["alaska,medi-cal,wisconsin"], undefined, onATheme],
    [["alaska,", "medi-cal,", "and", "wisconsin"], undefined, onATheme],
    [["alaska", "medi-cal", "wisconsin"], "dual relationships", several("side by side on it: `ethics topic dual-relationships --code alaska,medi-cal,wisconsin`")],
    [["alaska", "medi-cal", "wisconsin"], "hugs", several("side by side on it: `ethics topic physical-contact --code alaska,medi-cal,wisconsin`")],
    // One named twice leaves two: their diff.
    [["wi", "wisconsin", "nc"], undefined, { message: "diff compares two codes, not 3: wisconsin, wisconsin and north-carolina", hint: "`ethics diff wisconsin north-carolina`", exitCode: EXIT_USAGE }],
  ])("%j (--topic %s) is refused, counted as codes", (args, topic, error) => {
    expect(compared(args, topic)).toEqual(error);
  });

  it("a word that names no code beside two codes is said as such, with their diff", () => {
    expect(compared(["alaska", "medi-cal", "nope"])).toMatchObject({ message: "diff compares two codes: 'nope' names none", hint: "`ethics diff alaska medi-cal`", exitCode: EXIT_USAGE });
  });

  it("a slip of a third code's name is said as a slip", () => {
    expect(compared(["alaska", "medi-cal", "wiscnsin"])).toMatchObject({ message: "no code 'wiscnsin' — did you mean wisconsin?", exitCode: 1 });
  });
});

describe("codes joined as people say it", () => {
  it.each([
    [["alaska", "to", "medi-cal"], ["alaska", "medi-cal"]],
    [["alaska", "with", "medi-cal"], ["alaska", "medi-cal"]],
    [["alaska against medi-cal"], ["alaska", "medi-cal"]],
    [["from", "alaska", "to", "medi-cal"], ["alaska", "medi-cal"]],
    [["from alaska", "to", "north", "carolina"], ["alaska", "north-carolina"]],
  ])("%j names %j", (args, ids) => {
    expect(compared(args)).toEqual(ids);
  });

  it.each([
    // nothing after it: a name, refused as typed
    [["from"], { message: "no code 'from'", exitCode: 1 }],
    [["alaska", "to"], { message: "no code 'to'", exitCode: 1 }],
  ])("%j is not read so", (args, read) => {
    expect(compared(args)).toMatchObject(read);
  });
});

describe("the theme after the codes", () => {
  it.each([
    [["alaska", "wisconsin", "on", "gifts"], { codes: ["alaska", "wisconsin"], theme: "gifts" }],
    [["alaska and wisconsin", "about", "dual", "relationships"], { codes: ["alaska", "and", "wisconsin"], theme: "dual relationships" }],
    [["from", "north", "carolina", "to", "wi", "on", "gifts"], { codes: ["north", "carolina", "to", "wi"], theme: "gifts" }],
    [["alaska", "wisconsin", "on", "socail", "media"], { codes: ["alaska", "wisconsin"], theme: "socail media" }],
    // "on" with no theme after it, or with words before it that are no codes
    [["alaska", "wisconsin", "on"], undefined],
    [["alaska", "xyzzy", "on", "gifts"], undefined],
    [["alaska", "wisconsin"], undefined],
  ])("%j → %j", (args, read) => {
    expect(themeAfterCodes(library, args)).toEqual(read);
  });
});
