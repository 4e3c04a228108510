// `ethics random --today` is the same all day long: a code added to the scope leaves the day's
// standard where it is, unless the day's is now one of the added code's.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("random --today, with a code added", () => {
  it("keeps the day's standard, or gives one of the added code's", () => {
    const data = mkdtempSync(join(tmpdir(), "ethics-today-"));
    writeFileSync(
      join(data, "agency.yaml"),
      "id: agency\ntitle: Agency Code\nshortName: Agency\njurisdiction: Nowhere\nsource:\n  document: Agency Code\nsections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: Will not accept gifts from people they support.\n",
    );
    // TZ fixed: both runs read the same day, whatever the machine's zone and the hour.
    const env = { TZ: "UTC" };
    const before = JSON.parse(ethics(["random", "--today", "--count", "5", "--json"], { env }).stdout) as { standards: { citation: string }[] };
    const after = JSON.parse(ethics(["--data", data, "random", "--today", "--count", "5", "--json"], { env }).stdout) as { standards: { citation: string }[] };
    const kept = after.standards.map((standard) => standard.citation).filter((citation) => !citation.startsWith("Agency"));
    expect(kept).toEqual(before.standards.map((standard) => standard.citation).slice(0, kept.length));
    expect(ethics(["random", "--today", "--count", "5", "--json"], { env }).stdout).toBe(JSON.stringify(before, null, 2) + "\n");
  });
});
