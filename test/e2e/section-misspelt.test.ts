// A section's name misspelt, as a peer with dyslexia dictating or typing it may: `show
// medi-cal saftey 7`, `cultral 5`, `integrity principal 12` ("principle" works), `medi cal
// confidentality 1` and `alaska relationships with clients 5` hinted only "`ethics list
// medi-cal` shows its sections", where the section meant is plain. Now "did you mean" names
// it, and the hint is the command that shows it, which runs.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

describe("a section misspelt", () => {
  it.each([
    [["medi-cal", "saftey", "7"], "safety-and-protection", "medi-cal safety-and-protection 7"],
    [["medi-cal", "cultral", "5"], "cultural-responsiveness-and-humility", "medi-cal cultural-responsiveness-and-humility 5"],
    [["medi-cal", "integrity", "principal", "12"], "integrity", "medi-cal integrity 12"],
    [["medi", "cal", "confidentality", "1"], "confidentiality", "medi-cal confidentiality 1"],
    [["alaska", "relationships", "with", "clients", "5"], "relationship-with-clients", "alaska relationship-with-clients 5"],
  ])("show %j: did you mean %s", (argv, meant, command) => {
    const run = ethics(["show", ...argv]);
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe(`ethics: no section '${argv.slice(argv[0] === "medi" ? 2 : 1, -1).join(" ")}' in ${command.split(" ")[0]} — did you mean ${meant}?\nhint: \`ethics show ${command}\`\n`);
    expect(run.code).toBe(1);
    const shown = ethics(["show", ...command.split(" ")]);
    expect(shown.code).toBe(0);
  });

  it("show working well to gether 1: the code's name, a word said in two, asks which section", () => {
    const run = ethics(["show", "working", "well", "to", "gether", "1"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("ethics: california has 16 sections; say which one\nhint: e.g. `ethics show california hope 1`; also person-driven 1, respect 1, …\n");
    expect(run.code).toBe(2);
  });
});
