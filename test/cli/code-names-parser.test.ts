// The parser of --code and --codes names the flag it is for in its messages: it once read the
// flag from `this`, which holds only because commander calls a parser as the option's method (not
// documented); called any other way it said --code for --codes. Each parser now knows its flag.
import { describe, expect, it } from "vitest";
import { Option } from "commander";
import { codeNamesParser, codeOption, codesAlias, takesCodeNames } from "../../src/cli/options.js";
import { UsageError } from "../../src/core/errors.js";

describe("codeNamesParser", () => {
  it.each([
    ["--code", "", "--code '' is empty: it takes a code's id, alias or name, or several separated by commas"],
    ["--codes", "", "--codes '' is empty: it takes a code's id, alias or name, or several separated by commas"],
    ["--codes", "ak,", "--codes 'ak,' has an empty name (a stray comma?): it takes code names separated by commas"],
    ["--code", "ak,,wi", "--code 'ak,,wi' has an empty name (a stray comma?): it takes code names separated by commas"],
  ])("%s %j, called as a plain function: a usage error naming that flag", (flag, value, message) => {
    const parse = codeNamesParser(flag);
    expect(() => parse(value)).toThrow(UsageError);
    expect(() => parse(value)).toThrow(message);
  });

  it.each([
    ["ak,wi", undefined, ["ak", "wi"]],
    [" nc ", ["ak"], ["ak", "nc"]],
  ])("%j after %j → %j", (value, previous, expected) => {
    expect(codeNamesParser("--code")(value, previous)).toEqual(expected);
  });

  it("completion tells the options that take code names by their parser, not their name", () => {
    expect(takesCodeNames(codeOption())).toBe(true);
    expect(takesCodeNames(codesAlias())).toBe(true);
    expect(takesCodeNames(new Option("--code <code>", "a look-alike"))).toBe(false);
    expect(takesCodeNames(new Option("--only <list>", "other").argParser((value: string) => value))).toBe(false);
  });
});
