// search's --code, given again and again by a script, was read for codes joined after each of
// its values (`--code wi and nc`) by splitting and copying every word after it: 60,000 `-cnc`
// took over 100 s, past the runs' own limit (run.ts). The words after a value are read only as
// far as the names joined to it go: the same search as --code given once, as quickly as a few.
import { describe, expect, it } from "vitest";
import { ethicsAll } from "./run.js";

describe("search with --code given by the ten thousand", () => {
  it("is the search with --code given once", async () => {
    const [repeated, once] = await ethicsAll([[["search", "gifts", ...Array.from({ length: 60_000 }, () => "-cnc")]], [["search", "gifts", "-c", "nc"]]]);
    expect(once!.code).toBe(0);
    expect(repeated!.code).toBe(0);
    expect(repeated!.stderr).toBe(once!.stderr);
    expect(repeated!.stdout).toBe(once!.stdout);
  });
});
