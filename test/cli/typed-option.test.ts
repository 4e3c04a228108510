// An option read from the words typed, in each form commander reads it.
import { describe, expect, it } from "vitest";
import { dataFoldersTyped, typedOption } from "../../src/cli/command-name.js";

describe("an option as typed", () => {
  it.each<[string[], number, string | undefined, { value: string | undefined; last: number } | undefined]>([
    [["--code", "alaska"], 0, "-c", { value: "alaska", last: 1 }],
    [["--code=alaska"], 0, "-c", { value: "alaska", last: 0 }],
    [["-c", "alaska"], 0, "-c", { value: "alaska", last: 1 }],
    [["-calaska"], 0, "-c", { value: "alaska", last: 0 }],
    [["list", "--code"], 1, "-c", { value: undefined, last: 1 }],
    [["--code="], 0, "-c", { value: "", last: 0 }],
    // Not the option: another, a dash after the letter, or a letter it does not have.
    [["--codes", "x"], 0, "-c", undefined],
    [["-c-x"], 0, "-c", undefined],
    [["-calaska"], 0, undefined, undefined],
    [["alaska"], 0, "-c", undefined],
  ])("%j at %i", (words, at, short, read) => {
    expect(typedOption(words, at, "--code", short)).toEqual(read);
  });

  it.each<[string[], string, { value: string | undefined; last: number; flagsBefore?: string } | undefined]>([
    [["-rt", "dual"], "r", { value: "dual", last: 1, flagsBefore: "-r" }],
    [["-rtdual"], "r", { value: "dual", last: 0, flagsBefore: "-r" }],
    [["-rrt", "dual"], "r", { value: "dual", last: 1, flagsBefore: "-rr" }],
    [["-rt"], "r", { value: undefined, last: 0, flagsBefore: "-r" }],
    // A letter that takes a value takes the rest as it: `-ct` is --code t.
    [["-ct", "dual"], "r", undefined],
    [["-rt", "dual"], "", undefined],
    [["-rt-x"], "r", undefined],
  ])("--topic in %j, the flags %j before it", (words, flagLetters, read) => {
    expect(typedOption(words, 0, "--topic", "-t", flagLetters)).toEqual(read);
  });

  it("gives the --data folders, before and after the command, up to --", () => {
    expect(dataFoldersTyped(["--data", "a", "list", "--data=b", "--data=", "--", "--data", "c"])).toEqual(["a", "b"]);
    expect(dataFoldersTyped(["list", "--data"])).toEqual([]);
  });
});
