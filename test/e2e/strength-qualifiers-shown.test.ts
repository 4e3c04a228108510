// `show` and `search` with --strength kept Alaska Conflicts of Interest 3 among the prohibitions
// and said nothing of what narrows it (substantial gifts only; a note leaves the rest to the
// agency): a supervisor listing what Alaska forbids read it as forbidding every gift. What
// narrows each reading is now under the standard, as `random` prints it, and in JSON.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

interface Read {
  citation: string;
  strength: string;
  qualifiers: string[];
}

const COI_3 = "Alaska · Conflicts of Interest 3";
const CONDUCT_8 = "Alaska · Conduct 8";

describe("--strength says what narrows a rule it keeps", () => {
  it("show: under a qualified standard, and under none that nothing narrows", () => {
    const run = ethics(["show", "alaska", "--strength", "prohibits"], { env: { COLUMNS: "80" } });
    expect(run.code).toBe(0);
    const blocks = run.stdout.trimEnd().split("\n\n");
    const qualified = blocks.find((block) => block.startsWith(COI_3))!;
    expect(qualified).toContain("\n  How it binds: prohibits (substantial gifts or loans;");
    expect(unwrapped(qualified)).toContain("How it binds: prohibits (substantial gifts or loans; note: as deemed inappropriate or unacceptable by the agency)");
    expect(blocks.find((block) => block.startsWith(CONDUCT_8))).not.toContain("How it binds");
    for (const line of run.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("show --json: each standard's qualifiers, [] where nothing narrows it", () => {
    const shown = JSON.parse(ethics(["show", "alaska", "--strength", "prohibits", "--json"]).stdout) as Read[];
    expect(shown.find((standard) => standard.citation === COI_3)).toMatchObject({ strength: "prohibits", qualifiers: ["substantial gifts or loans", "note: as deemed inappropriate or unacceptable by the agency"] });
    expect(shown.find((standard) => standard.citation === CONDUCT_8)).toMatchObject({ strength: "prohibits", qualifiers: [] });
  });

  it("search: in the text and in each hit of the JSON", () => {
    const text = ethics(["search", "gifts", "--strength", "prohibits"], { env: { COLUMNS: "80" } });
    expect(unwrapped(text.stdout)).toContain("How it binds: prohibits (gifts of significant value)");
    const hits = (JSON.parse(ethics(["search", "gifts", "--strength", "prohibits", "--json"]).stdout) as { hits: Read[] }).hits;
    expect(hits.find((hit) => hit.citation === "Wisconsin 12")).toMatchObject({ strength: "prohibits", qualifiers: ["gifts of significant value"] });
    for (const hit of hits) expect(Array.isArray(hit.qualifiers)).toBe(true);
  });
});
