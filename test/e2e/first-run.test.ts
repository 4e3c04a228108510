// What a first-time user meets when a command is given too little or a wrong name: a message in
// ethics' own form (what was wrong — did you mean …?), a hint naming the next step, the usage
// exit status, all within 80 columns. The runs go at once.
import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/core/text-width.js";
import { ethicsAll, expectShortFailure } from "./run.js";

type RunOptions = NonNullable<Parameters<typeof ethicsAll>[0][number][1]>;

const cases: [args: string[], exit: number, stderr: string][] = [
  // A missing argument says what the command takes (in its help's words), an example of it that
  // runs (it was the usage line, `ethics show <reference...>`), and where its examples are.
  [["show"], 2, "ethics: show needs <reference...>: code [section] [number | range | list], a\n        printed citation, or code:section:number; several at once\nhint: e.g. `ethics show medi-cal integrity 12`; more examples:\n      `ethics help show`"],
  [["diff", "alaska"], 2, "ethics: diff needs <b>: the code to compare to\nhint: e.g. `ethics diff alaska medi-cal`; more examples: `ethics help diff`"],
  [["topic"], 2, "ethics: topic needs <topic...>: a topic or concept, by id or name, any case:\n        gifts, dual relationships, accepting-gifts\nhint: e.g. `ethics topic gifts`; more examples: `ethics help topic`"],
  [["search"], 2, "hint: e.g. `ethics search gifts`; more examples: `ethics help search`"],
  [["completion"], 2, "hint: e.g. `ethics completion bash`; more examples: `ethics help completion`"],
  [["validate"], 2, "ethics: validate needs <path...>: YAML code files or directories of them\nhint: `ethics help validate` shows what it takes, with examples"],
  // Codes are counted, and the command that sets several side by side named.
  [["diff", "alaska", "wisconsin", "nc"], 2, "ethics: diff compares two codes, not 3: alaska, wisconsin and north-carolina\nhint: side by side on a theme, e.g.\n      `ethics topic gifts --code alaska,wisconsin,north-carolina`"],
  [["topics", "gifts"], 2, "ethics: topics takes no arguments, not 'gifts' — did you mean topic?\nhint: `ethics topic gifts`"],
  // Unknown names are said as unknown codes are: on one line with the suggestion.
  [["lsit"], 2, "ethics: unknown command 'lsit' — did you mean list?\nhint: `ethics --help` lists the commands and options"],
  // commander suggests by spelling, case included: a command typed in capitals is suggested too.
  [["LIST"], 2, "ethics: unknown command 'LIST' — did you mean list?\nhint: `ethics --help` lists the commands and options"],
  [["Search", "gifts"], 2, "ethics: unknown command 'Search' — did you mean search?\nhint: `ethics --help` lists the commands and options"],
  [["help", "nonsense"], 2, "ethics: unknown command 'nonsense'\nhint: `ethics --help` lists the commands"],
  [["help", "shwo"], 2, "ethics: unknown command 'shwo' — did you mean show?"],
  [["search", "gifts", "--cod", "ak"], 2, "ethics: unknown option '--cod' — did you mean --code?\nhint: `ethics search --help` lists its options"],
  // A one-letter name suggests nothing rather than a name that shares none of it.
  [["random", "--topic", "x"], 1, "ethics: no topic 'x'\nhint: `ethics topics` lists them"],
  [["topic", "x"], 1, "ethics: no topic or concept 'x'\nhint:"],
];

describe("a first run's mistakes", () => {
  it("each says what was wrong and what to do, within 80 columns", async () => {
    const results = await ethicsAll(cases.map(([args]) => [args, { env: { COLUMNS: "80" } }]));
    cases.forEach(([args, exit, stderr], at) => {
      const result = results[at]!;
      expect({ args, stderr: result.stderr }).toEqual({ args, stderr: expect.stringContaining(stderr) });
      expectShortFailure(result, exit, stderr.split("\n")[0]!);
      for (const line of result.stderr.split("\n")) expect(visibleLength(line)).toBeLessThanOrEqual(80);
    });
  });

  it("a command given too few or too many arguments: each command its hint gives runs", async () => {
    const given = [["show"], ["search"], ["topic"], ["diff"], ["diff", "alaska"], ["diff", "medi-cal"], ["diff", "ak", "wi", "nc"], ["completion"], ["completion", "bash", "zsh"], ["validate"]];
    const results = await ethicsAll(given.map((args) => [args]));
    const commands = results.flatMap((result) => [...result.stderr.replace(/\n +/g, " ").matchAll(/`ethics ([^`]*)`/g)].map((match) => match[1]!.split(" ")));
    // Each an example and its help, but validate's (its help) and three codes to diff (topic's command).
    expect(commands.length).toBeGreaterThanOrEqual(given.length * 2 - 2);
    for (const command of commands) expect(command.some((word) => /^<.*>$|\.\.\.>$/.test(word)), command.join(" ")).toBe(false);
    const runs = await ethicsAll(commands.map((command) => [command]));
    runs.forEach((run, at) => expect(run.code, commands[at]!.join(" ")).toBe(0));
  });

  it("`ethics help help` prints the program's help, as `ethics help` does", async () => {
    const [twice, once, thrice] = await ethicsAll([[["help", "help"]], [["help"]], [["help", "help", "help"]]]);
    for (const again of [twice!, thrice!]) {
      expect(again.code).toBe(0);
      expect(again.stderr).toBe("");
      expect(again.stdout).toContain("Usage: ethics [options] [command]");
      expect(again.stdout).toBe(once!.stdout);
    }
  });

  it("`ethics help <command>` still prints that command's help", async () => {
    const [help] = await ethicsAll([[["help", "show"]]]);
    expect(help!.code).toBe(0);
    expect(help!.stdout).toContain("Usage: ethics show");
  });
});

describe("help at 80 columns", () => {
  const commands = ["list", "show", "search", "diff", "topic", "topics", "concepts", "validate", "quiz", "random", "export"];
  const tables = (help: string) => help.split(/\n(?=\S)/).filter((block) => /^(Examples|References)/.test(block));

  it("lays out each command's examples and references as on a wide terminal, none wrapped", async () => {
    const runs = commands.flatMap((command) => ["80", "200"].map((columns): [string[], RunOptions] => [[command, "--help"], { env: { COLUMNS: columns } }]));
    const results = await ethicsAll(runs);
    commands.forEach((command, at) => {
      const [narrow, wide] = [results[2 * at]!.stdout, results[2 * at + 1]!.stdout];
      expect({ command, tables: tables(narrow) }).toEqual({ command, tables: tables(wide) });
      expect(tables(narrow).length).toBeGreaterThan(0);
    });
  });
});

