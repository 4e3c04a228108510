// A definition's term is printed by `show`, as the Markdown and HTML handouts and --json give it:
// `show` printed the text alone, so a user's `term: Peer` with the text "Someone who …" was
// never said. A text that opens with its term (Medi-Cal's: "Wellness is the conscious …") is
// printed as before, not after its term said twice.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

function folderWithDefinitions(): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-definitions-"));
  const definitions = [
    "definitions:",
    "  - term: Peer",
    "    text: Someone who shares lived experience of recovery with the people they support.",
    "  - term: Supervisor",
    "    text: Supervisor means the staff member a peer reports to.",
  ].join("\n");
  writeFileSync(join(dir, "riverside-agency.yaml"), `${fixture.trimEnd()}\n${definitions}\n`);
  return dir;
}

describe("a code's definitions in `show`", () => {
  it("each with its term, unless its text opens with it", () => {
    const result = ethics(["--data", folderWithDefinitions(), "show", "riverside"], { env: { COLUMNS: "60" } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      [
        "Definitions",
        "  Peer: Someone who shares lived experience of recovery with",
        "    the people they support.",
        "  Supervisor means the staff member a peer reports to.",
      ].join("\n"),
    );
  });

  it("Medi-Cal's, each opening with its term, as they were", () => {
    const result = ethics(["show", "medi-cal"], { env: { COLUMNS: "80" } });
    expect(result.stdout).toMatch(/\nDefinitions\n  Wellness is the conscious and deliberate process/);
    expect(result.stdout).toContain("\n  Recovery is a process of change");
    expect(result.stdout).not.toContain("Wellness: ");
  });
});
