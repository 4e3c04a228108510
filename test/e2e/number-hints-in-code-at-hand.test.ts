// Under ETHICS_CODE, hints about numbers still gave placeholders or pieces of commands: `search
// 12 5` in Alaska, a code of sections, `ethics show alaska <section> 12`; `show 1 and` in North
// Carolina "e.g. north-carolina 1 and 3 or wi 1 and nc 2", a reference to fit into a command,
// beside one in codes not at hand. Each hint is now a command in that code that runs.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

const commandsIn = (stderr: string): string[][] => [...unwrapped(stderr).matchAll(/`ethics ([^`]*)`/g)].map((match) => match[1]!.split(" "));

describe("a number's hint under ETHICS_CODE", () => {
  it.each<[string, string[], number, string]>([
    ["alaska", ["search", "3"], 1, "ethics: no standard matches '3'\nhint: to show a standard by its number, name its code and section: e.g. `ethics show alaska relationship-with-clients 3` shows Alaska Relationship with Clients 3\n"],
    ["medi-cal", ["search", "12"], 1, "ethics: no standard matches '12'\nhint: to show a standard by its number, name its code and section: e.g. `ethics show medi-cal integrity 12` shows Medi-Cal Integrity 12\n"],
    ["alaska", ["search", "12"], 1, "ethics: no standard matches '12'\nhint: Alaska has no 12: `ethics show alaska` prints them all\n"],
    ["alaska", ["search", "12", "5"], 1, "ethics: no standard matches '12 5'\nhint: to show a standard by its number, name its code and section: e.g. `ethics show alaska relationship-with-clients 5` shows Alaska Relationship with Clients 5; Alaska has no 12\n"],
    ["north-carolina", ["show", "1", "and"], 2, "ethics: nothing after 'and' in '1 and': expected a number or another reference\nhint: e.g. `ethics show north-carolina 1 and 3`; or leave out the 'and'\n"],
    ["alaska", ["show", "1,"], 2, "ethics: nothing after ',' in '1,': expected a number or another reference\nhint: e.g. `ethics show alaska relationship-with-clients 1,3`; or leave out the ','\n"],
  ])("ETHICS_CODE=%s ethics %j", (code, args, exitCode, stderr) => {
    const env = { ETHICS_CODE: code };
    const result = ethics(args, { env });
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(stderr);
    expect(result.stderr).not.toMatch(/<[a-z]+>/);
    expect(result.code).toBe(exitCode);
    for (const command of commandsIn(result.stderr)) {
      const run = ethics(command, { env });
      expect(run.stderr, command.join(" ")).toBe("");
      expect(run.code).toBe(0);
    }
  });

  it("without it, a number alone names no code, and an example that runs is given", () => {
    const result = ethics(["search", "12"]);
    expect(unwrapped(result.stderr)).toBe("ethics: no standard matches '12'\nhint: to show a standard by its number, name its code and section: e.g. `ethics show medi-cal integrity 12` shows Medi-Cal Integrity 12\n");
    expect(result.code).toBe(1);
  });
});
