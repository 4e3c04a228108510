// `show medi-cal authenticity 4 integrity 13` was "no code 'integrity': it is a section of
// Working Well Together and Medi-Cal", its hint without Authenticity 4, and lists the tool
// prints itself ("Medi-Cal Integrity 1, Integrity 9", topic's See also, a diff row) failed so.
// A section named after a reference is the code's named last, where that code has it.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, unwrapped } from "./run.js";

/** The citations a run printed: its lines that begin at the margin. */
const headings = (stdout: string) => stdout.split("\n").filter((line) => /^\S/.test(line));

describe("sections of the code named last", () => {
  it.each<[string[], string[]]>([
    [["medi-cal", "authenticity", "4", "integrity", "13"], ["Medi-Cal · Authenticity 4", "Medi-Cal · Integrity 13"]],
    [["medi-cal", "authenticity", "4", "and", "integrity", "13"], ["Medi-Cal · Authenticity 4", "Medi-Cal · Integrity 13"]],
    [["medi-cal", "authenticity", "4,", "integrity", "13"], ["Medi-Cal · Authenticity 4", "Medi-Cal · Integrity 13"]],
    [["medi-cal authenticity 4; integrity 13"], ["Medi-Cal · Authenticity 4", "Medi-Cal · Integrity 13"]],
    [["alaska", "conduct", "4", "conflicts", "3"], ["Alaska · Conduct 4", "Alaska · Conflicts of Interest 3"]],
    [["medi-cal", "integrity", "12", "respect", "2"], ["Medi-Cal · Integrity 12", "Medi-Cal · Respect 2"]],
    [["Alaska Conflicts of Interest 1, Conduct 7"], ["Alaska · Conflicts of Interest 1", "Alaska · Conduct 7"]],
    [["Medi-Cal Integrity 1, Integrity 9, Integrity 10"], ["Medi-Cal · Integrity 1", "Medi-Cal · Integrity 9", "Medi-Cal · Integrity 10"]],
    [["medi-cal Confidentiality 1, 4, 5; Safety & Protection 5"], ["Medi-Cal · Confidentiality 1", "Medi-Cal · Confidentiality 4", "Medi-Cal · Confidentiality 5", "Medi-Cal · Safety & Protection 5"]],
  ])("show %j", (args, expected) => {
    const result = ethics(["show", ...args]);
    expect(result.stderr).toBe("");
    expect(headings(result.stdout)).toEqual(expected);
    expect(result.code).toBe(0);
  });

  it("what the code named last lacks is said of it", () => {
    expectShortFailure(ethics(["show", "medi-cal", "authenticity", "4", "integrity", "40"]), 1, "ethics: Medi-Cal Integrity has no 40\nhint: Medi-Cal Integrity has 1–14\n");
  });

  // The hint's command was the section's alone (`ethics show alaska conduct 2`): the references
  // before it were left out. It is the whole show typed, where that runs.
  it.each<[string[], string]>([
    [["medi-cal", "integrity", "12", "conduct", "2"], "ethics: no section 'conduct' in medi-cal\nhint: Conduct is a section of Alaska: `ethics show medi-cal integrity 12 alaska conduct 2`\n"],
    // no code read from the words: said of the code named last, as `alaska integrity 12` is (it was "no code 'integrity'")
    [
      ["alaska", "conduct", "4", "integrity", "12"],
      "ethics: no section 'integrity' in alaska\nhint: Integrity is a section of Working Well Together and Medi-Cal: `ethics show alaska conduct 4 medi-cal integrity 12`\n",
    ],
  ])("a section only another code has is still said to be that code's: %j", (args, said) => {
    const result = ethics(["show", ...args]);
    expectShortFailure(result, 1, said);
    expect(unwrapped(result.stderr)).toBe(said);
    const command = /`ethics ([^`]*)`/.exec(said)![1]!.split(" ");
    expect(ethics(command).code, command.join(" ")).toBe(0);
  });
});
