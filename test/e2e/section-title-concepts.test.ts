// A user's rule is about what its section's title names (concepts/infer.ts, "Section titles"):
// "Mentors tell their mentee a month before the match ends", under "Saying goodbye", names no
// concept in its own words, and was filed under nothing; it is about ending services.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const fixture = join(import.meta.dirname, "../fixtures/apart67");
const run = (...args: string[]) => ethics(["--data", fixture, ...args], { env: { COLUMNS: "80", ETHICS_NO_CACHE: "1" } });

describe("a user's rule under a section title that names a matter", () => {
  it("is about that matter, in a search's hits", () => {
    const { stdout, stderr, code } = run("search", "--json", "--code", "teenmentors", "--section", "ending", "a month before the match ends");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const hits = (JSON.parse(stdout) as { hits: { citation: string; concepts: (string | { id: string })[] }[] }).hits;
    const first = hits.find((hit) => hit.citation === "Step Up Mentor Code · Saying goodbye 1");
    expect(first?.concepts.map((each) => (typeof each === "string" ? each : each.id))).toContain("ending-services");
  });
});
