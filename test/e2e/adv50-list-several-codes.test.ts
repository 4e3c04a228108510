// `ethics list alaska wisconsin` said "no code 'alaska wisconsin'" (exit 1), though each word
// names a code: list outlines one code, and a name of several words is one name (north carolina).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shellPath } from "../../src/core/shell-path.js";
import { ethics, root, STACK_TRACE, unwrapped } from "./run.js";

describe("list with several codes", () => {
  it("says list outlines one code, and how to list each", () => {
    const result = ethics(["list", "alaska", "wi"]);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stderr).toBe(
      "ethics: list shows one code's outline at a time, and 'alaska' and 'wisconsin'\n        are 2 codes\nhint: `ethics list alaska`, `ethics list wisconsin`\n",
    );
    expect(result.code).toBe(2);
  });

  // `list wi and nc` and `list north carolina alaska` were "no code 'wi and nc'": the codes are
  // read as export and show read them, a joining word and a name of several words among them.
  it.each([
    [["wi", "and", "nc"], ["wisconsin", "north-carolina"]],
    [["north", "carolina", "alaska"], ["north-carolina", "alaska"]],
    [["north", "carolina", "&", "alaska"], ["north-carolina", "alaska"]],
  ])("%j: the same, each code named", (args, ids) => {
    const result = ethics(["list", ...args]);
    expect(unwrapped(result.stderr)).toBe(
      `ethics: list shows one code's outline at a time, and '${ids[0]}' and '${ids[1]}' are 2 codes\nhint: \`ethics list ${ids[0]}\`, \`ethics list ${ids[1]}\`\n`,
    );
    expect(result.code).toBe(2);
    for (const id of ids) expect(ethics(["list", id]).code).toBe(0);
  });

  // `list wi wi` was "no code 'wi wi'": a code named twice is one code, as export takes it.
  it.each([[["wi", "wi"]], [["wi", "and", "wi"]], [["wisconsin", "wi"]], [["wi,", "wi"]]])("%j: one code named twice, its outline", (args) => {
    const result = ethics(["list", ...args]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(ethics(["list", "wi"]).stdout);
    expect(result.code).toBe(0);
  });

  it("a code named twice among others is counted once", () => {
    const result = ethics(["list", "wi", "nc", "wi"]);
    expect(unwrapped(result.stderr)).toContain("'wisconsin' and 'north-carolina' are 2 codes");
    expect(result.code).toBe(2);
  });

  it("a --data code's command carries its --data, to run as printed", () => {
    const dir = join(root, "test/fixtures/user-codes");
    const result = ethics(["--data", dir, "list", "riverside", "alaska"]);
    expect(result.code).toBe(2);
    expect(unwrapped(result.stderr)).toContain(`hint: \`ethics --data ${shellPath(dir)} list riverside-agency\`, \`ethics list alaska\``);
  });

  it("still reads a name of several words as one name", () => {
    expect(ethics(["list", "north", "carolina", "--json"])).toMatchObject({ code: 0, stdout: expect.stringContaining('"id": "north-carolina"') });
    expect(ethics(["list", "alaska", "extra"])).toMatchObject({ code: 1, stderr: expect.stringContaining("no code 'alaska extra'") });
  });
});

// `list alaska conduct` said alaska and wisconsin were two codes: "conduct" begins Wisconsin's
// title, but after a code it names that code's section, which `show` prints.
describe("list with a code and one of its sections", () => {
  it.each([
    [["alaska", "conduct"], "'conduct' is a section of alaska", "`ethics show alaska conduct` shows it"],
    [["mc", "integ"], "'integ' is a section of medi-cal", "`ethics show medi-cal integrity` shows it"],
    [["north", "carolina", "values"], "'values' is a section of north-carolina", "`ethics show north-carolina values` shows it"],
    [["medi-cal", "safety", "&", "protection"], "'safety & protection' is a section of medi-cal", "`ethics show medi-cal safety-and-protection` shows it"],
  ])("%j: list outlines a whole code; the hint shows the section", (args, said, hint) => {
    const result = ethics(["list", ...args]);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(unwrapped(result.stderr)).toBe(`ethics: list outlines a whole code, and ${said}\nhint: ${hint}\n`);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(2);
    expect(ethics(hint.slice(1, -"` shows it".length).split(" ").slice(1)).code).toBe(0);
  });
});

// `list --code alaska conduct` hinted `ethics list conduct` (Wisconsin, by its title's first word).
describe("list --code with a code and one of its sections", () => {
  it.each([[["--code", "alaska", "conduct"]], [["--code", "ak", "conduct", "--json"]], [["-c", "alaska", "conduct"]]])("%j: the hint shows the section", (args) => {
    const result = ethics(["list", ...args]);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(unwrapped(result.stderr)).toBe(`ethics: unknown option '${args[0]}'\nhint: list outlines a whole code, and 'conduct' is a section of alaska: \`ethics show alaska conduct\` shows it\n`);
    expect(result.code).toBe(2);
  });
});
