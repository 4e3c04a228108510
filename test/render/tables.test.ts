// Tables fit the terminal: the list of codes, an outline, the topics matrix, at any width and
// with many codes.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import { topicsMatrix } from "../../src/core/concepts/topics.js";
import type { Code, Library } from "../../src/model.js";
import { fitColumns, renderCodeList, renderOutline, tableWidth, wrapCell } from "../../src/render/tables.js";
import { renderTopicsMatrix } from "../../src/render/topics.js";

const root = join(import.meta.dirname, "../..");
const library: Library = readDataDirectory(join(root, "data"));
const { codes } = library;

/** Twelve users' codes more, as an agency with many sites might have: long ids, some aliases. */
const many: Library = {
  ...library,
  codes: [
    ...codes,
    ...Array.from({ length: 12 }, (_, index): Code => ({
      ...codes[3]!,
      id: `riverside-site-${index + 1}`,
      aliases: index % 3 === 0 ? [] : [`rs${index + 1}`],
      origin: "user",
      file: `/data/site-${index + 1}.yaml`,
    })),
  ],
};

const widest = (text: string) => Math.max(...text.split("\n").map((line) => [...line.replace(/\x1b\[[0-9;]*m/g, "")].length));

describe("wrapCell", () => {
  it.each([
    ["Code of Ethics for Alaska", 12, ["Code of", "Ethics for", "Alaska"]],
    ["romantic-and-sexual-relationships", 20, ["romantic-and-sexual-", "relationships"]],
    ["california (wwt, ca, working-well-together)", 24, ["california (wwt, ca,", "working-well-together)"]],
    ["abcdefghij", 4, ["abcd", "efgh", "ij"]],
    // A grapheme cluster at a time, two columns each: never cut between an emoji and its joiner.
    ["👩‍⚕️👩‍⚕️👩‍⚕️", 4, ["👩‍⚕️👩‍⚕️", "👩‍⚕️"]],
    ["🇺🇸🇫🇷🇩🇪", 5, ["🇺🇸🇫🇷", "🇩🇪"]],
  ])("%j in %i columns", (text, width, lines) => {
    expect(wrapCell(text, width)).toEqual(lines);
  });
});

describe("fitColumns", () => {
  const cells = [
    ["id", "title", "n"],
    ["alaska", "Code of Ethics for Alaska Peer Support Professionals", "22"],
  ];

  it("keeps natural widths when they fit", () => {
    expect(fitColumns(cells, [6, 10, 2], 200)).toEqual([6, 52, 2]);
  });

  it("wraps what must wrap to fit, no column below its floor", () => {
    const widths = fitColumns(cells, [6, 10, 2], 40)!;
    expect(tableWidth(widths)).toBeLessThanOrEqual(40);
    expect(widths[0]).toBe(6);
    expect(widths[2]).toBe(2);
  });

  it("gives up when even the floors do not fit", () => {
    expect(fitColumns(cells, [6, 30, 2], 40)).toBeUndefined();
  });
});

describe("every table fits the terminal", () => {
  const matrices = new Map([library, many].map((lib) => [lib, topicsMatrix(lib)]));

  it.each([200, 120, 100, 80, 60, 40])("at %i columns", (width) => {
    const options = { color: false, width };
    for (const [lib, matrix] of matrices) {
      expect(widest(renderCodeList(lib, options))).toBeLessThanOrEqual(width);
      expect(widest(renderTopicsMatrix(matrix, lib, options))).toBeLessThanOrEqual(width);
    }
    for (const code of codes) expect(widest(renderOutline(code, options))).toBeLessThanOrEqual(width);
  });

  it("coloured as on a terminal too", () => {
    const options = { color: true, width: 60 };
    expect(widest(renderCodeList(many, options))).toBeLessThanOrEqual(60);
    expect(widest(renderTopicsMatrix(matrices.get(many)!, many, options))).toBeLessThanOrEqual(60);
  });
});

describe("the list of codes", () => {
  it("is a table with every code's aliases where it fits", () => {
    const table = renderCodeList(library, { color: false, width: Infinity });
    expect(table).toMatch(/│ id \(aliases\)\s+│ title\s+│ jurisdiction\s+│ sections │ standards │/);
    expect(table).toMatch(/│ california \(wwt, ca, working-well-together\) │ Working Well Together/);
  });

  it("lists each code under the one before on a terminal too narrow for the table", () => {
    expect(renderCodeList(library, { color: false, width: 80 }).split("\n").slice(0, 6)).toEqual([
      "alaska (ak)",
      "  Code of Ethics for Alaska Peer Support Professionals",
      "  Alaska · 3 sections · 22 standards",
      "california (wwt, ca, working-well-together)",
      "  Working Well Together Code of Ethics for Peer Providers in California",
      "  California · 16 sections · 96 standards",
    ]);
  });
});

describe("the topics matrix", () => {
  it("heads its columns with code ids where they fit", () => {
    const matrix = renderTopicsMatrix(topicsMatrix(library), library, { color: false, width: Infinity });
    expect(matrix).toMatch(/│ topic\s+│ alaska │ california │ medi-cal │ north-carolina │ wisconsin │/);
    expect(matrix).not.toContain("ak = alaska");
  });

  it("at 80 columns, with aliases and a legend", () => {
    const matrix = renderTopicsMatrix(topicsMatrix(library), library, { color: false, width: 80 });
    expect(matrix).toMatch(/│ topic\s+│ ak │ ca │ mc │ nc │ wi │/);
    expect(matrix).toMatch(/│ gifts\s+│  1 │  2 │  2 │  1 │  1 │/);
    expect(matrix).toContain("ak = alaska · ca = california · mc = medi-cal · nc = north-carolina\nwi = wisconsin\n");
  });

  it("over several tables when the codes are too many for one, every code in one of them", () => {
    const matrix = renderTopicsMatrix(topicsMatrix(many), many, { color: false, width: 80 });
    const tables = matrix.split("┌").length - 1;
    expect(tables).toBeGreaterThan(1);
    const headers = matrix.split("\n").filter((line) => line.startsWith("│ topic"));
    expect(headers).toHaveLength(tables);
    const named = headers.flatMap((line) => line.split("│").slice(2, -1).map((cell) => cell.trim().replace("*", "")));
    expect(named).toEqual(many.codes.map((code) => (code.aliases.length > 0 && code.origin === "user" ? code.aliases[0] : code.origin === "user" ? code.id : expect.any(String))));
    expect(matrix).toContain("* user code: topics inferred");
  });
});

describe("a code's outline", () => {
  const alaska = library.codes.find((code) => code.id === "alaska")!;

  it.each([
    [80, /│ values\s+│ Value statements\s+│\s+7 values │/],
    // Too narrow for a table: a section a line, the values counted as values.
    [24, /^values: Value\n    statements · 7\n    values$/m],
  ])("at %i columns counts the value statements as values, not standards", (width, row) => {
    expect(renderOutline(alaska, { color: false, width })).toMatch(row);
  });
});
