// A standard of a topic's row pasted without its code ("Confidentiality 1 (requires)", the
// strength after it) names the codes that have a section so named, with a command for each that
// has the number, in at most three lines; one none has is said so.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

const env = { COLUMNS: "80" };
const commandsIn = (stderr: string): string[][] => [...unwrapped(stderr).matchAll(/`ethics ([^`]*)`/g)].map((match) => match[1]!.split(" "));

describe("a topic row's standard with no code", () => {
  it("says whose Confidentiality 1 it may be, each a command that shows it", () => {
    const result = ethics(["show", "Confidentiality 1 (requires)"], { env });
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "ethics: no code 'Confidentiality': it is a section of Working Well Together and\n        Medi-Cal\nhint: say whose: `ethics show california Confidentiality 1`,\n      `ethics show medi-cal Confidentiality 1`\n",
    );
    expect(result.code).toBe(1);
    const hint = result.stderr.split("\n").filter((line) => line !== "" && !line.startsWith("ethics:") && !line.startsWith("        "));
    expect(hint.length).toBeLessThanOrEqual(3);
    const shown = commandsIn(result.stderr).map((command) => ethics(command).stdout.split("\n")[0]);
    expect(shown).toEqual(["Working Well Together · Confidentiality 1", "Medi-Cal · Confidentiality 1"]);
  });

  it("a number no such section has is said so", () => {
    const result = ethics(["show", "Confidentiality 6 (requires)"], { env });
    expect(unwrapped(result.stderr)).toContain("none has Confidentiality 6 (Working Well Together's has 1–5, Medi-Cal's 1–5)");
    expect(result.code).toBe(1);
  });
});
