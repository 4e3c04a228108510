// A search of ASCII symbols alone (`ethics search '^'`, `+`, `|`, `<>`, `$`) has no words, as
// one of `(` or `*` has, and says so: it was told that "search reads Latin letters only (a–z)
// … search in English", as a query in Chinese or of emoji is, which a `^` is not.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a search of ASCII symbols alone", () => {
  it.each([["^"], ["~"], ["`"], ["+"], ["|"], ["<>"], ["$"], ["="], ["("]])("%s has no words to search for", (query) => {
    const result = ethics(["search", "--", query], { env: { COLUMNS: "80" } });
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(new RegExp(`^ethics: no standard matches '${query.replace(/[$^+|()]/g, "\\$&")}': it has no words to search for\n`));
    expect(result.code).toBe(1);
  });

  it.each([["礼物"], ["🎁"], ["→"], ["礼物 ^"]])("%s is still a query search cannot read", (query) => {
    const result = ethics(["search", "--", query], { env: { COLUMNS: "80" } });
    expect(result.stderr).toContain("search reads Latin letters only (a–z)");
    expect(result.code).toBe(1);
  });
});
