// `ethics list --code nope` was told `ethics list nope`, `compare nope alaska` `ethics diff nope
// alaska`, `export --format pdf --code nope` a handout command with nope in it: each a command
// that fails when pasted, as if nope were a code. A hint's command carries only what works: the
// code "did you mean" offers for a misspelt one, and for a name near none, no command but the
// word that the code is unknown, as `ethics show nope` says.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

/** The commands in backticks a hint gives, as argument lists (the redirection of an export's left off). */
function commandsIn(said: string): string[][] {
  return [...said.matchAll(/`ethics ([^`]*?)(?: > [^`]*)?`/g)].map((match) => match[1]!.match(/'[^']*'|\S+/g)!.map((word) => word.replace(/^'|'$/g, "")));
}

describe("a hint gives back the codes typed only as codes that are", () => {
  it.each<[string[], string]>([
    [["list", "--code", "nope"], "hint: list takes the code as its argument; no code 'nope': `ethics list` shows the codes\n"],
    [["list", "--code", "alsaka"], "hint: list takes the code as its argument; no code 'alsaka' — did you mean alaska? `ethics list alaska`\n"],
    [["list", "--code=alsaka,nc"], "no code 'alsaka' — did you mean alaska? `ethics list alaska`, `ethics list nc`\n"],
    [["list", "--code=nope,nc,zilch"], "hint: list takes one code at a time; no code 'nope' or 'zilch': `ethics list` shows the codes\n"],
    [["show", "--code", "x", "integrity", "12"], "hint: show takes the code first in its reference; no code 'x'; expected one of: alaska, california, medi-cal, north-carolina, wisconsin; a code of your own: add --data DIR (its folder) or set ETHICS_DATA=DIR\n"],
    [["show", "conduct", "4", "--code", "alsaka"], "no code 'alsaka' — did you mean alaska? `ethics show alaska conduct 4`"],
    [["diff", "--code", "nope", "--code", "wi"], "hint: diff takes the two codes as its arguments; no code 'nope': `ethics list` shows the codes\n"],
    [["diff", "--code", "alsaka", "--code", "wi"], "no code 'alsaka' — did you mean alaska? `ethics diff alaska wi`\n"],
    [["compare", "nope", "alaska"], "hint: no code 'nope': `ethics list` shows the codes\n"],
    [["compare", "alsaka", "wi"], "hint: no code 'alsaka' — did you mean alaska? `ethics diff alaska wi`\n"],
    [["cite", "nope", "12"], "hint: no code 'nope'; expected one of:"],
    [["cite", "alsaka", "conduct", "4"], "hint: no code 'alsaka' — did you mean alaska? `ethics show alaska conduct 4`\n"],
    [["find", "gifts", "--code", "nope"], "hint: no code 'nope': `ethics list` shows the codes\n"],
    [["today", "-cwisconson"], "hint: no code 'wisconson' — did you mean wisconsin? `ethics random --today -cwisconsin`\n"],
    [["codes", "nope"], "hint: no code 'nope': `ethics list` shows the codes\n"],
    [["export", "--format", "pdf", "--code", "nope"], "hint: to print or hand out, export with --format html and open it in a browser (print, or save as PDF); no code 'nope': `ethics list` shows the codes\n"],
    [["export", "--format", "txt", "-c", "alsaka"], "hint: Markdown is plain text: `ethics export --format md --code alaska`; no code 'alsaka' — did you mean alaska?\n"],
  ])("%j", (args, hint) => {
    const result = ethics(args);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const said = unwrapped(result.stderr);
    expect(said).toContain(hint);
    // Every command the hint gives runs as printed.
    for (const command of commandsIn(said)) expect(ethics(command).code, command.join(" ")).toBe(0);
  });

  it("a user's code of --data is a code, and a misspelt one is offered", () => {
    const data = ["--data", "test/fixtures/user-codes"];
    expect(unwrapped(ethics([...data, "list", "--code", "riverside"]).stderr)).toMatch(/hint: list takes the code as its argument: `ethics --data \S+ list riverside`\n/);
    const said = unwrapped(ethics(["compare", ...data, "rivrside", "alaska"]).stderr);
    expect(said).toMatch(/hint: no code 'rivrside' — did you mean riverside-agency\? `ethics --data \S+ diff riverside-agency alaska`\n/);
    for (const command of commandsIn(said)) expect(ethics(command).code, command.join(" ")).toBe(0);
  });

  it("a --data folder that cannot be read gives no codes back, and the options hint", () => {
    const said = unwrapped(ethics(["--data", "test/fixtures/no-such-folder", "list", "--code", "alaska"]).stderr);
    expect(said).toMatch(/hint: `ethics --data \S+ list --help` lists its options\n/);
  });
});
