// Under ETHICS_CODE, the examples of show's and search's hints for words that name no code were
// Medi-Cal's: a reader in Alaska typing `show "1 and"` was offered `medi-cal integrity 1 and 3`,
// a bare `show` or `show ""` `ethics show medi-cal integrity 12`, and `search 12 5` the
// template `ethics show <code> <section> 12`. They are set in the code the variable names; the
// messages still quote only what was typed, and without the variable nothing changes.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, unwrapped } from "./run.js";

const ALASKA = { env: { ETHICS_CODE: "alaska" } };

describe("hints under ETHICS_CODE set their examples in its code", () => {
  it.each([
    [["show", "1 and"], 2, "ethics: nothing after 'and' in '1 and': expected a number or another reference\n", "hint: e.g. `ethics show alaska relationship-with-clients 1 and 3`; or leave out the 'and'"],
    [["show", "1 to"], 2, "ethics: nothing after 'to' in '1 to': expected the number the range ends at\n", "hint: e.g. `ethics show alaska relationship-with-clients 1 to 3`, or 1- for 1 to the last"],
    [["show", ""], 2, "ethics: missing code\n", "hint: expected e.g. `ethics show alaska relationship-with-clients 1`; `ethics list` shows the codes"],
    [["show"], 2, "ethics: show needs <reference...>", "hint: e.g. `ethics show alaska relationship-with-clients 1`; more examples: `ethics help show`"],
    [["show", "--json"], 2, "ethics: show needs <reference...>", "hint: e.g. `ethics show alaska relationship-with-clients 1`"],
    // Alaska has a 5 and no 12: the example shows the 5, and the 12 is said missing.
    [["search", "12", "5"], 1, "ethics: no standard matches '12 5'\n", "hint: to show a standard by its number, name its code and section: e.g. `ethics show alaska relationship-with-clients 5` shows Alaska Relationship with Clients 5; Alaska has no 12"],
  ])("ETHICS_CODE=alaska ethics %j", (args, exitCode, message, hint) => {
    const run = ethics(args, ALASKA);
    expectShortFailure(run, exitCode, message);
    expect(unwrapped(run.stderr)).toContain(hint);
    expect(run.stderr).not.toMatch(/medi-cal|<code>/);
  });

  it("the example runs, showing the standard it names", () => {
    const run = ethics(["show", "alaska", "relationship-with-clients", "1"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Alaska · Relationship with Clients 1");
  });

  it("words naming a code of their own keep its example", () => {
    expectShortFailure(ethics(["show", "wi 1 and"], ALASKA), 2, "hint: e.g. `ethics show wisconsin 1 and 3`; or leave out the 'and'");
  });

  it("a variable naming no code leaves the usual example", () => {
    expectShortFailure(ethics(["show"], { env: { ETHICS_CODE: "nope" } }), 2, "hint: e.g. `ethics show medi-cal integrity 12`");
  });

  it.each([
    // A command that runs, as under ETHICS_CODE: it was the reference "medi-cal integrity 1 and 3".
    [["show", "1 and"], 2, "hint: e.g. `ethics show medi-cal integrity 1 and 3` or `ethics show wi 1 and nc 2`"],
    [["show", ""], 2, "hint: expected e.g. `ethics show medi-cal integrity 12`; `ethics list` shows the codes"],
    [["show"], 2, "hint: e.g. `ethics show medi-cal integrity 12`; more examples: `ethics help show`"],
    [["search", "12", "5"], 1, "hint: to show standards by their numbers, name their code and section: e.g. `ethics show medi-cal integrity 12 5` shows Medi-Cal Integrity 12 and 5"],
  ])("without ETHICS_CODE, ethics %j keeps Medi-Cal's example", (args, exitCode, hint) => {
    expectShortFailure(ethics(args), exitCode, hint);
  });
});
