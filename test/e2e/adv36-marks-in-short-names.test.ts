// A user's code whose short name holds a ";" or a "·", the marks the reference grammar reads
// between references and before a section: its printed citations, pasted back to `show`, were
// read at the mark. "Uno; Dos 1" printed the whole code Uno; Dos and then its standard 1, exit
// 0; "Co · X · Rules 1" was "has two ·", exit 2. A name that is a code's whole short name is now
// read as that code's, as a section title holding the marks was (odd-citations.test.ts).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** A code file: `sections` titles, a standard or two each. */
function codeFile(id: string, shortName: string, sections: readonly string[]): string {
  const lines = [`id: ${id}`, `title: ${id} code`, `shortName: "${shortName}"`, "jurisdiction: X", "source:", "  document: D", "sections:"];
  sections.forEach((title, at) => {
    lines.push(`  - id: s${at + 1}`, `    title: ${title}`, "    standards:", "      - number: 1", `        text: ${title} one.`, "      - number: 2", `        text: ${title} two.`);
  });
  return `${lines.join("\n")}\n`;
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-marks-in-names-"));
  writeFileSync(join(dir, "semi.yaml"), codeFile("semi", "Uno; Dos", ["Rules"]));
  writeFileSync(join(dir, "dot.yaml"), codeFile("dot", "Co · X", ["Rules", "Other"]));
  writeFileSync(join(dir, "both.yaml"), codeFile("both", "Tres; Cuatro", ["Rules", "Other"]));
  return dir;
}

interface Shown {
  code: string;
  section: string;
  number: number;
  citation: string;
}

describe("printed citations of codes whose short names hold ; or ·", () => {
  const dir = folder();
  const citations = ["semi", "dot", "both"].flatMap((id) => {
    const code = JSON.parse(ethics(["--data", dir, "show", "--json", id]).stdout) as { sections: { standards: Shown[] }[] };
    return code.sections.flatMap((section) => section.standards);
  });

  it("prints them with the mark", () => {
    expect(citations.map((standard) => standard.citation)).toEqual([
      "Uno; Dos 1",
      "Uno; Dos 2",
      "Co · X · Rules 1",
      "Co · X · Rules 2",
      "Co · X · Other 1",
      "Co · X · Other 2",
      "Tres; Cuatro · Rules 1",
      "Tres; Cuatro · Rules 2",
      "Tres; Cuatro · Other 1",
      "Tres; Cuatro · Other 2",
    ]);
  });

  it.each(["pasted whole", "as the shell splits it"])("show takes each back as the same standard, %s", (how) => {
    for (const standard of citations) {
      const args = how === "pasted whole" ? [standard.citation] : standard.citation.split(" ");
      const result = ethics(["--data", dir, "show", "--json", ...args]);
      expect(result.stderr).toBe("");
      // One standard is printed as an object, several as a list.
      const shown = [JSON.parse(result.stdout) as Shown | Shown[]].flat();
      expect(shown.map(({ code, section, number }) => ({ code, section, number }))).toEqual([{ code: standard.code, section: standard.section, number: standard.number }]);
    }
  });

  it("references joined by ; or · are read as before", () => {
    const result = ethics(["show", "wi 1; medi-cal · integrity 12"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wisconsin 1\n[^]*\nMedi-Cal · Integrity 12\n/);
  });
});
