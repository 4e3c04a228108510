// A citation pasted where a code is asked for: `search gifts --code "Medi-Cal · Integrity 12"`
// was "no code '…'" with no word of Medi-Cal (while "North Carolina 15" got a "did you mean"),
// `export --format md "North Carolina 15"` "no code '15'", and `export --format md alaska
// conflicts of interest 3` "no code 'conflicts'". Every command that takes codes says what the
// citation names, what it takes there, and the show command that prints it, which runs.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

const MC12 = "`ethics show medi-cal integrity 12` shows it, as data with --json";
const NC15 = "`ethics show north-carolina 15` shows it, as data with --json";

describe("a citation where a code is asked for", () => {
  it.each([
    [["search", "gifts", "--code", "Medi-Cal · Integrity 12"], "'Medi-Cal · Integrity 12' names a standard of medi-cal, not a code", `--code takes whole codes, --section a section; ${MC12}`],
    [["search", "gifts", "--code", "North Carolina 15"], "'North Carolina 15' names a standard of north-carolina, not a code", `--code takes whole codes, --section a section; ${NC15}`],
    [["export", "--format", "md", "North Carolina 15"], "'North Carolina 15' names a standard of north-carolina, not a code", `export takes whole codes; ${NC15}`],
    [["export", "--format", "md", "alaska", "conflicts", "of", "interest", "3"], "'alaska conflicts of interest 3' names a standard of alaska, not a code", "export takes whole codes; `ethics show alaska conflicts-of-interest 3` shows it, as data with --json"],
    [["export", "--format", "md", "--code", "nc 15"], "'nc 15' names a standard of north-carolina, not a code", `--code takes whole codes; ${NC15}`],
    [["topic", "gifts", "--code", "Medi-Cal · Integrity 12"], "'Medi-Cal · Integrity 12' names a standard of medi-cal, not a code", `--code takes whole codes; ${MC12}`],
    [["topics", "--code", "medi-cal integrity 12"], "'medi-cal integrity 12' names a standard of medi-cal, not a code", `--code takes whole codes; ${MC12}`],
    [["random", "--code", "nc 15"], "'nc 15' names a standard of north-carolina, not a code", `--code takes whole codes; ${NC15}`],
    [["quiz", "--code", "medi-cal:integrity:12"], "'medi-cal:integrity:12' names a standard of medi-cal, not a code", `--code takes whole codes; ${MC12}`],
    [["random", "Medi-Cal · Integrity 12"], "'Medi-Cal · Integrity 12' names a standard of medi-cal, not a code", `random takes whole codes, with --code; ${MC12}`],
    [["list", "north", "carolina", "15"], "'north carolina 15' names a standard of north-carolina, not a code", `list takes a whole code; ${NC15}`],
    [["diff", "Medi-Cal · Integrity 12", "alaska"], "'Medi-Cal · Integrity 12 alaska' names a standard of medi-cal, not only codes", `diff takes two whole codes, --section a section; ${MC12}`],
    [["search", "gifts", "--code", "alaska conduct"], "'alaska conduct' names a section of alaska, not a code", "--code takes whole codes, --section a section; `ethics show alaska conduct` shows it, as data with --json"],
  ])("%j", (args, message, hint) => {
    const run = ethics(args, { env: { COLUMNS: "80" } });
    expect([run.code, run.stdout, unwrapped(run.stderr)]).toEqual([2, "", `ethics: ${message}\nhint: ${hint}\n`]);
    for (const line of run.stderr.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    const shown = ethics(/`ethics (show [^`]*)`/.exec(unwrapped(run.stderr))![1]!.split(" "));
    expect([shown.code, shown.stderr]).toEqual([0, ""]);
  });

  it("and in ETHICS_CODE, said as its own", () => {
    const run = ethics(["search", "gifts"], { env: { ETHICS_CODE: "North Carolina 15" } });
    expect([run.code, run.stdout]).toEqual([1, ""]);
    expect(unwrapped(run.stderr)).toBe(
      `ethics: ETHICS_CODE: 'North Carolina 15' names a standard of north-carolina, not a code\nhint: ETHICS_CODE takes whole codes; ${NC15} (ETHICS_CODE names the codes used when a command is given no --code)\n`,
    );
  });

  it("a name near a code, with no standard in it, is still a name mistyped", () => {
    const run = ethics(["search", "gifts", "--code", "North Carolna"]);
    expect([run.code, run.stdout]).toEqual([1, ""]);
    expect(unwrapped(run.stderr)).toMatch(/^ethics: no code 'North Carolna' — did you mean north-carolina\?\n/);
  });
});
