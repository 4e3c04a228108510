// `ethics show alaska gifts`: a theme's name where a section belongs was "no section 'gifts' in
// alaska" and the list of Alaska's sections, though `ethics topic gifts --code alaska` shows
// Alaska's standards on it. The hint now gives that command, for words that name a theme (by
// the topics list: its id, name or a synonym), and only for those.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, STACK_TRACE, unwrapped, withCommandsJoined } from "./run.js";

/** The commands a hint gives, as words. */
const commandsIn = (said: string): string[][] => [...withCommandsJoined(said).matchAll(/`ethics ([^`]*)`/g)].map((match) => match[1]!.split(" "));

describe("a theme's name where show takes a section or a code", () => {
  it.each<[string[], number, string]>([
    [["alaska", "gifts"], 1, "ethics: no section 'gifts' in alaska\nhint: as a theme: `ethics topic gifts --code alaska`; `ethics list alaska` shows its sections\n"],
    [["alaska", "gifts", "3"], 1, "ethics: no section 'gifts' in alaska\nhint: as a theme: `ethics topic gifts --code alaska`; `ethics list alaska` shows its sections\n"],
    [["north carolina", "money"], 2, "ethics: 'money' is not a standard number; North Carolina has 1–21\nhint: North Carolina's standards on the theme Money and loans: `ethics topic money-and-loans --code north-carolina`\n"],
    // Another code's section too, with no number: either may be meant, and both are said.
    [["alaska", "confidentiality"], 1, "ethics: no section 'confidentiality' in alaska\nhint: as a theme: `ethics topic confidentiality-and-privacy --code alaska`; Confidentiality is a section of Working Well Together and Medi-Cal: `ethics show california confidentiality`\n"],
    [["gifts", "alaska"], 1, "ethics: no code 'gifts'\nhint: Alaska's standards on the theme Gifts: `ethics topic gifts --code alaska`\n"],
    [["gifts"], 1, "ethics: no code 'gifts'\nhint: every code's standards on the theme Gifts: `ethics topic gifts`\n"],
  ])("show %j: the hint gives `ethics topic`", (words, exitCode, stderr) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(stderr);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.code).toBe(exitCode);
    for (const command of commandsIn(result.stderr)) expect(ethics(command).code, command.join(" ")).toBe(0);
  });

  it("under ETHICS_CODE, the theme in the code it names", () => {
    const result = ethics(["show", "gifts"], { env: { ETHICS_CODE: "alaska" } });
    expect(unwrapped(result.stderr)).toBe("ethics: no section 'gifts' in alaska\nhint: Alaska's standards on the theme Gifts: `ethics topic gifts --code alaska`\n");
    expect(result.code).toBe(1);
  });

  it("a user's code: the command carries its --data", () => {
    const folder = join(root, "test/fixtures/riverbend");
    const result = ethics(["--data", folder, "show", "riverbend", "money"]);
    const commands = commandsIn(result.stderr);
    expect(commands[0]).toEqual(["--data", folder, "topic", "money-and-loans", "--code", "riverbend"]);
    expect(ethics(commands[0]!).code).toBe(0);
    expect(result.code).toBe(1);
  });

  it.each<[string[], string]>([
    // Not a theme's name: the hint is as it was.
    [["alaska", "stuff"], "ethics: no section 'stuff' in alaska\nhint: `ethics list alaska` shows its sections\n"],
    // A section's title of other codes, named with no code: the section is meant.
    [["integrity"], "ethics: no code 'integrity': it is a section of Working Well Together and Medi-Cal\nhint: say whose: `ethics show california integrity`, `ethics show medi-cal integrity`\n"],
    // Another code's section with a number: a citation of that code's, codes mixed up.
    [["alaska", "integrity", "12"], "ethics: no section 'integrity' in alaska\nhint: Integrity is a section of Working Well Together and Medi-Cal: `ethics show medi-cal integrity 12`\n"],
    // The words name a section of the code: the error is of the number, not the words.
    [["medi-cal", "integrity", "40"], "ethics: Medi-Cal Integrity has no 40\nhint: Medi-Cal Integrity has 1–14\n"],
  ])("show %j: no theme hint", (words, stderr) => {
    const result = ethics(["show", ...words]);
    expect(unwrapped(result.stderr)).toBe(stderr);
    expect(result.code).toBe(1);
  });
});
