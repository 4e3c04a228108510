// Input that names nothing, or options that say two things, is a usage error (exit 2) that says
// what was wrong: never ignored, never "given" as something else. The runs go at once.
import { describe, expect, it } from "vitest";
import { ethicsAll, expectShortFailure, unwrapped } from "./run.js";

const CODES = "hint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin";

const cases: [string[], string][] = [
  // A word of punctuation alone in a reference: not dropped from the name before it.
  [["show", "alaska", "!!!"], "ethics: '!!!' in 'alaska !!!' is neither a name nor a number"],
  [["show", "alaska", "#"], "ethics: '#' in 'alaska #' is neither a name nor a number"],
  [["show", "medi-cal", "integrity", "*"], "ethics: '*' in 'medi-cal integrity *' is neither a name nor a number"],
  // Where a code belongs, a name was given: it is named, with the codes there are.
  [["show", "*"], `ethics: no code '*': a name has letters or digits\n${CODES}`],
  [["list", "*"], `ethics: no code '*': a name has letters or digits\n${CODES}`],
  [["search", "gifts", "--code", "*"], `ethics: no code '*': a name has letters or digits\n${CODES}`],
  // An option of the command given before it.
  [["--json", "list"], "ethics: unknown option '--json' before the command\nhint: options of list go after it: `ethics list --json`"],
  // Options that conflict.
  [["export", "--json", "--format", "md", "--code", "wi"], "ethics: --json and --format md conflict: --json is --format json\nhint: give one: `ethics export --format md --code wi`"],
  // An id a reference cannot reach would make a file that does not validate.
  [["export", "--format", "yaml", "--code", "wi", "--id", "2024"], "ethics: --id '2024' reads as a standard number in a reference; an id needs a letter, e.g. 'code-2024'"],
  // An empty topic, as an empty code or section name.
  [["random", "--topic="], "ethics: no topic given"],
  [["quiz", "--topic="], "ethics: no topic given"],
  [["topic", ""], "ethics: no topic given"],
  [["concepts", ""], "ethics: no topic given"],
  [["topic", "*"], "ethics: no topic or concept '*': a name has letters or digits"],
  // A dashed word after `--` is taken for a command: no suggestion cut out of a command's name
  // (commander suggested '--lp' for '--help', '--lidate' for '--liste').
  [["--", "--help"], "ethics: unknown command '--help'\nhint: `ethics --help` lists the commands and options"],
  [["--", "--liste"], "ethics: unknown command '--liste'\nhint: `ethics --help` lists the commands and options"],
];

describe("usage errors", () => {
  it("each says what was wrong, exit 2", async () => {
    const results = await ethicsAll(cases.map(([args]) => [args]));
    cases.forEach(([args, message], at) => {
      expect({ args, message: unwrapped(results[at]!.stderr).includes(message) }).toEqual({ args, message: true });
      expectShortFailure(results[at]!, 2, message);
    });
  });

  it("--json with --format json is no conflict", async () => {
    const [both, json] = await ethicsAll([[["export", "--json", "--format", "json", "--code", "wi"]], [["export", "--json", "--code", "wi"]]]);
    expect(both!.code).toBe(0);
    expect(both!.stdout).toBe(json!.stdout);
    expect(JSON.parse(both!.stdout).id).toBe("wisconsin");
  });
});
