// An option that takes a list (--code, --kind, --data), given again and again by a script
// (`for c in …; do args+=(-c "$c"); done`), copied the whole list so far at every value: 120,000
// `-kcloze` took 99 s and `-cnc` 120 s, past the runs' own limit (run.ts). Each value is added to
// the list: the same answer as the value given once, as quickly as a few.
import { describe, expect, it } from "vitest";
import { ethicsAll } from "./run.js";

const many = (word: string) => Array.from({ length: 120_000 }, () => word);

describe("a list option given by the hundred thousand", () => {
  it("answers as the value given once", async () => {
    const runs = [
      [["quiz", "--json", "--seed", "1", ...many("-kcloze")], ["quiz", "--json", "--seed", "1", "--kind", "cloze"]],
      [["topics", ...many("-cnc")], ["topics", "--code", "nc"]],
    ];
    const results = await ethicsAll(runs.flat().map((args): [string[]] => [args]));
    runs.forEach(([many], at) => {
      const [repeated, once] = [results[2 * at]!, results[2 * at + 1]!];
      const label = many!.slice(0, 2).join(" ");
      expect(once.code, label).toBe(0);
      expect(repeated.code, label).toBe(0);
      expect(repeated.stderr, label).toBe(once.stderr);
      expect(repeated.stdout, label).toBe(once.stdout);
    });
  });
});
