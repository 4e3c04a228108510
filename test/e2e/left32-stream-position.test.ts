// A file of two YAML documents was reported at 1:1, the first code's start, where nothing is
// wrong; the problem is now placed where the second document begins: its `---` line, or its
// first node where a `...` ended the first without a new marker.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const stream = "the file holds 2 YAML documents (a stream, as `ethics export --format yaml` writes several codes); a code file is one code: split it at its --- lines, one code a file";

describe("a code file holding a stream of documents", () => {
  const folder = mkdtempSync(join(tmpdir(), "ethics-stream-"));
  const exported = ethics(["export", "--format", "yaml", "--code", "wi", "--code", "nc"]).stdout;
  const secondMarker = exported.split("\n").indexOf("---") + 1;

  it.each([
    ["an export of two codes: the second code's ---", "export.yaml", exported, `${secondMarker}:1`],
    ["a first document opened with --- too: the second ---", "both.yaml", "--- # first\nid: a\n\n--- !!map\nid: b\n", "4:1"],
    ["a first document ended by ... with no new marker: the second's first key", "ended.yaml", "id: a\n...\n  id: b\n", "3:3"],
  ])("%s", (_, name, text, place) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    const result = ethics(["validate", path]);
    expect(result.stdout).toBe(`${path}:${place}: ${stream}\n1 problem in 1 file\n`);
    expect(result.stderr).toBe("ethics: 1 problem found\n");
    expect(result.code).toBe(1);
  });

  it("the same place from --data", () => {
    const data = mkdtempSync(join(tmpdir(), "ethics-stream-"));
    writeFileSync(join(data, "two.yaml"), exported);
    const result = ethics(["--data", data, "list"]);
    expect(result.stdout).toBe("");
    expect(result.stderr.replace(/\n {8}/g, " ")).toContain(`${join(data, "two.yaml")}:${secondMarker}:1: the file holds 2 YAML documents`);
    expect(result.code).toBe(1);
  });
});
