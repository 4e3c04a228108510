// Wisconsin's and North Carolina's standards are cited by number alone ("Wisconsin 2"). Words
// before the number that name no section of either (`show wi rel 2`, as Alaska's would be
// written) hinted "expected one of: code-of-conduct", an id no citation shows.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, unwrapped } from "./run.js";

describe("a section named in a code cited by number alone", () => {
  it.each([
    [["show", "wi", "rel", "2"], "wisconsin", "Wisconsin", "2"],
    [["show", "nc", "rel", "3-4"], "north-carolina", "North Carolina", "3-4"],
  ])("%j says so, with the standard by number", (args, id, name, numbers) => {
    const run = ethics(args, { env: { COLUMNS: "80" } });
    expectShortFailure(run, 1, `no section 'rel' in ${id}: ${name}'s standards are cited by number alone`);
    expect(unwrapped(run.stderr)).toContain(`hint: \`ethics show ${id} ${numbers}\``);
    const hinted = ethics(["show", id, numbers]);
    expect(hinted.code).toBe(0);
  });

  it("a section of another code is still named as that code's", () => {
    const run = ethics(["show", "wi", "relationship", "with", "clients", "2"]);
    expect(run.code).toBe(1);
    expect(unwrapped(run.stderr)).toContain("is a section of Alaska");
  });
});
