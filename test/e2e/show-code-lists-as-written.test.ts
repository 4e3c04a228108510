// `ethics show wi, nc, and alaska` and `ethics show wi nc and alaska` were refused ("'nc, and
// alaska' is not a standard number"): only "wi and nc and alaska" read as three codes. A list is
// read as people write it: a serial comma before its "and", or its last joiner only.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const codeIds = (stdout: string) => JSON.parse(stdout).map((code: { id: string }) => code.id);

describe("show a list of codes as written", () => {
  it.each([
    [["wi,", "nc,", "and", "alaska"]],
    [["wi, nc, and alaska"]],
    [["wi,", "nc", "and", "alaska"]],
    [["wi", "nc", "and", "alaska"]],
    [["wi", "and", "nc", "and", "alaska"]],
  ])("show %j is Wisconsin, North Carolina and Alaska", (args) => {
    const result = ethics(["show", ...args, "--json"]);
    expect(result.stderr).toBe("");
    expect(codeIds(result.stdout)).toEqual(["wisconsin", "north-carolina", "alaska"]);
    expect(result.code).toBe(0);
  });

  it("a doubled 'and' is still a usage error that names it", () => {
    const result = ethics(["show", "wi", "and", "and", "nc"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^ethics: 'and' twice in 'wi and and nc'/);
    expect(result.stderr).toContain("hint: say it once: wi and nc\n");
    expect(result.code).toBe(2);
  });
});
