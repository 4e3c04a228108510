// `ethics show alaska confidentiality` printed a hint of four lines: Alaska's standards on the
// theme, then whose section Confidentiality is, each in a sentence. Both commands are kept, each
// whole and runnable as printed, in at most three lines of 80 columns.
import { describe, expect, it } from "vitest";
import { ethics, withCommandsJoined } from "./run.js";

/** The commands a hint gives, as words. */
const commandsIn = (said: string): string[][] => [...withCommandsJoined(said).matchAll(/`ethics ([^`]*)`/g)].map((match) => match[1]!.split(" "));

describe("a theme's name where a section belongs, which other codes have as a section", () => {
  it("show alaska confidentiality: both commands, in three lines", () => {
    const result = ethics(["show", "alaska", "confidentiality"], { env: { COLUMNS: "80" } });
    expect(result.stdout).toBe("");
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        "ethics: no section 'confidentiality' in alaska",
        "hint: as a theme: `ethics topic confidentiality-and-privacy --code alaska`;",
        "      Confidentiality is a section of Working Well Together and Medi-Cal:",
        "      `ethics show california confidentiality`",
        "",
      ].join("\n"),
    );
    const commands = commandsIn(result.stderr);
    expect(commands).toEqual([
      ["topic", "confidentiality-and-privacy", "--code", "alaska"],
      ["show", "california", "confidentiality"],
    ]);
    for (const command of commands) {
      const run = ethics(command);
      expect(run.code, command.join(" ")).toBe(0);
      expect(run.stdout).not.toBe("");
    }
  });

  it.each<[string[]]>([[["alaska", "confidentiality"]], [["alaska", "gifts"]], [["medi-cal", "gifts", "3"]], [["wi", "confidentiality"]]])("show %j: a hint of at most three lines, none past 80 columns", (words) => {
    const { stderr } = ethics(["show", ...words], { env: { COLUMNS: "80" } });
    const hint = stderr.split("\n").filter((line) => line !== "").slice(1);
    expect(hint.join(" ")).toMatch(/^hint: .*`ethics topic /);
    expect(hint.length).toBeLessThanOrEqual(3);
    for (const line of hint) expect([...line].length).toBeLessThanOrEqual(80);
  });
});
