// `ethics random --count 5`: several standards to talk over, none twice, the first the one a
// single pick with the same seed shows; fewer than asked is said.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE } from "./run.js";

interface Picked {
  standards: { code: string; section: string; number: string | number; strength: string }[];
  notes: string[];
}
const picked = (args: string[]): Picked => {
  const result = ethics(["random", ...args, "--json"]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Picked;
};
const keyOf = (standard: { code: string; section: string; number: string | number }) => `${standard.code} ${standard.section} ${standard.number}`;

describe("random --count", () => {
  it("gives that many standards, none twice, the same for the same seed", () => {
    const first = picked(["--seed", "7", "--count", "12"]);
    expect(first.standards).toHaveLength(12);
    expect(new Set(first.standards.map(keyOf)).size).toBe(12);
    expect(first.notes).toEqual([]);
    expect(picked(["--seed", "7", "--count", "12"])).toEqual(first);
  });

  it("begins with the standard one pick with the same seed shows", () => {
    const one = JSON.parse(ethics(["random", "--seed", "7", "--json"]).stdout) as Picked["standards"][number];
    expect(keyOf(picked(["--seed", "7", "--count", "3"]).standards[0]!)).toBe(keyOf(one));
  });

  it("says when fewer standards are in scope than asked, and shows each once", () => {
    const few = picked(["--topic", "gifts", "--code", "alaska", "--count", "5"]);
    expect(few.standards.map(keyOf)).toEqual(["alaska conflicts-of-interest 3"]);
    expect(few.notes).toEqual(["5 asked; only 1 standard is on gifts to draw from."]);
    const all = picked(["--code", "alaska", "--count", "1000", "--seed", "3"]);
    expect(new Set(all.standards.map(keyOf)).size).toBe(all.standards.length);
    expect(all.notes[0]).toMatch(/^1000 asked; only \d+ standards are to draw from: each is shown once\.$/);
  });

  it("prints each standard whole with how it binds and its show command, within 80 columns", () => {
    const result = ethics(["random", "--seed", "7", "--count", "3"], { env: { COLUMNS: "80" } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.match(/^How it binds: /gm)).toHaveLength(3);
    expect(result.stdout.match(/^ethics show /gm)).toHaveLength(3);
    for (const line of result.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it("the day's standards: one heading, then the day's standard first", () => {
    const result = ethics(["random", "--today", "--count", "2"]);
    expect(result.stdout.match(/^Standards of the day, \d{4}-\d{2}-\d{2}$/gm)).toHaveLength(1);
    const single = ethics(["random", "--today"]).stdout.split("\n").slice(2, 3);
    expect(result.stdout.split("\n").slice(2, 3)).toEqual(single);
  });

  it("refuses a count that is not a whole number from 1", () => {
    for (const count of ["0", "-2", "many"]) {
      const result = ethics(["random", "--count", count]);
      expect(result.code).toBe(2);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(result.stderr).toContain("--count takes a whole number ≥ 1");
    }
  });
});
