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
