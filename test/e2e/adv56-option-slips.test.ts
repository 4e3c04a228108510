// Slips a reviewer found in how options and commands are read, each a usage error whose hint
// is a command that runs: long options typed with one dash (`-code wi`, read as -c 'ode'),
// a hint that kept the bad word or dropped the user's options, `topics gifts` for `topic
// gifts`, and --json beside --version and help.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

/** The commands a message's hints give, as the words after `ethics`, quotes read as a shell reads them. */
function hintCommands(stderr: string): string[][] {
  return [...unwrapped(stderr).matchAll(/`ethics ([^`]*)`/g)].map(([, words]) => words!.match(/'[^']*'|\S+/g)!.map((word) => word.replace(/^'|'$/g, "")));
}

/** A usage error: nothing on stdout, exactly `stderr`, exit 2; and each command its hint gives runs. */
function expectUsageError(args: string[], stderr: string): void {
  const run = ethics(args);
  expect([run.stdout, run.stderr, run.code]).toEqual(["", stderr, 2]);
  const commands = hintCommands(run.stderr);
  expect(commands.length).toBeGreaterThan(0);
  for (const words of commands) {
    const pasted = ethics(words);
    expect([words, withoutMoreAnswers(pasted.stderr), pasted.code]).toEqual([words, "", 0]);
  }
}

/** stderr less search's line on the answers past its limit, which is no complaint. */
const withoutMoreAnswers = (stderr: string) => stderr.replace(/^hint: \d+ more standards? answers? this: --limit \d+ shows (?:them|it)\n/m, "");

describe("a long option typed with one dash", () => {
  it.each<[string[], string, string]>([
    [["random", "-topic", "gifts"], "-topic", "`ethics random --topic gifts`"],
    [["random", "-code", "wi"], "-code", "`ethics random --code wi`"],
    [["search", "gifts", "-code", "wi"], "-code", "`ethics search gifts --code wi`"],
    [["topic", "gifts", "-code", "wi"], "-code", "`ethics topic gifts --code wi`"],
    [["export", "-format", "csv"], "-format", "`ethics export --format csv`"],
    [["random", "-count", "3"], "-count", "`ethics random --count 3`"],
    [["quiz", "-kind", "cloze", "--json"], "-kind", "`ethics quiz --kind cloze --json`"],
    [["diff", "wwt", "mc", "-topic", "gifts"], "-topic", "`ethics diff wwt mc --topic gifts`"],
    [["search", "gifts", "-json"], "-json", "`ethics search gifts --json`"],
    [["search", "gifts", "-limit", "3"], "-limit", "`ethics search gifts --limit 3`"],
  ])("%j", (args, word, command) => {
    expectUsageError(args, `ethics: unknown option '${word}' — did you mean -${word}?\nhint: long options take two dashes: ${command}\n`);
  });

  it("-review: read as --review, not -r then '-eview'", () => {
    const run = ethics(["quiz", "-review", "--json"]);
    expect([run.stdout, run.stderr, run.code]).toEqual(["", "ethics: unknown option '-review' — did you mean --review?\nhint: long options take two dashes: `ethics quiz --review --json`\n", 2]);
    // Pasted, it reviews: with no quiz taken at a terminal, nothing to.
    const pasted = ethics(["quiz", "--review", "--json"]);
    expect([pasted.stdout, pasted.stderr.split("\n")[0], pasted.code]).toEqual(["", "ethics: nothing to review: no standard you missed in a quiz at a terminal is", 1]);
  });

  it.each<[string[]]>([[["export", "--code", "wi", "-fcsv"]], [["search", "gifts", "-n1"]], [["random", "-tgifts", "-cwi"]]])("%j: a short option's value glued on, as before", (args) => {
    const run = ethics(args);
    expect([withoutMoreAnswers(run.stderr), run.code]).toEqual(["", 0]);
    expect(run.stdout).not.toBe("");
  });
});

describe("a topic as random's argument", () => {
  // After `--` the hint's --topic was an argument: `ethics random -- --topic gifts`.
  it.each<[string[], string]>([
    [["random", "--json", "--", "gifts"], "`ethics random --json --topic gifts`"],
  ])("%j: given to --topic", (args, command) => {
    expectUsageError(args, `ethics: random takes a topic with --topic, not as an argument\nhint: ${command}\n`);
  });

  // Its hint gave --topic twice, which pasted was refused; each topic is a command of its own
  // now (adv56-two-topics.test.ts).
  it.each<[string[]]>([[["random", "--topic", "boundaries", "gifts"]], [["random", "-tboundaries", "gifts"]]])("%j: no second --topic", (args) => {
    expectUsageError(args, "ethics: random takes one topic, with --topic: 'boundaries' is given there, and\n        'gifts' beside it\nhint: one at a time: `ethics random --topic boundaries`, or\n      `ethics random --topic gifts`\n");
  });
});

describe("a command given the arguments of the one a plural 's' apart", () => {
  // The hint was `ethics topics`, the topic dropped.
  it.each<[string[], string]>([
    [["topics", "gifts"], "ethics: topics takes no arguments, not 'gifts' — did you mean topic?\nhint: `ethics topic gifts`\n"],
    [["topics", "dual", "relationships", "--code", "nc,ak"], "ethics: topics takes no arguments, not 'dual relationships' — did you mean\n        topic?\nhint: `ethics topic dual relationships --code nc,ak`\n"],
  ])("%j", (args, stderr) => {
    expectUsageError(args, stderr);
  });
});

describe("export's --json and another --format", () => {
  // The hint was `ethics export --format csv`: pasted, it exported every code.
  it.each<[string[], string]>([
    [["export", "--json", "--format", "csv", "--code", "wi"], "`ethics export --format csv --code wi`"],
    [["export", "wi", "--json", "-f", "md"], "`ethics export wi -f md`"],
    [["export", "--format", "html", "--topic", "gifts", "--json", "--code", "alaska,wi"], "`ethics export --format html --topic gifts --code alaska,wi`"],
  ])("%j: the command typed, without --json", (args, command) => {
    const format = args[args.findIndex((word) => word === "--format" || word === "-f") + 1];
    expectUsageError(args, `ethics: --json and --format ${format} conflict: --json is --format json\nhint: give one: ${command}\n`);
  });
});

describe("--json beside --version and help", () => {
  it.each<[string[]]>([[["--version", "--json"]], [["-V", "--json"]], [["list", "--json", "--version"]]])("%j: the version as JSON", (args) => {
    const run = ethics(args);
    expect([run.stderr, run.code]).toEqual(["", 0]);
    expect(JSON.parse(run.stdout)).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it("--version alone: the bare version, as ever", () => {
    expect(ethics(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  // Help printed as text, though --json promises JSON alone on stdout.
  it.each<[string[], string]>([
    [["help", "--json"], "hint: `ethics help`; each command's help spells out the JSON its --json prints\n"],
    [["--help", "--json"], "hint: `ethics --help`; each command's help spells out the JSON its --json prints\n"],
    [["search", "--help", "--json"], "hint: `ethics search --help`; each command's help spells out the JSON its --json\n      prints\n"],
  ])("%j: help has no JSON form", (args, hint) => {
    expectUsageError(args, `ethics: help has no JSON form: it is text to read\n${hint}`);
  });
});
