// A section named with a code that has none: `show medi-cal conduct 4` printed the whole of
// Medi-Cal and then Wisconsin 4 (read as Medi-Cal named whole, then "conduct", a word of
// Wisconsin's title, and 4), exit 0; `show alaska integrity 12` said only "no section
// 'integrity' in alaska". Now each says the code has no such section, and whose it is, with a
// command that runs.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

/** The commands in backticks a hint gives, as argument lists. */
function commandsIn(said: string): string[][] {
  return [...said.matchAll(/`ethics ([^`]*)`/g)].map((match) => match[1]!.split(" "));
}

describe("a section of another code", () => {
  it.each<[string[], string, string]>([
    [["medi-cal", "conduct", "4"], "no section 'conduct' in medi-cal", "Conduct is a section of Alaska: `ethics show alaska conduct 4`"],
    [["medi-cal", "conduct", "40"], "no section 'conduct' in medi-cal", "Conduct is a section of Alaska: `ethics show alaska conduct`"],
    [["alaska", "integrity", "12"], "no section 'integrity' in alaska", "Integrity is a section of Working Well Together and Medi-Cal: `ethics show medi-cal integrity 12`"],
    [["alaska", "respect", "3"], "no section 'respect' in alaska", "Respect is a section of Working Well Together and Medi-Cal: `ethics show california respect 3`"],
    [["california", "conflicts", "of", "interest", "2"], "no section 'conflicts of interest' in california", "Conflicts of Interest is a section of Alaska: `ethics show alaska conflicts-of-interest 2`"],
  ])("%j", (args, message, hint) => {
    const result = ethics(["show", ...args]);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const said = unwrapped(result.stderr);
    expect(said).toContain(`ethics: ${message}\n`);
    expect(said).toContain(`hint: ${hint}`);
    expect(result.code).toBe(1);
    for (const command of commandsIn(said)) expect(ethics(command).code, command.join(" ")).toBe(0);
  });

  // After a reference of one code, such a section without its code was read alone: "conduct"
  // begins a word of Wisconsin's title ("12 conduct 2" printed Wisconsin 2), and after an item
  // letter "a conduct" was Alaska's ("a" begins its name), though a is Integrity 12's item.
  it.each<[string[], string]>([
    [["medi-cal", "integrity", "12", "a", "conduct", "2"], "`ethics show medi-cal integrity 12 alaska conduct 2`"],
    [["medi-cal", "integrity", "12", "b", "conduct", "2"], "`ethics show medi-cal integrity 12 alaska conduct 2`"],
    [["medi-cal", "integrity", "12", "conduct", "2"], "`ethics show medi-cal integrity 12 alaska conduct 2`"],
    // a letter that is no item of the standard is a small word, which names no code (it was
    // Alaska's: small-words.ts)
    [["medi-cal", "integrity", "11", "a", "conduct", "2"], "`ethics show medi-cal integrity 11 alaska conduct 2`"],
    [["medi-cal", "integrity", "12", "a", "conduct", "40"], "`ethics show medi-cal integrity 12 alaska conduct`"],
    [["medi-cal", "integrity", "12", "conduct"], "`ethics show medi-cal integrity 12 alaska conduct`"],
  ])("after another code's reference, %j", (args, command) => {
    const result = ethics(["show", ...args]);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(`ethics: no section 'conduct' in medi-cal\nhint: Conduct is a section of Alaska: ${command}\n`);
    expect(result.code).toBe(1);
  });

  it.each<[string[], string[]]>([
    [["medi-cal", "integrity", "12", "a", "alaska", "conduct", "2"], ["Medi-Cal · Integrity 12", "Alaska · Conduct 2"]],
    // the code before is the one the words name: Wisconsin's Code of Conduct
    [["wi", "2", "conduct", "4"], ["Wisconsin 2", "Wisconsin 4"]],
  ])("still read so: %j", (args, headings) => {
    const result = ethics(["show", ...args]);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n").filter((line) => /^\S/.test(line))).toEqual(headings);
    expect(result.code).toBe(0);
  });

  // `show conduct 2` printed Wisconsin 2 without a word: "conduct" begins a word of Wisconsin's
  // title, though it is Alaska's section's name whole. Either may be meant; each is given.
  it.each<[string[], string]>([
    [["conduct", "2"], "say which: `ethics show alaska conduct 2`, `ethics show wisconsin 2`"],
    [["conduct"], "say which: `ethics show alaska conduct`, `ethics show wisconsin`"],
    [["conduct", "40"], "e.g. `ethics show alaska conduct`"],
  ])("first, with no code: %j", (args, hint) => {
    const result = ethics(["show", ...args]);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(`ethics: 'conduct' is a section of Alaska, and begins a word of Wisconsin's title (Code of Conduct for Peer Specialists)\nhint: ${hint}\n`);
    expect(result.code).toBe(1);
    for (const command of commandsIn(hint)) expect(ethics(command).code, command.join(" ")).toBe(0);
  });

  it("the code named after it is said to go first, as before: conduct 4 alaska", () => {
    expect(unwrapped(ethics(["show", "conduct", "4", "alaska"]).stderr)).toBe("ethics: 'conduct 4 alaska' names its code last\nhint: the code comes first: `ethics show alaska conduct 4`\n");
  });

  // `show values 2` was "no code 'values'" with the list of codes; so, once the item letter
  // after Integrity 12 was its item, was `medi-cal integrity 12 a values 2`.
  it.each<[string[], string]>([
    [["values", "2"], "`ethics show alaska values 2`"],
    [["medi-cal", "integrity", "12", "a", "values", "2"], "`ethics show alaska values 2`"],
    [["values", "99"], "`ethics show alaska values`"],
  ])("value statements without their code: %j", (args, command) => {
    const result = ethics(["show", ...args]);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(`ethics: no code 'values': value statements belong to a code\nhint: say whose (Alaska or North Carolina): ${command}\n`);
    expect(result.code).toBe(1);
    for (const each of commandsIn(command)) expect(ethics(each).code).toBe(0);
  });

  it("codes named whole before a reference still read so: alaska nc 2", () => {
    const result = ethics(["show", "alaska", "nc", "2"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(ethics(["show", "alaska; nc 2"]).stdout);
    expect(result.code).toBe(0);
  });
});
