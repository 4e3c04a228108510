// `ethics --color show …` was "unknown option '--color' — did you mean --no-color?": the
// opposite of what was asked, where git, ls and grep take --color. Now --color colours even
// piped output, over NO_COLOR as no-color.org asks of per-run arguments; with --no-color too,
// the last given wins. A flag written with a value (`--color=always`, `--json=true`) was an
// "unknown option" with nothing said of the flag it names.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const ESC = "\u001b[";

describe("--color", () => {
  it.each([
    ["--color, piped", ["--color", "show", "wisconsin", "1"], {}, true],
    ["--color after the command", ["show", "wisconsin", "1", "--color"], {}, true],
    ["--color over NO_COLOR", ["--color", "show", "wisconsin", "1"], { NO_COLOR: "1" }, true],
    ["--color over FORCE_COLOR=0", ["--color", "show", "wisconsin", "1"], { FORCE_COLOR: "0" }, true],
    ["--color then --no-color: the last", ["--color", "--no-color", "show", "wisconsin", "1"], {}, false],
    ["--no-color then --color: the last", ["--no-color", "--color", "show", "wisconsin", "1"], {}, true],
    ["--no-color over FORCE_COLOR", ["--no-color", "show", "wisconsin", "1"], { FORCE_COLOR: "1" }, false],
    ["neither, piped", ["show", "wisconsin", "1"], {}, false],
  ])("%s", (_, args, env, coloured) => {
    const result = ethics(args, { env });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.includes(ESC)).toBe(coloured);
    expect(result.stdout.replace(/\u001b\[\d+m/g, "")).toMatch(/^Wisconsin 1\n {2}The primary responsibility/);
  });

  it("is in the help, beside --no-color", () => {
    const help = ethics(["--help"]).stdout;
    expect(help).toMatch(/\n {2}--color {2,}colour even when piped or NO_COLOR is set/);
    expect(help).toMatch(/\n {2}--no-color {2,}no colour/);
  });
});

describe("a flag given a value", () => {
  it.each([
    [["--color=always", "list"], "ethics: --color takes no value, not 'always': --color colours always, --no-color\n        never\nhint: `ethics --help` lists the commands and options\n"],
    [["list", "--color=never"], "ethics: --color takes no value, not 'never': --color colours always, --no-color\n        never\nhint: `ethics list --help` lists its options\n"],
    [["--no-color=1", "list"], "ethics: --no-color takes no value, not '1': --color colours always, --no-color\n        never\nhint: `ethics --help` lists the commands and options\n"],
    [["search", "gifts", "--json=true"], "ethics: --json takes no value, not 'true'\nhint: `ethics search --help` lists its options\n"],
    [["show", "wisconsin", "1", "--no-pager=yes"], "ethics: --no-pager takes no value, not 'yes'\nhint: `ethics show --help` lists its options\n"],
  ])("%j: a usage error naming the flag", (args, stderr) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
  });

  it("an option unknown with a value is still unknown", () => {
    const result = ethics(["search", "gifts", "--bogus=1"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: unknown option '--bogus=1'\nhint: `ethics search --help` lists its options\n");
    expect(result.code).toBe(2);
  });
});
