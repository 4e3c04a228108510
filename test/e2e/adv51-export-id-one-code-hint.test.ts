// `ethics --data FOLDER export --format yaml --id x` without one --code hinted
// `ethics export --format yaml --code alaska --id my-agency`: without the user's --data, in
// yaml whatever the format given, and under an id the folder's own code may hold already, so
// that the command pasted failed. The hint is now the export meant, and it runs.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

describe("export --id without one --code: the hint's command runs", () => {
  const folder = mkdtempSync(join(tmpdir(), "ethics-adv51-id-hint-"));
  writeFileSync(join(folder, "my-agency.yaml"), ethics(["export", "--format", "yaml", "--code", "alaska", "--id", "my-agency"]).stdout);

  it.each([
    [["--format", "yaml", "--id", "my-agency"], "export --format yaml --code alaska --id my-agency-local"],
    [["--format", "json", "--id", "county"], "export --format json --code alaska --id county"],
    [["--format", "yaml", "--code", "my-agency,wisconsin", "--id", "my-agency-two"], "export --format yaml --code my-agency --id my-agency-two"],
  ])("%j", (args, suggested) => {
    const result = ethics(["--data", folder, "export", ...args]);
    expect(result.code).toBe(2);
    const hint = /hint: e\.g\. `ethics (.*)`\n$/.exec(unwrapped(result.stderr));
    expect(hint?.[1]).toBe(`--data ${folder} ${suggested}`);
    const pasted = ethics(hint![1]!.split(" "));
    expect(pasted.stderr).toBe("");
    expect(pasted.code).toBe(0);
  });
});
