// A bare `show`'s hint gives a standard of the code ETHICS_CODE names, which takes reading the
// library. It was read for every `show` without a reference before the words were parsed, so
// `show --help`, which prints no hint, read it too, and said the warnings of the folders in
// ETHICS_DATA that help never says. It is read once the hint is printed, and only then.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, unwrapped } from "./run.js";

const WARNED = { ETHICS_CODE: "alaska", ETHICS_DATA: "test/fixtures/clash" };
const CLASH_WARNING = "ethics: warning: skipped";

describe("show's example in the code ETHICS_CODE names is read only for the hint that prints it", () => {
  it.each([
    [["show", "--help"]],
    [["show", "-h"]],
    [["help", "show"]],
    [["show", "--strength", "prohibits", "--help"]],
  ])("ethics %j: its help, without the folders' warnings", (args) => {
    const run = ethics(args, { env: WARNED });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: ethics show");
    expect(run.stderr).toBe("");
  });

  it.each([
    [["show"]],
    [["show", "--json"]],
    [["show", "--strength", "prohibits"]],
    [["--data", "test/fixtures/user-codes", "show"]],
  ])("ethics %j: the hint in the code named, the folders' warning said once, before it", (args) => {
    const run = ethics(args, { env: WARNED });
    expectShortFailure(run, 2, "ethics: show needs <reference...>");
    const stderr = unwrapped(run.stderr);
    expect(stderr).toContain("hint: e.g. `ethics show alaska relationship-with-clients 1`; more examples:");
    expect(stderr.split(CLASH_WARNING)).toHaveLength(2);
    expect(stderr.indexOf(CLASH_WARNING)).toBeLessThan(stderr.indexOf("ethics: show needs"));
  });

  it("other usage errors of show keep their own hint, with no library read for it", () => {
    const run = ethics(["show", "--strength"], { env: WARNED });
    expectShortFailure(run, 2, "ethics: --strength needs <strength>");
    expect(run.stderr).not.toContain(CLASH_WARNING);
  });
});
