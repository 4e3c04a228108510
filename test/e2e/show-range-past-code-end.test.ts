// `show nc twelve-fifty` said "North Carolina ends at 21, not 50", and `show nc fifty-sixty`
// "North Carolina has no 50-60": digits the user never typed. A range's ends said in words are
// named in them, with where the code's standards really run.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The lines that head each standard shown. */
const headings = (stdout: string) => stdout.split("\n").filter((line) => /^\S/.test(line));

describe("a range one of whose ends the code lacks", () => {
  it.each<[string[], string]>([
    [["nc", "twelve-fifty"], "ethics: warning: North Carolina ends at 21, not fifty\n"],
    [["nc", "twelve", "to", "fifty"], "ethics: warning: North Carolina ends at 21, not fifty\n"],
    [["nc", "12-50"], "ethics: warning: North Carolina ends at 21, not 50\n"],
  ])("show %j runs to the code's last standard, and says where it ends", (words, stderr) => {
    const result = ethics(["show", ...words]);
    expect(result.stderr).toBe(stderr);
    expect(headings(result.stdout)).toEqual(Array.from({ length: 10 }, (_, at) => `North Carolina ${12 + at}`));
    expect(result.code).toBe(0);
  });

  it.each<[string[], string]>([
    [["nc", "fifty-sixty"], "ethics: North Carolina has no fifty-sixty\nhint: North Carolina has 1–21\n"],
    [["nc", "30-40"], "ethics: North Carolina has no 30-40\nhint: North Carolina has 1–21\n"],
  ])("show %j: a range the code has none of is refused, with the code's range", (words, stderr) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(1);
  });
});
