// `ethics show medi-cal integrity 10-15` said "Medi-Cal Integrity has no 15" and printed nothing,
// though the README said a range covers only the standards that exist. A range whose end runs
// past the section's last standard now shows them from its start to the last, as `10-` does, and
// says on stderr where the section ends; a start past the end, or a list's number that is not
// there, is an error still. An end past the safe integers (2^53 on) was refused ("has no
// 99999999999999999999") where one below them ran to the last: it runs to the last too, the
// work bounded by the standards that exist, never by the span typed.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The headings a `show` prints: its citations, one a line. */
const headings = (stdout: string) => stdout.split("\n").filter((line) => /^[A-Z]/.test(line));

describe("a range past the section's last standard", () => {
  it.each([
    [["medi-cal", "integrity", "10-15"], ["Medi-Cal · Integrity 10", "Medi-Cal · Integrity 11", "Medi-Cal · Integrity 12", "Medi-Cal · Integrity 13", "Medi-Cal · Integrity 14"], "Medi-Cal Integrity ends at 14, not 15"],
    [["wi", "14-20"], ["Wisconsin 14", "Wisconsin 15"], "Wisconsin ends at 15, not 20"],
    [["medi-cal", "integrity", "12-99999999999999999999"], ["Medi-Cal · Integrity 12", "Medi-Cal · Integrity 13", "Medi-Cal · Integrity 14"], "Medi-Cal Integrity ends at 14, not 99999999999999999999"],
    [["wi", "14-9007199254740992"], ["Wisconsin 14", "Wisconsin 15"], "Wisconsin ends at 15, not 9007199254740992"],
  ])("show %j shows to the last and says where it ends", (words, shown, said) => {
    const result = ethics(["show", ...words]);
    expect(headings(result.stdout)).toEqual(shown);
    expect(result.stdout).toBe(ethics(["show", ...words.slice(0, -1), words.at(-1)!.replace(/\d+$/, "")]).stdout);
    expect(result.stderr).toBe(`ethics: warning: ${said}\n`);
    expect(result.code).toBe(0);
  });

  it("--json prints the standards alone, the warning on stderr", () => {
    const result = ethics(["show", "--json", "wi", "14-20"]);
    expect(JSON.parse(result.stdout).map((standard: { number: number }) => standard.number)).toEqual([14, 15]);
    expect(result.stderr).toBe("ethics: warning: Wisconsin ends at 15, not 20\n");
    expect(result.code).toBe(0);
  });

  it.each([
    [["medi-cal", "integrity", "15-20"], "ethics: Medi-Cal Integrity has no 15-20\nhint: Medi-Cal Integrity has 1–14\n"],
    [["medi-cal", "integrity", "13,99"], "ethics: Medi-Cal Integrity has no 99\nhint: Medi-Cal Integrity has 1–14\n"],
    [["medi-cal", "integrity", "99999999999999999999"], "ethics: Medi-Cal Integrity has no 99999999999999999999\nhint: Medi-Cal Integrity has 1–14\n"],
    [["medi-cal", "integrity", "99999999999999999999-"], "ethics: Medi-Cal Integrity has no 99999999999999999999\nhint: Medi-Cal Integrity has 1–14\n"],
  ])("show %j is an error, nothing shown", (words, stderr) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(1);
  });
});
