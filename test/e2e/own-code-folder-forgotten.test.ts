// A trainer whose own code is in a folder, who forgot --data (`show riverbend gifts 3`), was
// told "no code 'riverbend'" and the five built-in codes: nothing said how a code of one's own
// is loaded. A name near none of the codes now gets that too; a slip of one gets its "did you
// mean" alone, as before.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, STACK_TRACE, unwrapped } from "./run.js";

const OWN_CODES = "a code of your own: add --data DIR (its folder) or set ETHICS_DATA=DIR";
const folder = join(root, "test/fixtures/riverbend");

describe("a code named that is none of those loaded", () => {
  it.each([
    [["show", "riverbend", "gifts", "3"]],
    [["search", "gifts", "--code", "riverbend"]],
    [["topic", "gifts", "--code", "riverbend"]],
    [["diff", "riverbend", "alaska"]],
    [["list", "riverbend"]],
  ])("%j: the hint says how to load one's own codes", (args) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(`ethics: no code 'riverbend'\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin; ${OWN_CODES}\n`);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.code).toBe(1);
  });

  it("does as the hint says: with --data or ETHICS_DATA naming its folder, the code is found", () => {
    const withOption = ethics(["--data", folder, "show", "riverbend", "gifts", "3"]);
    expect(withOption.stderr).toBe("");
    expect(withOption.stdout).toMatch(/^Riverbend · Gifts 3\n/);
    expect(withOption.code).toBe(0);
    expect(ethics(["show", "riverbend", "gifts", "3"], { env: { ETHICS_DATA: folder } })).toEqual(withOption);
  });

  it("with folders given, still says so: the code may be in another", () => {
    const result = ethics(["--data", join(root, "test/fixtures/user-codes"), "show", "riverbend", "gifts", "3"]);
    expect(unwrapped(result.stderr)).toMatch(new RegExp(`^ethics: no code 'riverbend'\\nhint: \`ethics --data \\S+ list\` shows the codes; ${OWN_CODES.replace(/[()]/g, "\\$&")}\\n$`));
    expect(result.code).toBe(1);
  });

  it("a slip of a code's name gets its 'did you mean' and no more", () => {
    const result = ethics(["show", "alaksa", "conduct", "3"]);
    expect(result.stderr).toBe("ethics: no code 'alaksa' — did you mean alaska?\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin\n");
    expect(result.code).toBe(1);
  });

  it("fits 80 columns", () => {
    const result = ethics(["show", "riverbend", "gifts", "3"], { env: { COLUMNS: "80" } });
    for (const line of result.stderr.trimEnd().split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });
});
