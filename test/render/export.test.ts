// Exports a spreadsheet or an editor opens: no formula runs, no control character shows raw,
// and what was joined splits back.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readCodeDir } from "../../src/core/codes/load.js";
import type { Code } from "../../src/model.js";
import { CSV_COLUMNS, CSV_LIST_SEPARATOR, csvCell, csvChunks, jsonChunks, markdownChunks, renderCsv, renderMarkdown, streamChunks, streamCode, streamHead, streamTail } from "../../src/render/export.js";
import { escapeJson } from "../../src/render/terminal-text.js";
import { renderHtml } from "../../src/render/html.js";
import { libraryYaml, renderYaml } from "../../src/render/yaml.js";

const root = join(import.meta.dirname, "../..");
const [riverside] = readCodeDir(join(root, "test/fixtures/user-codes"), "user");
const [evil] = readCodeDir(join(root, "test/fixtures/evil"), "user");

/** The riverside code with texts an attacker might write into a code file. */
function hostile(): Code {
  const code = structuredClone(riverside!);
  const standard = code.sections[0]!.standards[0]!;
  standard.text = '=HYPERLINK("http://evil.example","click")';
  standard.items = [
    { label: "a", text: "first\u202e item" },
    { label: "b", text: "second, with a comma" },
  ];
  standard.notes = ["+1 note", "-2 note", "@SUM(A1) note"];
  return code;
}

/** RFC 4180 rows, quotes undone: what a spreadsheet reads. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') (cell += '"'), at++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") row.push(cell), (cell = "");
    else if (char === "\r" && text[at + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), at++;
    else cell += char;
  }
  return rows;
}

describe("CSV", () => {
  it.each([
    ["=1+2", `"'=1+2"`],
    ["+1 note", `"'+1 note"`],
    ["-2 note", `"'-2 note"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\tTab", `"'\tTab"`],
    ["\rCR", `"'\rCR"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ["plain text", "plain text"],
    ["a, b", `"a, b"`],
    ['say "hi"', `"say ""hi"""`],
    ["1 + 1 = 2", "1 + 1 = 2"],
  ])("guards %j as OWASP recommends: %s", (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it("writes no cell that starts a formula, and several items or notes split back on line breaks", () => {
    const rows = readCsv(renderCsv([hostile()]));
    const [header, first] = rows;
    expect(header).toEqual(["code", "section", "section_title", "number", "citation", "text", "items", "notes", "editorial"]);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(first![5]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(first![6]!.split(CSV_LIST_SEPARATOR)).toEqual(["a. first<U+202E> item", "b. second, with a comma"]);
    // Split back (Text to Columns on Ctrl+J), each piece is read anew: each is guarded.
    expect(first![7]!.split(CSV_LIST_SEPARATOR)).toEqual(["'+1 note", "'-2 note", "'@SUM(A1) note"]);
    for (const piece of rows.flat().flatMap((cell) => cell.split(CSV_LIST_SEPARATOR))) expect(piece).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("makes control characters visible, so that no item holds a line break of its own", () => {
    const csv = renderCsv([evil!]);
    expect(csv).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(csv).toContain("␛[5mblinking␛[0m and <U+202E>evil<U+202C>");
  });
});

describe("YAML", () => {
  it("escapes control and bidirectional characters, and reads back to the same model", () => {
    const yaml = renderYaml([evil!]);
    expect(yaml).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(yaml).toContain('text: "Keep gifts \\e[5mblinking\\e[0m and \\u202Eevil\\u202C text \\a out."');
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify({ codes: [evil] })));
  });

  it("leaves ordinary text as the yaml library writes it", () => {
    expect(renderYaml([riverside!])).toContain("title: Riverside Peer Services Code of Conduct\n");
  });
});

describe("Markdown", () => {
  it("makes control and bidirectional characters visible", () => {
    const markdown = renderMarkdown([evil!]);
    expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(markdown).toContain("Keep gifts ␛\\[5mblinking␛\\[0m and \\<U+202E\\>evil\\<U+202C\\> text ␇ out.");
  });
});

describe("exports written a code at a time", () => {
  const libraries: [string, Code[]][] = [
    ["none", []],
    ["one", [riverside!]],
    ["several, with controls, bidi and astral characters", [riverside!, evil!, hostile(), structuredClone(evil!)]],
  ];

  it.each(libraries)("json, %s: the chunks are the whole library as JSON.stringify(…, null, 2) and escapeJson write it", (_name, codes) => {
    expect([...jsonChunks(codes)].join("")).toBe(escapeJson(JSON.stringify({ codes }, null, 2)) + "\n");
  });

  it.each(libraries)("csv and md, %s: each code's chunk is what it exports alone, joined as the whole", (_name, codes) => {
    const header = CSV_COLUMNS.join(",") + "\r\n";
    expect([...csvChunks(codes)].join("")).toBe(header + codes.map((code) => renderCsv([code]).slice(header.length)).join(""));
    expect([...markdownChunks(codes)].join("")).toBe(renderMarkdown(codes));
    if (codes.length > 1) expect(renderMarkdown(codes)).toBe(codes.map((code) => renderMarkdown([code]).slice(0, -1)).join("\n\n---\n\n") + "\n");
  });

  it.each(libraries)("yaml, %s: the chunks are the whole library as the YAML library writes it", (_name, codes) => {
    expect(renderYaml(codes)).toBe(libraryYaml({ codes }));
  });

  it.each(libraries.filter(([, codes]) => codes.length > 0))("html, %s: the chunks are the handout of whole codes", (_name, codes) => {
    expect([...streamChunks("html", codes)].join("")).toBe(renderHtml({ kind: "codes", codes }));
  });

  it.each(libraries)("every format, %s: a head, one chunk a code, a tail", (_name, codes) => {
    for (const format of ["json", "md", "csv", "html"] as const) {
      const chunks = [...streamChunks(format, codes)];
      expect(chunks).toEqual([streamHead(format, codes), ...codes.map((code, at) => streamCode(format, code, at)), streamTail(format, codes.length)]);
    }
  });
});

describe("headings never skip a level (a screen reader's outline of the document)", () => {
  const builtin = readCodeDir(join(root, "data"), "builtin");
  const levels = (headings: number[]) => headings.filter((level, at) => at > 0 && level > headings[at - 1]! + 1);
  it.each(builtin.map((code) => [code.id, code] as const))("%s: markdown and HTML", (_id, code) => {
    const markdown = renderMarkdown([code]).split("\n").filter((line) => /^#{1,6} /.test(line)).map((line) => line.indexOf(" "));
    const html = [...renderHtml({ kind: "codes", codes: [code] }).matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
    expect(markdown[0]).toBe(1);
    expect(levels(markdown)).toEqual([]);
    expect(levels(html)).toEqual([]);
  });
});
