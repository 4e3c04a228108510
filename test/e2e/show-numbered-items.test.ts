// A user's code may label a standard's items with numbers ("1", "2", "3"). `show num 1 3` is
// standards 1 and 3, as `integrity 12 13` is, so item 3 of standard 1 could not be named: `1(3)`
// was "'1(3)' is not a standard number". It is that item now, as `12(a)` is a lettered one, and
// `1.3` says to write it so. `show --help` says how.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "ethics-numbered-items-"));
writeFileSync(
  join(dir, "num.yaml"),
  [
    "id: num",
    "title: Numbered Items Code",
    "shortName: Num",
    "jurisdiction: Test",
    "source:",
    "  document: Num",
    "sections:",
    "  - id: general",
    "    title: General",
    "    standards:",
    "      - number: 1",
    "        text: Peer workers keep confidences.",
    "        items:",
    '          - label: "1"',
    "            text: First item.",
    '          - label: "3"',
    "            text: Third item.",
    "      - number: 3",
    "        text: Third standard.",
    "",
  ].join("\n"),
);
const data = ["--data", dir];
const citations = (stdout: string) => [JSON.parse(stdout)].flat().map((standard: { citation: string }) => standard.citation);

describe("show an item labelled with a number", () => {
  it.each([[["num", "1(3)"]], [["num", "general", "1(3)"]], [["num", "1", "(3)"]]])("show %j is standard 1, its items with it", (args) => {
    const result = ethics([...data, "show", ...args, "--json"]);
    expect(result.stderr).toBe("");
    expect(citations(result.stdout)).toEqual(["Num 1"]);
    expect(result.code).toBe(0);
  });

  it("show num 1 3 is standards 1 and 3, as before", () => {
    const result = ethics([...data, "show", "num", "1", "3", "--json"]);
    expect(result.stderr).toBe("");
    expect(citations(result.stdout)).toEqual(["Num 1", "Num 3"]);
  });

  it.each([
    [["num", "1(2)"], "ethics: Num 1 has no item 2\nhint: its items are 1, 3\n", 1],
    [["num", "1.3"], `ethics: '1.3' is not a standard number; Num has 1, 3\nhint: item 3 of Num 1 is written 1(3): \`ethics --data ${dir} show num '1(3)'\`\n`, 2],
  ])("show %j: a short message", (args, stderr, code) => {
    const result = ethics([...data, "show", ...args]);
    expect(result.stdout).toBe("");
    // A hint wraps where the folder's name makes it long: read with its lines joined.
    expect(result.stderr.replace(/\n +/g, " ")).toBe(stderr);
    expect(result.code).toBe(code);
  });

  it("show --help says how", () => {
    expect(ethics(["show", "--help"]).stdout).toMatch(/one\s+labelled\s+with\s+a\s+number,\s+1\(3\)/);
  });
});
