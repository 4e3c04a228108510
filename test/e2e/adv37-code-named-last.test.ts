// A reference with the code last, as one says it ("integrity 12 in medi-cal" said short): it
// was "no code 'integrity'" and a list of the codes, though the code was right there. It is
// still refused (`wi 12 alaska` is two references: Wisconsin 12, and Alaska whole), but the
// hint now gives the reference with the code first, where that names something, of ids: the
// words as typed may hold a shell's `&` (`safety & protection 3-4 mc` ran in the background).
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a reference with its code last", () => {
  it.each([
    [["integrity", "12", "medi-cal"], "integrity 12 medi-cal", "`ethics show medi-cal integrity 12`"],
    [["integrity 12 medi-cal"], "integrity 12 medi-cal", "`ethics show medi-cal integrity 12`"],
    [["integrity", "medi-cal"], "integrity medi-cal", "`ethics show medi-cal integrity`"],
    [["safety", "&", "protection", "3-4", "mc"], "safety & protection 3-4 mc", "`ethics show medi-cal safety-and-protection 3-4`"],
    [["conflicts", "of", "interest", "3", "alaska"], "conflicts of interest 3 alaska", "`ethics show alaska conflicts-of-interest 3`"],
    [["values", "2", "north", "carolina"], "values 2 north carolina", "`ethics show north-carolina values 2`"],
    // A title's word is not read as its code where the code named after it has the section.
    [["conduct", "4", "alaska"], "conduct 4 alaska", "`ethics show alaska conduct 4`"],
    [["conduct", "4", "of", "alaska"], "conduct 4 of alaska", "`ethics show alaska conduct 4`"],
    [["integrity", "12", "in", "medi-cal"], "integrity 12 in medi-cal", "`ethics show medi-cal integrity 12`"],
    [["integrity", "12", "medi", "cal"], "integrity 12 medi cal", "`ethics show medi-cal integrity 12`"],
    [["12", "wi"], "12 wi", "`ethics show wisconsin 12`"],
    [["§12", "wi"], "§12 wi", "`ethics show wisconsin 12`"],
    [["#12", "of", "wi"], "#12 of wi", "`ethics show wisconsin 12`"],
  ])("show %j: the hint puts the code first", (reference, said, command) => {
    const run = ethics(["show", ...reference]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`ethics: '${said}' names its code last\nhint: the code comes first: ${command}\n`);
  });

  it("a code last with words it has no section for is still no code", () => {
    const run = ethics(["show", "integrity", "12", "alaska"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    // …and says whose section it is (Alaska has none).
    expect(run.stderr).toBe(
      "ethics: no code 'integrity': it is a section of Working Well Together and\n        Medi-Cal\nhint: say whose: `ethics show medi-cal integrity 12`\n",
    );
  });

  // The code must end the reference: "values" after it was dropped, and the hint named standard 2.
  it("a number before a code with more words after it is not read as the code-last reference", () => {
    const run = ethics(["show", "2", "nc", "values"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    // The example has the number typed, in a section that has it.
    expect(run.stderr).toBe("ethics: '2' has no code before it\nhint: expected e.g. `ethics show medi-cal integrity 2`\n");
  });

  // The hint named Wisconsin 12 alone, and North Carolina 2 was dropped from it.
  it("a number before a code is read code-last where another reference follows the code, the hint naming that one too", () => {
    for (const [args, command] of [
      [["12", "wi", "nc", "2"], "ethics show wisconsin 12 north-carolina 2"],
      [["12", "wi", "3"], "ethics show wisconsin 12,3"],
      [["5", "nc", "alaska", "conduct", "2"], "ethics show north-carolina 5 alaska conduct 2"],
      // What follows names nothing (North Carolina has no 99): the code-last reference's alone.
      [["12", "wi", "nc", "99"], "ethics show wisconsin 12"],
    ] as const) {
      const run = ethics(["show", ...args]);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toBe(`ethics: '${args.slice(0, 2).join(" ")}' names its code last\nhint: the code comes first: \`${command}\`\n`);
      if (args[3] !== "99") expect(ethics(command.split(" ").slice(1)).code, command).toBe(0);
    }
  });
});
