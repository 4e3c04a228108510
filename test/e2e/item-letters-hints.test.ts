// `ethics show medi-cal integrity 5a 6`: standard 5 has no item a, said so, and the hint's
// command gave `integrity 5`, the 6 asked for left out; `show integrity 5a 6` (the section without
// its code) gave a command for each code with the section, both refused (no Integrity 5 has an
// item a), and `show integrity 12z` one refused too. Each command a hint gives runs.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

/** The commands in backticks a hint gives, as argument lists. */
function commandsIn(said: string): string[][] {
  return [...said.matchAll(/`ethics ([^`]*)`/g)].map((match) => match[1]!.match(/'[^']*'|\S+/g)!.map((word) => word.replace(/^'|'$/g, "")));
}

describe("an item letter a standard does not have", () => {
  it.each<[string[], string, string]>([
    [["medi-cal", "integrity", "5a", "6"], "Medi-Cal Integrity 5 has no item a", "it has no lettered items: `ethics show medi-cal integrity 5,6`"],
    [["integrity", "5a", "6"], "no code 'integrity'", "`ethics show california integrity 5 6`, `ethics show medi-cal integrity 5 6`; none of their Integrity 5 has an item a"],
    [["integrity", "12z"], "no code 'integrity'", "say whose: `ethics show medi-cal integrity 12`; Medi-Cal Integrity 12 has no item z"],
  ])("%j", (args, message, hint) => {
    const result = ethics(["show", ...args]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const said = unwrapped(result.stderr);
    expect(said).toContain(`ethics: ${message}`);
    expect(said).toContain(hint);
    for (const command of commandsIn(said)) expect(ethics(command).code, command.join(" ")).toBe(0);
  });
});

// `show alaska values 2a 3` gave `ethics show alaska values 2`, the 3 left out; `integrity 5-7 a`
// and `5,12 a` said to name one standard, and named 5, not the number the letter followed.
describe("item letters after several numbers", () => {
  it.each<[string[], number, string, string]>([
    [["alaska", "values", "2a", "3"], 2, "'a' is an item letter, but value statements have no lettered items", "Alaska Values has 1–7: `ethics show alaska values 2,3`"],
    [["medi-cal", "integrity", "5-7", "a"], 1, "Medi-Cal Integrity 7 has no item a", "it has no lettered items: `ethics show medi-cal integrity 5-7`"],
    [["medi-cal", "integrity", "12-", "a"], 2, "'a' is an item letter, but Medi-Cal Integrity 12–14 is 3 standards", "each is shown with its items: `ethics show medi-cal integrity 12-14`"],
  ])("%j: said of the number the letter followed; the hint asks for all of it, and runs", (args, code, message, hint) => {
    const result = ethics(["show", ...args]);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe("");
    const said = unwrapped(result.stderr);
    expect(said).toBe(`ethics: ${message}\nhint: ${hint}\n`);
    const [command] = commandsIn(said);
    const run = ethics(command!);
    expect(run.code, command!.join(" ")).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("`5,12 a`: 12 has an item a, so both are shown, 12 with its items, as `12 a 13` is", () => {
    const result = ethics(["show", "medi-cal", "integrity", "5,12", "a"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result).toEqual(ethics(["show", "medi-cal", "integrity", "5,12"]));
  });
});
