// `show wi 1 12 of nc 2`, `show wi 12 of nc alaska conduct 2` and `show alaska conduct 2 of
// medi-cal` were "no code 'of'" or "no code 'of medi-cal'": "of <code>" was read only as the
// whole of a reference, and a code with sections named no reading of the number. Each is now
// refused with the readings it may have, every command in the hint one that runs.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

/** The commands a hint gives, the words after `ethics show`. */
const hintCommands = (stderr: string) => [...unwrapped(stderr).matchAll(/`ethics show ([^`]*)`/g)].map(([, words]) => words!);

describe("'of' a code after a reference's numbers", () => {
  it.each([
    [["wi", "1", "12", "of", "nc", "2"], "ethics: '12 of nc' names its code last\nhint: the code comes first: `ethics show wisconsin 1 north-carolina 12,2`\n"],
    [
      ["wi", "12", "of", "nc", "alaska", "conduct", "2"],
      "ethics: 'wi 12 of nc' names two codes for 12\nhint: say which: `ethics show wisconsin 12 alaska conduct 2`,\n      `ethics show north-carolina 12 alaska conduct 2`\n",
    ],
    [
      ["alaska", "conduct", "2", "of", "medi-cal"],
      "ethics: 'alaska conduct 2 of medi-cal' names two codes for 2\nhint: say which: `ethics show alaska conduct 2`, or a section of medi-cal, e.g.\n      `ethics show medi-cal hope 2`\n",
    ],
  ])("show %j: the readings, in 80 columns", (reference, stderr) => {
    const run = ethics(["show", ...reference]);
    expect([run.stdout, run.stderr, run.code]).toEqual(["", stderr, 2]);
    for (const line of run.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it.each([
    // `in` for `of`, aliases, a code named by its name or title.
    [["wi", "1", "12", "in", "nc", "2"], "'12 in nc' names its code last", "the code comes first: `ethics show wisconsin 1 north-carolina 12,2`"],
    [["wisconsin", "1", "and", "12", "of", "north", "carolina", "2"], "'12 of north carolina' names its code last", "the code comes first: `ethics show wisconsin 1 north-carolina 12,2`"],
    [["wi", "12", "in", "nc", "ak", "conduct", "2"], "'wi 12 in nc' names two codes for 12", "say which: `ethics show wisconsin 12 alaska conduct 2`, `ethics show north-carolina 12 alaska conduct 2`"],
    [
      "wi 12 of the north carolina certified peer support specialist code of ethics alaska conduct 2".split(" "),
      // The words quoted, longer than a line, cut short between words as any typed run is (main.ts).
      "'wi 12 of the north … code of ethics' names two codes for 12",
      "say which: `ethics show wisconsin 12 alaska conduct 2`, `ethics show north-carolina 12 alaska conduct 2`",
    ],
    [["wi", "12", "of", "nc", "2"], "'wi 12 of nc' names two codes for 12", "say which: `ethics show wisconsin 12 north-carolina 2`, `ethics show north-carolina 12,2`"],
    [["alaska", "conduct", "2", "in", "medi-cal"], "'alaska conduct 2 in medi-cal' names two codes for 2", "say which: `ethics show alaska conduct 2`, or a section of medi-cal, e.g. `ethics show medi-cal hope 2`"],
    [["ak", "conduct", "2", "of", "mc"], "'ak conduct 2 of mc' names two codes for 2", "say which: `ethics show alaska conduct 2`, or a section of medi-cal, e.g. `ethics show medi-cal hope 2`"],
    [["ak", "conduct", "2", "of", "medi-cal", "peer", "support", "specialist", "code", "of", "ethics"], "'ak conduct 2 of medi-cal peer support specialist code of ethics' names two codes for 2", "say which: `ethics show alaska conduct 2`, or a section of medi-cal, e.g. `ethics show medi-cal hope 2`"],
    [["california", "integrity", "5", "of", "medi-cal"], "'california integrity 5 of medi-cal' names two codes for 5", "say which: `ethics show california integrity 5`, `ethics show medi-cal integrity 5`"],
    [["wi", "12", "of", "alaska"], "'wi 12 of alaska' names two codes for 12", "no section of alaska has a 12; wisconsin's: `ethics show wisconsin 12`"],
    [["wi", "1", "12", "of", "medi-cal"], "'12 of medi-cal' names its code last", "the code comes first, and one of its sections: e.g. `ethics show wisconsin 1 medi-cal respect 12`"],
    // one code named twice: one reading, given once (it was given twice, as two codes)
    [["wi", "12", "of", "wi"], "'wi 12 of wi' names wisconsin twice", "the code once, first: `ethics show wisconsin 12`"],
    [["wi", "12", "of", "wisconsin", "alaska", "conduct", "2"], "'wi 12 of wisconsin' names wisconsin twice", "the code once, first: `ethics show wisconsin 12 alaska conduct 2`"],
  ])("show %j", (reference, message, hint) => {
    const run = ethics(["show", ...reference]);
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe(`ethics: ${message}\nhint: ${hint}\n`);
    expect(run.code).toBe(2);
    for (const line of run.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    for (const words of hintCommands(run.stderr)) expect(ethics(["show", ...words.split(" ")]).code).toBe(0);
  });

  it("what follows names nothing: its own error", () => {
    const run = ethics(["show", "wi", "12", "of", "nc", "alaska", "conduct", "20"]);
    expect([run.stdout, run.stderr, run.code]).toEqual(["", "ethics: Alaska Conduct has no 20\nhint: Alaska Conduct has 1–9\n", 1]);
  });
});
