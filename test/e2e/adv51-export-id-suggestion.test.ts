// `export --id my_agency`, beside a loaded code my-agency, was refused as no id with the hint
// "e.g. --id my-agency": the id of the code loaded already, which the next run refused again.
// The id suggested is now one the copy may take.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const unwrap = (text: string) => text.replace(/\n {6,8}/g, " ");

describe("export --id with other marks than an id's", () => {
  const folder = mkdtempSync(join(tmpdir(), "ethics-adv51-id-"));
  writeFileSync(join(folder, "my-agency.yaml"), ethics(["export", "--format", "yaml", "--code", "alaska", "--id", "my-agency"]).stdout);

  it.each([
    ["my_agency", "my-agency-local"],
    ["Ak_", "ak-local"],
    ["my_agency_two", "my-agency-two"],
  ])("%s: the id suggested is free (%s), and the export under it runs", (typed, suggested) => {
    const result = ethics(["--data", folder, "export", "--format", "yaml", "--code", "my-agency", "--id", typed]);
    expect(result.code).toBe(2);
    expect(unwrap(result.stderr)).toMatch(new RegExp(`\\nhint: e\\.g\\. --id ${suggested}\\n$`));
    const again = ethics(["--data", folder, "export", "--format", "yaml", "--code", "my-agency", "--id", suggested]);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`\nid: ${suggested}\n`);
  });
});
