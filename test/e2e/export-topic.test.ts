// `ethics export --format csv|md --topic …`: a theme's standards for a spreadsheet or a handout,
// each whole, the rest of each code left out.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The citations of a CSV export's rows, in order (the citation is the fifth column). */
function citationsOf(csv: string): string[] {
  return [...csv.matchAll(/^[a-z-]+,[a-z0-9-]*,[^,]*,\d+,([^,]+),/gm)].map((match) => match[1]!);
}

describe("export --topic as a table", () => {
  it("writes a CSV row for each standard on the theme, and no other", () => {
    const whole = ethics(["export", "--format", "csv"]);
    const { stdout, code } = ethics(["export", "--format", "csv", "--topic", "gifts"]);
    expect(code).toBe(0);
    expect(stdout.split("\r\n")[0]).toBe(whole.stdout.split("\r\n")[0]);
    const cited = citationsOf(stdout);
    expect(cited).toContain("Wisconsin 12");
    expect(cited).toContain("North Carolina 15");
    expect(cited).toContain("Medi-Cal · Integrity 5");
    expect(cited).not.toContain("Medi-Cal · Integrity 12");
    // Each row is the whole export's row for that standard: its items and notes with it.
    const rows = (csv: string) => csv.replace(/\r\n$/, "").split(/\r\n(?=[a-z-]+,)/);
    for (const row of rows(stdout).slice(1)) expect(rows(whole.stdout)).toContain(row);
  });

  it("says at the top of Markdown that the rest of each code is left out", () => {
    const { stdout, code } = ethics(["export", "--format", "md", "--topic", "gifts", "--code", "wi,nc"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("*The standards on Gifts (`ethics topic gifts`), each whole; the rest of each code is left out.*");
    expect(stdout).toContain("12. Peer Specialists will not accept gifts of significant value");
    expect(stdout).not.toContain("14. ");
  });

  it("reads a user's code's standards on the theme, its concepts inferred", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-export-topic-"));
    writeFileSync(
      join(dir, "agency.yaml"),
      `id: agency
title: Agency Standards
shortName: Agency
jurisdiction: An agency
numbering: source
source:
  document: Agency Standards
scope: These standards apply to every peer specialist of the agency.
sections:
  - id: gifts
    title: Gifts
    standards:
      - number: 1
        text: Will never accept cash, gift cards, or gifts of any value from the people they serve.
      - number: 2
        text: Will arrive on time for every scheduled group and session.
`,
    );
    const { stdout, code } = ethics(["--data", dir, "export", "--format", "csv", "--topic", "gifts", "--code", "agency"], { env: { ETHICS_NO_CACHE: "1" } });
    expect(code).toBe(0);
    expect(citationsOf(stdout)).toEqual(["Agency 1"]) // one section: cited by number alone;
  });

  it("names the theme's absence as the handout does", () => {
    const handout = ethics(["export", "--format", "html", "--topic", "astrology"]);
    const table = ethics(["export", "--format", "csv", "--topic", "astrology"]);
    expect(table.stderr).toMatch(/^ethics: no topic 'astrology'/);
    expect([table.code, table.stderr]).toEqual([handout.code, handout.stderr]);
  });
});

describe("export --format csv --bom", () => {
  it("begins the CSV with a UTF-8 byte order mark, for Excel, and is otherwise the same", () => {
    const plain = ethics(["export", "--format", "csv", "--code", "wi"]);
    const marked = ethics(["export", "--format", "csv", "--code", "wi", "--bom"]);
    expect(marked.code).toBe(0);
    expect(marked.stdout).toBe("\uFEFF" + plain.stdout);
    expect(ethics(["export", "--format", "csv", "--topic", "gifts", "--bom"]).stdout.startsWith("\uFEFFcode,section,")).toBe(true);
  });

  it("writes nothing, not even the mark, when the export fails", () => {
    const { stdout, code } = ethics(["export", "--format", "csv", "--bom", "--topic", "astrology"]);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
  });

  it("is for CSV alone: a usage error with another format", () => {
    const { stderr, code } = ethics(["export", "--format", "md", "--bom"]);
    expect(code).toBe(2);
    expect(stderr).toBe("ethics: --bom is for --format csv, not md\nhint: Excel reads a CSV's UTF-8 by its byte order mark; other formats go without\n");
  });
});
