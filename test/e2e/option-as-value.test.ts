// An option left without its value took the next word, another option, as its value, and the run
// failed on it as on a name: `search gifts --code --json` said "no code '--json'" (exit 1), and
// `--data --no-color list` "data directory '…/--no-color' does not exist". Now a usage error
// says what the option needs; `--code=-x` still gives a value that starts with a dash.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const joined = (stderr: string) => stderr.replace(/\n {6}/g, " ");

describe("an option word where a value belongs", () => {
  it.each([
    [["search", "gifts", "--code", "--json"], "--code needs <code>, not the option '--json'", "--code (--code <code> --json); a value that starts with - is written --code=-x"],
    [["search", "gifts", "-c", "-n", "3"], "--code needs <code>, not the option '-n'", "--code (--code <code> -n); a value that starts with - is written --code=-x"],
    [["--data", "--no-color", "list"], "--data needs <dir>, not the option '--no-color'", "--data (--data <dir> --no-color); a value that starts with - is written --data=-x"],
    [["export", "--format", "--help"], "--format needs <format>, not the option '--help'", "--format (--format <format> --help); a value that starts with - is written --format=-x"],
    [["diff", "nc", "wi", "--section", "--full"], "--section needs <section>, not the option '--full'", "--section (--section <section> --full); a value that starts with - is written --section=-x"],
    // Letters led by the version's: commander printed the version and exited 0.
    [["search", "--section", "-V.x", "gifts"], "--section needs <section>, not the option '-V.x'", "--section (--section <section> -V.x); a value that starts with - is written --section=-x"],
    [["search", "gifts", "-n", "-V.x"], "--limit needs <n>, not the option '-V.x'", "--limit (--limit <n> -V.x); a value that starts with - is written --limit=-x"],
  ])("%j: a usage error, nothing on stdout", (args, message, hint) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(joined(result.stderr)).toBe(`ethics: ${message}\nhint: give the value after ${hint}\n`);
    expect(result.code).toBe(2);
  });

  it.each([
    // A value that starts with a dash but is no option is a value (and then judged as one).
    [["random", "--seed", "-1"], "ethics: --seed takes a whole number from 0 to 4294967295, not '-1'\n", 2],
    [["search", "gifts", "--code", "-x"], "ethics: no code '-x'\n", 1],
    // Written with =, an option word is the value asked for.
    [["search", "gifts", "--code=--json"], "ethics: no code '--json'\n", 1],
    [["search", "gifts", "--section=-V.x"], "ethics: no section '-V.x' in any code\n", 1],
  ])("%j: read as before", (args, start, code) => {
    const result = ethics(args);
    expect(result.stderr.startsWith(start)).toBe(true);
    expect(result.code).toBe(code);
  });

  it("after --, option words are words", () => {
    const result = ethics(["search", "gifts", "--", "--code", "--json"]);
    expect(result.stderr).not.toMatch(/needs <code>/);
  });

  // `--` ends the options: taken for --topic's value, the word meant was left over ("too many
  // arguments"). The hint gives the command with that word as the value, and it runs.
  it.each([
    [["diff", "alaska", "wi", "--topic", "--", "gifts"], "--topic needs <topic>", ["diff", "alaska", "wi", "--topic", "gifts"]],
    [["search", "-s", "--", "conduct", "gifts"], "--section needs <section>", ["search", "--section", "conduct", "gifts"]],
    [["random", "--seed", "1", "-t", "--", "gifts"], "--topic needs <topic>", ["random", "--seed", "1", "--topic", "gifts"]],
  ])("%j: '--' for a value is a usage error whose hint runs", (args, needs, meant) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(joined(result.stderr)).toBe(`ethics: ${needs}, not '--', which ends the options\nhint: give the value after ${needs.split(" ")[0]}: \`ethics ${meant.join(" ")}\`\n`);
    expect(result.code).toBe(2);
    const run = ethics(meant);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toBe("");
  });

  it("'--' for --data's value before the command: the word after it is no folder meant", () => {
    const result = ethics(["--data", "--", "list"]);
    expect(joined(result.stderr)).toBe("ethics: --data needs <dir>, not '--', which ends the options\nhint: give the value after --data (--data <dir>)\n");
    expect(result.code).toBe(2);
  });

  it("'--' for the last word's value: what the option needs", () => {
    const result = ethics(["diff", "alaska", "wi", "--topic", "--"]);
    expect(joined(result.stderr)).toBe("ethics: --topic needs <topic>, not '--', which ends the options\nhint: give the value after --topic (--topic <topic>)\n");
    expect(result.code).toBe(2);
  });
});
