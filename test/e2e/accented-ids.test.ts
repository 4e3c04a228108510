// A code written in Spanish: ids with í and ñ, lowercase letters to their writer, were told
// "lowercase letters, digits and single hyphens". The letters are named, with the id to write.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";

describe("validate: an id with an accented letter", () => {
  it("names the letter and the id without its accent, code and section alike", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-accented-ids-"));
    writeFileSync(join(dir, "riverside.yaml"), RIVERSIDE_LINES.join("\n").replace("id: riverside", "id: centro-esperanza-ñ").replace("- id: boundaries", "- id: límites"));
    const result = ethics(["validate", "riverside.yaml"], { cwd: dir });
    expect(result.stdout).toBe(
      [
        "riverside.yaml:1:5 id: expected code id: ASCII letters a–z, digits and single hyphens, not 'ñ': write 'centro-esperanza-n'",
        "riverside.yaml:8:9 sections[0].id: expected section id: ASCII letters a–z, digits and single hyphens, not 'í': write 'limites'",
        "2 problems in 1 file",
        "",
      ].join("\n"),
    );
    expect(result.stderr).toBe("ethics: 2 problems found\n");
    expect(result.code).toBe(1);
  });
});
