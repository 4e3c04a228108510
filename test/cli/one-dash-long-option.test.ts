import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { longOptionWithOneDash } from "../../src/cli/one-dash-long-option.js";

const refused = (args: string[]) => longOptionWithOneDash(buildProgram(["node", "ethics", ...args]), args);

describe("a long option typed with one dash", () => {
  // Commander read each as a short option with the rest glued on (-c 'ode', -r '-eview'), or an argument.
  it.each<[string[], string, string]>([
    [["search", "gifts", "-code", "wi"], "-code", "`ethics search gifts --code wi`"],
    [["random", "-topic", "gifts"], "-topic", "`ethics random --topic gifts`"],
    [["export", "-format", "csv"], "-format", "`ethics export --format csv`"],
    [["quiz", "-review"], "-review", "`ethics quiz --review`"],
    [["random", "-count", "3"], "-count", "`ethics random --count 3`"],
    [["quiz", "-kind", "cloze", "--json"], "-kind", "`ethics quiz --kind cloze --json`"],
    [["diff", "wwt", "mc", "-topic", "gifts"], "-topic", "`ethics diff wwt mc --topic gifts`"],
    // No short option begins it: commander said "did you mean", the hint was the help.
    [["search", "gifts", "-json"], "-json", "`ethics search gifts --json`"],
    // A slip of the name, its first letter kept; a value glued on with =; the program's options.
    [["search", "gifts", "-cod", "wi"], "-cod", "`ethics search gifts --code wi`"],
    [["search", "gifts", "-code=wi"], "-code=wi", "`ethics search gifts --code=wi`"],
    [["list", "-Version"], "-Version", "`ethics list --version`"],
    // Each such word is corrected, the value of one not read as another.
    [["quiz", "-kind", "cloze", "-count", "3"], "-kind", "`ethics quiz --kind cloze --count 3`"],
  ])("%j", (args, word, command) => {
    const said = refused(args);
    expect(said?.message).toMatch(new RegExp(`^unknown option '${word}' — did you mean --`));
    expect(said?.hint).toBe(`long options take two dashes: ${command}`);
  });

  it.each<[string[]]>([[["search", "gifts", "-code"]], [["search", "gifts", "-code", "--json"]], [["search", "gifts", "-code", "--"]]])("%j: no value, so the command's help", (args) => {
    expect(refused(args)).toEqual({ message: "unknown option '-code' — did you mean --code?", hint: "`ethics search --help` lists its options" });
  });

  it.each<[string[]]>([
    // Short options with their values glued on, as commander reads them.
    [["export", "-fjson"]],
    [["export", "-fcsv"]],
    [["search", "gifts", "-n5"]],
    [["random", "-tgifts"]],
    [["search", "gifts", "-cwi"]],
    // An option's value, a word after --, a word that names no option, no command.
    [["random", "--topic", "-count"]],
    [["search", "--", "-code"]],
    [["search", "gifts", "-bogus"]],
    [["-code", "wi"]],
    [["search", "--json"]],
  ])("%j is left to commander", (args) => {
    expect(refused(args)).toBeUndefined();
  });
});
