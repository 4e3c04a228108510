// An option given without its value ("ethics search gift -n") is said as a missing argument is:
// what the option needs in its help's words, and where its options are listed — not commander's
// bare "option '-n, --limit <n>' argument missing".
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("an option without its value", () => {
  it.each([
    [["search", "gift", "-n"], "ethics: --limit needs <n>: at most this many hits\nhint: `ethics search --help` lists its options\n"],
    [["random", "--seed"], "ethics: --seed needs <n>: the same seed gives the same standard\nhint: `ethics random --help` lists its options\n"],
    [["export", "-f"], "ethics: --format needs <format>: output format\nhint: `ethics export --help` lists its options\n"],
    [["quiz", "--count"], "ethics: --count needs <n>: how many questions\nhint: `ethics quiz --help` lists its options\n"],
  ])("%j says what it needs, exit 2", (args, expected) => {
    const result = ethics(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(expected);
  });

  it("--data, the program's own option, with one hint", () => {
    const result = ethics(["--data"]);
    expect(result.code).toBe(2);
    expect(result.stderr.replace(/\n {8}/g, " ")).toBe(
      "ethics: --data needs <dir>: add the codes in a directory of YAML files (repeatable; also ETHICS_DATA)\nhint: `ethics --help` lists the commands and options\n",
    );
  });
});

describe("--section with an empty value", () => {
  it.each([[["search", "gifts", "--section", ""]], [["search", "gifts", "-s", ""]], [["diff", "alaska", "medi-cal", "--section="]]])("%j: a usage error about --section, not about a code", (args) => {
    const result = ethics(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: --section needs a section name\nhint: e.g. --section integrity; leave --section out for every section\n");
  });
});

describe("--section of punctuation alone, over several codes", () => {
  it.each([
    [["search", "gifts", "--section", "!!"], "alaska"],
    [["search", "gifts", "--code", "wisconsin,alaska", "--section", "!!"], "wisconsin"],
  ])("%j: said of the codes searched, not of the first", (args, first) => {
    const result = ethics(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    // The hint's command names a code searched, so that it runs (it was `list <code>`).
    expect(result.stderr).toBe(`ethics: no section '!!': a name has letters or digits\nhint: e.g. \`ethics list ${first}\` shows a code's sections\n`);
    expect(ethics(["list", first]).code).toBe(0);
  });

  it("over one code, says which code and its sections", () => {
    const result = ethics(["search", "gifts", "--code", "wisconsin", "--section", "!!"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("ethics: no section '!!' in wisconsin: a name has letters or digits\nhint: expected one of: code-of-conduct\n");
  });
});
