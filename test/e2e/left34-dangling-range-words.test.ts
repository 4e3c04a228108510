// `ethics show wi 1 to` (or `through`, `thru`) said "no code 'to'", exit 1: the range word was
// read as the next reference's code name, though the number it promised was left out. It is now
// a usage error naming it, as a dangling "and" is. `wi 1-` is an open range, and stays one; a
// title may end in "to", so only a range word after a number is read so.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const unwrap = (text: string) => text.replace(/\n +/g, " ");

// The hint's example is in the code typed: a reader in Wisconsin was offered Medi-Cal Integrity's.
const rangeHint = (place: string, joiner: string) => `hint: e.g. \`ethics show ${place} 1 ${joiner.toLowerCase()} 3\`, or 1- for 1 to the last\n`;

describe("a range word with nothing after it", () => {
  it.each([
    [["wi", "1", "to"], "to", "wi 1 to", "wisconsin"],
    [["wi", "1", "through"], "through", "wi 1 through", "wisconsin"],
    [["wi 1 THRU"], "THRU", "wi 1 THRU", "wisconsin"],
    [["wi", "#2", "to"], "to", "wi #2 to", "wisconsin"],
    [["medi-cal", "integrity", "5", "to"], "to", "medi-cal integrity 5 to", "medi-cal integrity"],
    [["alaska", "conduct", "5", "to"], "to", "alaska conduct 5 to", "alaska conduct"],
    [["wi", "1", "and", "3", "to"], "to", "wi 1 and 3 to", "wisconsin"],
    [["wi", "1", "to", ";", "nc", "2"], "to", "wi 1 to", "wisconsin"],
  ])("show %j: a usage error naming it, nothing shown, exit 2", (words, joiner, quoted, place) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr)).toBe(`ethics: nothing after '${joiner}' in '${quoted}': expected the number the range ends at\n${rangeHint(place, joiner)}`);
    expect(result.code).toBe(2);
  });

  // "wi 1 to nc 2" said "no code 'to'" too: the range word joins no second number.
  it.each([
    [["wi", "1", "to", "nc", "2"], "nc", "to", "wi 1 to nc"],
    [["wi 1 through alaska conduct 2"], "alaska", "through", "wi 1 through alaska"],
  ])("show %j: a usage error naming the word where the number belongs, exit 2", (words, after, joiner, quoted) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr)).toBe(`ethics: '${after}' after '${joiner}' in '${quoted}': expected the number the range ends at\n${rangeHint("wisconsin", joiner)}`);
    expect(result.code).toBe(2);
  });

  it.each([
    [["wi", "1", "to", "3"], ["Wisconsin 1", "Wisconsin 2", "Wisconsin 3"]],
    [["wi", "1", "to", "2", "and", "nc", "2"], ["Wisconsin 1", "Wisconsin 2", "North Carolina 2"]],
    [["wi", "13", "through", "15"], ["Wisconsin 13", "Wisconsin 14", "Wisconsin 15"]],
    [["wi", "13-"], ["Wisconsin 13", "Wisconsin 14", "Wisconsin 15"]],
  ])("show %j: a range with both ends, or open, still shows it", (words, citations) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout.split("\n").filter((line) => /^[A-Z][A-Za-z ]+ \d+$/.test(line))).toEqual(citations);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  // A printed citation reads back whatever its section's title says: "Part 2 To Clients" is a
  // title's words, not a range left open (a review found the range check read them first).
  it("show: a printed citation whose title has a number and a range word reads back", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-range-title-"));
    writeFileSync(
      join(dir, "river.yaml"),
      [
        "id: river",
        "title: River Code",
        "shortName: River",
        "jurisdiction: River County",
        "source:",
        "  document: River Code",
        "sections:",
        "  - id: part-2-to-clients",
        "    title: Part 2 To Clients",
        "    standards:",
        "      - number: 1",
        "        text: Be kind.",
        "  - id: duties",
        "    title: Duties Owed 3 Through Life",
        "    standards:",
        "      - number: 1",
        "        text: Be fair.",
        "",
      ].join("\n"),
    );
    for (const citation of ["River · Part 2 To Clients 1", "River · Duties Owed 3 Through Life 1"]) {
      const result = ethics(["--data", dir, "show", citation]);
      expect(result.stderr).toBe("");
      expect(result.stdout.split("\n")[0]).toBe(citation);
      expect(result.code).toBe(0);
    }
    // After the citation, a joiner left dangling is still one; a range word before it still wants a number.
    expect(ethics(["--data", dir, "show", "River · Part 2 To Clients 1", "and"]).code).toBe(2);
    expect(unwrap(ethics(["--data", dir, "show", "wi 1 to", "River · Part 2 To Clients 1"]).stderr)).toContain("'River' after 'to' in 'wi 1 to River': expected the number the range ends at");
  });
});
