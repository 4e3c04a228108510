// `ethics topic gifts alaska`: a theme asked of the codes named beside it, as `search` reads a
// question that names codes, instead of "no topic or concept 'gifts alaska'".
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

const codesShown = (args: string[]) => {
  const result = ethics([...args, "--json"]);
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout) as { id: string; codes: { code: string }[] };
  return { id: report.id, codes: report.codes.map((each) => each.code) };
};

describe("topic with codes named beside the theme", () => {
  it.each<[string[], string, string[]]>([
    [["topic", "gifts", "alaska"], "gifts", ["alaska"]],
    [["topic", "alaska", "gifts"], "gifts", ["alaska"]],
    [["topic", "gifts", "in", "north", "carolina"], "gifts", ["north-carolina"]],
    [["topic", "nc", "and", "wi", "on", "gifts"], "gifts", ["north-carolina", "wisconsin"]],
    [["topic", "dual", "relationships", "medi-cal"], "dual-relationships", ["medi-cal"]],
    // Beside --code, both.
    [["topic", "gifts", "alaska", "--code", "wisconsin"], "gifts", ["alaska", "wisconsin"]],
  ])("%j", (args, id, codes) => {
    const shown = codesShown(args);
    expect(shown.id).toBe(id);
    expect([...shown.codes].sort()).toEqual([...codes].sort());
  });

  it("is what --code gives, printed the same", () => {
    expect(ethics(["topic", "gifts", "alaska"]).stdout).toBe(ethics(["topic", "gifts", "--code", "alaska"]).stdout);
  });

  // Reported as typed until the fifty-sixth session, which names the code misspelt (adv56-topic-slips-beside-codes).
  it("a code misspelt beside the theme is named, with the command meant", () => {
    const result = ethics(["topic", "gifts", "alsaka"]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(unwrapped(result.stderr)).toBe("ethics: no code 'alsaka' — did you mean alaska?\nhint: `ethics topic gifts alaska`\n");
  });
});
