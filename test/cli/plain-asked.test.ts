import { describe, expect, it } from "vitest";
import { plainAsked, runIsPlain } from "../../src/cli/plain-asked.js";

describe("plainAsked", () => {
  it.each([
    [undefined, {}, false],
    [true, {}, true],
    [true, { ETHICS_PLAIN: "0" }, true],
    [undefined, { ETHICS_PLAIN: "1" }, true],
    [undefined, { ETHICS_PLAIN: "yes" }, true],
    [undefined, { ETHICS_PLAIN: "" }, false],
    [undefined, { ETHICS_PLAIN: " 0 " }, false],
    [undefined, { ETHICS_PLAIN: "False" }, false],
  ])("--plain %j with %j is %j", (flag, env, expected) => {
    expect(plainAsked(flag, env)).toBe(expected);
  });
});

describe("runIsPlain", () => {
  it("reads --plain before or after the command, never after --", () => {
    expect(runIsPlain(["--plain", "--help"], {})).toBe(true);
    expect(runIsPlain(["show", "medi-cal", "--plain"], {})).toBe(true);
    expect(runIsPlain(["search", "--", "--plain"], {})).toBe(false);
    expect(runIsPlain(["--help"], { ETHICS_PLAIN: "1" })).toBe(true);
  });
});
