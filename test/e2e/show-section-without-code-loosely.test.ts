// `show "integrity 12"` said whose section Integrity is, with a command for each code, but
// `show integrity12`, `show conflicts 1` and `show "Integrity, 12"` said "no code
// 'integrity12'", "no code 'conflicts'", "no code 'Integrity,'" (the comma kept): a section
// named as it would be after its code, without the code, is said to be whose it is; so are
// value statements (`values2`).
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, unwrapped } from "./run.js";

/** The commands in backticks a hint gives, as argument lists. */
const commandsIn = (said: string) => [...said.matchAll(/`ethics ([^`]*)`/g)].map((match) => match[1]!.split(" "));

describe("a section without its code, named loosely", () => {
  it.each<[string[], string]>([
    [["integrity12"], "ethics: no code 'integrity': it is a section of Working Well Together and Medi-Cal\nhint: say whose: `ethics show medi-cal integrity 12`\n"],
    [["conflicts", "1"], "ethics: no code 'conflicts': it is a section of Alaska\nhint: say whose: `ethics show alaska conflicts 1`\n"],
    [["Integrity, 12"], "ethics: no code 'Integrity': it is a section of Working Well Together and Medi-Cal\nhint: say whose: `ethics show medi-cal Integrity 12`\n"],
    [["integrity", "standard", "12"], "ethics: no code 'integrity': it is a section of Working Well Together and Medi-Cal\nhint: say whose: `ethics show medi-cal integrity 12`\n"],
    // Value statements so named too: `values2` was "no code 'values2'" and the list of codes.
    [["values2"], "ethics: no code 'values': value statements belong to a code\nhint: say whose (Alaska or North Carolina): `ethics show alaska values 2`\n"],
    [["Values, 3"], "ethics: no code 'Values': value statements belong to a code\nhint: say whose (Alaska or North Carolina): `ethics show alaska values 3`\n"],
  ])("show %j says whose it is, with a command that runs", (args, said) => {
    const result = ethics(["show", ...args]);
    expectShortFailure(result, 1, said);
    expect(unwrapped(result.stderr)).toBe(said);
    for (const command of commandsIn(said)) expect(ethics(command).code, command.join(" ")).toBe(0);
  });
});

// `show medi-cal conflicts 2` said only "no section 'conflicts' in medi-cal": whose section it
// is was looked for by its name typed whole, though a prefix names it after its own code.
describe("a section of another code, named loosely after a code without it", () => {
  it("says whose it is, with a command that runs", () => {
    const said = "ethics: no section 'conflicts' in medi-cal\nhint: Conflicts of Interest is a section of Alaska: `ethics show alaska conflicts-of-interest 2`\n";
    const result = ethics(["show", "medi-cal", "conflicts", "2"]);
    expectShortFailure(result, 1, said);
    expect(unwrapped(result.stderr)).toBe(said);
    for (const command of commandsIn(said)) expect(ethics(command).code, command.join(" ")).toBe(0);
  });

  it("names no section where the prefix begins different ones: `wi conf 2`", () => {
    // Wisconsin cites by number alone: the hint is the standard so cited, not its one section's id.
    expect(unwrapped(ethics(["show", "wi", "conf", "2"]).stderr)).toBe("ethics: no section 'conf' in wisconsin: Wisconsin's standards are cited by number alone\nhint: `ethics show wisconsin 2`\n");
  });
});
