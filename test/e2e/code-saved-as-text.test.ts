// A code saved from Notepad as `pine.yaml.txt` (Windows hides the .txt): `validate` of the file
// said "1 file valid", `validate` of its folder named no such file, and --data never read it.
// Each now names it, with the name to give it.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";

const WHY = "only .yaml and .yml files are codes (Windows may hide the .txt); rename it to riverside.yaml";

/** A folder `m9` holding the code as riverside.yaml.txt (and `others` beside it), in a folder of its own. */
function saved(others: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-saved-as-text-"));
  mkdirSync(join(dir, "m9"));
  writeFileSync(join(dir, "m9", "riverside.yaml.txt"), RIVERSIDE_LINES.join("\n"));
  for (const [name, text] of Object.entries(others)) writeFileSync(join(dir, "m9", name), text);
  return dir;
}

describe("a code file saved as .yaml.txt", () => {
  it("validate of the file: valid, but --data does not read it", () => {
    const result = ethics(["validate", "m9/riverside.yaml.txt"], { cwd: saved() });
    expect(result.stdout).toBe("1 file valid\n");
    expect(result.stderr).toBe(
      [
        "ethics: warning: m9/riverside.yaml.txt is valid, but not read by --data: only",
        "        .yaml and .yml files are codes (Windows may hide the .txt); rename it to",
        "        riverside.yaml",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(0);
  });

  it("validate of its folder, alone in it: the folder's problem names it", () => {
    const result = ethics(["validate", "m9"], { cwd: saved() });
    expect(result.stdout).toBe(`m9: no .yaml or .yml code files in this directory; riverside.yaml.txt is not read: ${WHY}\n1 problem in 1 file\n`);
    expect(result.stderr).toBe("ethics: 1 problem found\n");
    expect(result.code).toBe(1);
  });

  it("validate of its folder, beside a code file: a warning names it", () => {
    const oak = RIVERSIDE_LINES.join("\n").replace("id: riverside", "id: oak").replace("title: Riverside Code", "title: Oak Code").replace("shortName: Riverside", "shortName: Oak");
    const result = ethics(["validate", "m9"], { cwd: saved({ "oak.yaml": oak }) });
    expect(result.stdout).toBe("1 file valid\n");
    expect(unwrapped(result.stderr)).toBe(`ethics: warning: m9/riverside.yaml.txt is not read by --data: ${WHY}\n`);
    expect(result.code).toBe(0);
  });

  it("--data: a warning names it", () => {
    const dir = saved();
    const result = ethics(["--data", "m9", "list", "--json"], { cwd: dir });
    expect(unwrapped(result.stderr)).toBe(`ethics: warning: '${join(dir, "m9")}' has no .yaml or .yml code files; only the built-in codes are used\nethics: warning: ${join(dir, "m9", "riverside.yaml.txt")} is not read: ${WHY}\n`);
    expect(result.code).toBe(0);
  });
});
