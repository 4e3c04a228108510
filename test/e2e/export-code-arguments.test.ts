// `ethics export alaska` was "too many arguments for 'export'", its hint dropping the code:
// list, show and diff take codes as arguments, so export does too, meaning what --code means.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("export takes codes as arguments", () => {
  it.each([
    [["alaska", "medi-cal", "--format", "md"], ["--code", "alaska", "--code", "medi-cal", "--format", "md"]],
    [["north", "carolina", "--format", "csv"], ["--code", "north carolina", "--format", "csv"]],
    [["ak,wi", "--format", "yaml"], ["--code", "ak,wi", "--format", "yaml"]],
    [["alaska", "--format", "yaml", "--id", "my-alaska"], ["--code", "alaska", "--format", "yaml", "--id", "my-alaska"]],
    [["wi", "--format", "anki-cloze"], ["--code", "wi", "--format", "anki-cloze"]],
    // Both together add up, as --code given twice does.
    [["alaska", "--code", "wi", "--format", "csv"], ["--code", "alaska,wi", "--format", "csv"]],
    [["alaska", "-c", "alaska", "--json"], ["--code", "alaska", "--json"]],
    // Joined as show joins them (`show wi and nc`): "and" was "no code 'and'".
    [["alaska", "and", "wi", "--format", "md"], ["--code", "alaska,wi", "--format", "md"]],
    [["north", "carolina", "AND", "alaska", "--format", "csv"], ["--code", "north-carolina,alaska", "--format", "csv"]],
    [["wi, nc, and alaska", "--format", "csv"], ["--code", "wi,nc,alaska", "--format", "csv"]],
    [["wi", "&", "nc", "--format", "csv"], ["--code", "wi,nc", "--format", "csv"]],
  ])("export %j is export %j", (args, withCode) => {
    const asArguments = ethics(["export", ...args]);
    expect(asArguments.stderr).toBe("");
    expect(asArguments.code).toBe(0);
    expect(asArguments.stdout).toBe(ethics(["export", ...withCode]).stdout);
  });

  it("an unknown code is refused as --code refuses it", () => {
    const asArgument = ethics(["export", "alaksa", "--format", "md"]);
    expectShortFailure(asArgument, 1, "no code 'alaksa' — did you mean alaska?");
    expect(asArgument.stderr).toBe(ethics(["export", "--code", "alaksa", "--format", "md"]).stderr);
  });

  it("an 'and' with no code on one side, or written twice, is no joiner: refused as a name", () => {
    expectShortFailure(ethics(["export", "alaska", "and", "--format", "md"]), 1, "no code 'and'");
    expectShortFailure(ethics(["export", "and", "wi", "--format", "md"]), 1, "no code 'and'");
    expectShortFailure(ethics(["export", "alaska", "and", "and", "wi", "--format", "md"]), 1, "no code 'and'");
  });

  it("an empty argument is no code, not every code", () => {
    expectShortFailure(ethics(["export", "", "--format", "md"]), 2, "no code given");
  });

  it("an argument of commas alone is no code either (`export \"$A,$B\"`, neither set), as `list ,` says", () => {
    expectShortFailure(ethics(["export", ",", "--format", "csv"]), 2, "no code ',': a name has letters or digits");
    expectShortFailure(ethics(["export", " , ", "alaska", "--format", "csv"]), 2, "no code ','");
  });
});
