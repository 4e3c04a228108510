// A code named again and again (`show medi-cal medi-cal …`, a script's list) was printed once
// for each time past 30 words (fewer were read as a word said twice); named again further on
// (`wi nc wi`, `wi and wisconsin`), again each time. Read once, as list and export read a code
// named twice; so is a section or a standard named again (`integrity 1 integrity 1`).
import { describe, expect, it } from "vitest";
import { ethicsAll } from "./run.js";

const times = (count: number, ...words: string[]) => Array.from({ length: count }, () => words).flat();

describe("a reference named again", () => {
  it("is shown once, where it was first named", async () => {
    const runs: [string[], string[]][] = [
      [times(1_000, "medi-cal"), ["medi-cal"]],
      [[...times(500, "medi-cal", "and"), "medi-cal"], ["medi-cal"]],
      [["wi", "nc", "wisconsin", "alaska", "north", "carolina"], ["wi", "nc", "alaska"]],
      [["medi-cal", "integrity", "1", "integrity", "1"], ["medi-cal", "integrity", "1"]],
      [["wi", "1;", "nc", "2;", "wi", "1"], ["wi", "1;", "nc", "2"]],
      [["wi", "1", "wi", "1", "--json"], ["wi", "1", "--json"]],
    ];
    const results = await ethicsAll(runs.flatMap(([repeated, once]) => [[["show", ...repeated]], [["show", ...once]]] as [string[]][]));
    runs.forEach(([repeated], at) => {
      const [again, once] = [results[2 * at]!, results[2 * at + 1]!];
      const label = repeated.slice(0, 6).join(" ");
      expect(once.code, label).toBe(0);
      expect(again, label).toEqual(once);
    });
  });

  it("a code and a section of it are two things asked, each shown", async () => {
    const [both, code, section] = await ethicsAll([[["show", "wi;", "wi", "1"]], [["show", "wi"]], [["show", "wi", "1"]]]);
    expect(both!.code).toBe(0);
    expect(both!.stdout).toBe(`${code!.stdout.trimEnd()}\n\n${section!.stdout}`);
  });
});
