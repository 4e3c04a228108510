// `ethics show nc money`: a theme's name where a code of one list takes a number. The hint gave
// the theme's command, then "e.g. `ethics show north-carolina 1`", an example that leads
// nowhere the words meant, over three lines. The theme's command is the hint, as it is with the
// code from ETHICS_CODE; a hint that says more than an example is still kept beside it.
import { describe, expect, it } from "vitest";
import { ethics, withCommandsJoined } from "./run.js";

const commandsIn = (said: string): string[][] => [...withCommandsJoined(said).matchAll(/`ethics ([^`]*)`/g)].map((match) => match[1]!.split(" "));

describe("a theme's name after a code whose standards are cited by number alone", () => {
  it.each<[string[], string]>([
    [
      ["nc", "money"],
      "ethics: 'money' is not a standard number; North Carolina has 1–21\nhint: North Carolina's standards on the theme Money and loans:\n      `ethics topic money-and-loans --code north-carolina`\n",
    ],
    [
      ["nc", "confidentiality"],
      "ethics: 'confidentiality' is not a standard number; North Carolina has 1–21\nhint: North Carolina's standards on the theme Confidentiality and privacy:\n      `ethics topic confidentiality-and-privacy --code north-carolina`\n",
    ],
    [["wi", "gifts"], "ethics: 'gifts' is not a standard number; Wisconsin has 1–15\nhint: Wisconsin's standards on the theme Gifts:\n      `ethics topic gifts --code wisconsin`\n"],
  ])("show %j: the theme's command, with no example after it", (words, stderr) => {
    const result = ethics(["show", ...words], { env: { COLUMNS: "80" } });
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
    const commands = commandsIn(result.stderr);
    expect(commands).toHaveLength(1);
    expect(ethics(commands[0]!).code).toBe(0);
  });

  it("says it as with the code from ETHICS_CODE", () => {
    const typed = ethics(["show", "nc", "money"]);
    expect(ethics(["show", "money"], { env: { ETHICS_CODE: "north-carolina" } })).toEqual(typed);
  });

  it("a word that is no theme keeps its example", () => {
    const result = ethics(["show", "nc", "foo"]);
    expect(result).toEqual({ stdout: "", stderr: "ethics: 'foo' is not a standard number; North Carolina has 1–21\nhint: e.g. `ethics show north-carolina 1`\n", code: 2 });
  });

  it("a hint that says more than an example is kept beside the theme", () => {
    const result = ethics(["show", "nc", "money", "3"], { env: { COLUMNS: "80" } });
    expect(result.stderr).toContain("hint: as a theme: `ethics topic money-and-loans --code north-carolina`;\n      `ethics show north-carolina 3`\n");
    expect(result.code).toBe(1);
  });
});
