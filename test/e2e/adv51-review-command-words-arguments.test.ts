// `ethics compare`, `ethics find`, `ethics compare nc`, `ethics compare nc wi ak`: the command
// said in other words was named back with the words given it, `ethics diff`, `ethics search`,
// `ethics diff nc`, each a usage error when pasted. Where the words are not what the command
// takes, the hint is its help, which runs and shows what it takes.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

describe("a command said in other words, with words it could not run with", () => {
  it.each<[string[], string]>([
    [["compare"], "diff"],
    [["compare", "nc"], "diff"],
    [["compare", "nc", "wi", "ak"], "diff"],
    [["find"], "search"],
    [["find", "--code", "nc"], "search"],
    [["check"], "validate"],
    [["theme"], "topic"],
  ])("%j", (args, command) => {
    const result = ethics(args);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const said = unwrapped(result.stderr);
    expect(said).toContain(`hint: \`ethics help ${command}\` shows what it takes, with examples\n`);
    expect(ethics(["help", command]).code).toBe(0);
  });

  it.each<[string[], string]>([
    [["find", "--code", "nc", "gifts"], "`ethics search --code nc gifts`"],
    [["compare", "--", "nc", "wi"], "`ethics diff -- nc wi`"],
  ])("%j: words it takes are still given it", (args, hint) => {
    const said = unwrapped(ethics(args).stderr);
    expect(said).toContain(`hint: ${hint}\n`);
    const words = hint.slice(1, -1).split(" ").slice(1);
    expect(ethics(words).code).toBe(0);
  });
});

describe("a command said in other words, with --data after it", () => {
  // `compare --data X a b` was told to see `ethics --data X help diff` (the folder counted as a
  // third code), and `find --data X gifts` gave `ethics --data X search --data X gifts`.
  it.each<[string[], string]>([
    [["compare", "--data", "test/fixtures/user-codes", "riverside", "alaska"], "diff riverside alaska"],
    [["find", "--data=test/fixtures/user-codes", "gifts"], "search gifts"],
  ])("%j", (args, command) => {
    const said = unwrapped(ethics(args).stderr);
    const hint = /hint: `ethics ([^`]*)`\n/.exec(said)?.[1];
    expect(hint).toMatch(new RegExp(`^--data \\S+ ${command}$`));
    expect(ethics(hint!.split(" ")).code).toBe(0);
  });

  it("a dashed word with a space in it is quoted", () => {
    const said = unwrapped(ethics(["find", "--section=code of conduct", "gifts"]).stderr);
    expect(said).toContain("hint: `ethics search '--section=code of conduct' gifts`\n");
    expect(ethics(["search", "--section=code of conduct", "gifts"]).code).toBe(0);
  });

  it("a code named in two words is given back as its id, which needs no quotes", () => {
    const said = unwrapped(ethics(["find", "--code=north carolina", "gifts"]).stderr);
    expect(said).toContain("hint: `ethics search --code=north-carolina gifts`\n");
  });
});
