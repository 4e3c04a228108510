// `ethics search wi 12` keeps only the standards that hold a 12 (none: exit 1) and hints at
// `ethics show wi 12`. Written as show also takes it, `wi:12`, the query was one word that search
// split its own way: five unrelated standards came back as loosely related, with no hint; so did
// `medi-cal:integrity:12`, where `medi-cal integrity 12` gets the hint. Both now read as words.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a search for a reference written code:section:number", () => {
  it("wi:12 is searched as wi 12: nothing unrelated, and the show command", () => {
    const run = ethics(["search", "wi:12"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("ethics: no standard matches 'wi:12'\nhint: to show a standard by its number: `ethics show wi 12`\n");
  });

  it("medi-cal:integrity:12 gets the show command, as medi-cal integrity 12 does", () => {
    const run = ethics(["search", "medi-cal:integrity:12"]);
    expect(run.stderr).toContain("hint: to show a standard by its number: `ethics show medi-cal integrity 12`\n");
  });

  it("a colon in a question's words is no reference", () => {
    const run = ethics(["search", "note: gifts"]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("ethics show");
  });
});
