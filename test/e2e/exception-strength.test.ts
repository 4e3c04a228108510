// A standard whose exception is what makes it about a matter allows that matter: it does not
// bind on it with its rule's verb. Medi-Cal Integrity 12 read "prohibits" on prescribed and
// over-the-counter medication, the very matter its items a and b exempt; `diff` showed the row
// marked only "(except)". The reading is general: a user's code's exceptions, their concepts
// inferred, are read so too.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const COLUMNS = { COLUMNS: "80" };

interface ConceptRow {
  id: string;
  codes: { code: string; strength: string | null }[];
}

/** Each concept row's strength by code, of `ethics [data…] topic <args> --json`. */
const rowStrengths = (args: string[], data: string[] = []) =>
  Object.fromEntries(
    (JSON.parse(ethics([...data, "topic", ...args, "--json"]).stdout).concepts as ConceptRow[]).map((row) => [row.id, Object.fromEntries(row.codes.map((code) => [code.code, code.strength]))]),
  );

describe("a matter only an exception speaks of", () => {
  it("topic: Medi-Cal allows prescribed medication, and prohibits working under the influence", () => {
    const { stdout, code } = ethics(["topic", "substance-use-and-impairment"], { env: COLUMNS });
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        "  Prescribed and over-the-counter medication",
        "    (prescribed-and-over-the-counter-medication)",
        "    Alaska                requires   Conduct 4",
        "    Working Well Together —",
        "    Medi-Cal              allows     Integrity 12",
      ].join("\n"),
    );
    expect(stdout).toContain("Medi-Cal              prohibits  Integrity 12\n");
    expect(rowStrengths(["substance-use-and-impairment"])).toMatchObject({
      "working-under-the-influence": { "medi-cal": "prohibits" },
      "prescribed-and-over-the-counter-medication": { "medi-cal": "allows" },
    });
  });

  it("topic on the concept: the standard and the code's headline allow it", () => {
    const { stdout } = ethics(["topic", "prescribed-and-over-the-counter-medication", "--code", "medi-cal"], { env: COLUMNS });
    expect(stdout).toContain("Medi-Cal — allows\n  Medi-Cal · Integrity 12 · allows\n");
  });

  it("diff: Alaska's rule binds more strongly than Medi-Cal's exception, and the rule's exceptions are named", () => {
    const { stdout } = ethics(["diff", "alaska", "medi-cal", "--topic", "substance-use-and-impairment", "--full"], { env: COLUMNS });
    expect(stdout).toContain(
      [
        "Alaska binds more strongly (1 concept)",
        "  Prescribed and over-the-counter medication",
        "    Alaska   requires   Conduct 4",
        "    Medi-Cal allows     Integrity 12",
      ].join("\n"),
    );
    expect(stdout).toContain("    Medi-Cal prohibits  Integrity 12 (except: a, b)\n");
    expect(stdout).not.toMatch(/\(except\)/);
  });

  it("a user's code: an exception within its sentence allows its matter, the rule still binds on its own", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-exceptions-"));
    writeFileSync(
      join(dir, "river.yaml"),
      [
        "id: river",
        "title: River Peer Services Code",
        "shortName: River",
        "jurisdiction: test",
        "numbering: source",
        "source: { document: River Peer Services Code }",
        "sections:",
        "  - id: conduct",
        "    title: Conduct",
        "    standards:",
        "      - number: 1",
        '        text: "Peer staff will not provide services under the influence of alcohol, marijuana or illegal drugs, except prescribed medication taken as directed."',
        "",
      ].join("\n"),
    );
    expect(rowStrengths(["substance-use-and-impairment", "--code", "river"], ["--data", dir])).toMatchObject({
      "working-under-the-influence": { river: "prohibits" },
      "prescribed-and-over-the-counter-medication": { river: "allows" },
    });
  });
});
