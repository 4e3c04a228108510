// Whole codes as handouts (Markdown) and spreadsheets (CSV): every standard whole, the editor's
// notes marked as such. Text from code files is made visible (render/terminal-text.ts) in both.
// Each export is also given a code at a time (…Chunks, stream…), these two and JSON, YAML
// (plain-yaml.ts) and the HTML handout of whole codes (html.ts), so that a thousand codes are
// written as they are rendered instead of as one string of tens of megabytes; the chunks joined
// are the whole text, byte for byte.
import { citedTitles } from "../core/codes/cited-title.js";
import { printedItemLabel } from "../core/codes/slug.js";
import { adaptedFrom, NO_SCOPE, provenanceFacts, titlesOf, type CodeTitles } from "./provenance.js";
import type { Code } from "../model.js";
import { codesTitle, pageHead, pageTail, renderCodeArticle } from "./html.js";
import { plainYamlItems } from "./plain-yaml.js";
import { hasPlainText } from "./plain-text.js";
import { isUnshared } from "./unshared.js";
import { escapeJson, visible } from "./terminal-text.js";
import { escapeMarkdown } from "./markdown-text.js";

const editorsNote = (remark: string) => `*Editor's note: ${escapeMarkdown(remark)}*`;

export { titlesOf, type CodeTitles };

function markdownCode(code: Code, titles: CodeTitles): string {
  const lines: string[] = [`# ${escapeMarkdown(code.title)}`, "", `*${escapeMarkdown(code.jurisdiction)}*`];
  const { editorial } = code;
  if (editorial.title) lines.push("", editorsNote(editorial.title));
  for (const { label, value, remark } of provenanceFacts(code)) {
    lines.push("", `**${label}:** ${escapeMarkdown(value)}`);
    if (remark) lines.push("", editorsNote(remark));
  }
  const parent = adaptedFrom(code, (id) => titles.get(id));
  if (parent !== undefined) {
    lines.push("", `**Adapted from:** ${escapeMarkdown(parent)}`);
    if (editorial.derivedFrom) lines.push("", editorsNote(editorial.derivedFrom));
  }
  lines.push("", `**Scope:** ${code.scope === null ? NO_SCOPE : `“${escapeMarkdown(code.scope)}”`}`);
  if (editorial.scope) lines.push("", editorsNote(editorial.scope));
  for (const paragraph of code.preamble) {
    if (paragraph.heading) lines.push("", `## ${escapeMarkdown(paragraph.heading)}`);
    lines.push("", escapeMarkdown(paragraph.text));
  }
  if (code.values.length > 0) {
    lines.push("", "## Values", "");
    const markers = listMarkers(code.values.map((value) => value.number));
    for (const [at, value] of code.values.entries()) lines.push(`${markers[at]} ${escapeMarkdown(value.text)}`);
  }
  const headings = citedTitles(code.sections, code.values.length > 0);
  for (const [sectionAt, section] of code.sections.entries()) {
    lines.push("", `## ${escapeMarkdown(headings[sectionAt]!)}`, "");
    if (section.editorial.title) lines.push(editorsNote(section.editorial.title), "");
    if (section.intro) lines.push(escapeMarkdown(section.intro), "");
    if (section.editorial.intro) lines.push(editorsNote(section.editorial.intro), "");
    const markers = listMarkers(section.standards.map((standard) => standard.number));
    for (const [at, standard] of section.standards.entries()) {
      const marker = markers[at];
      // A number no list marker can carry stands in a paragraph of its own, its items and notes
      // a list after it; the next standard then starts a list again.
      const within = marker === undefined ? "" : "    ";
      if (marker === undefined) lines.push(...(at > 0 ? [""] : []), `${standard.number}\\. ${escapeMarkdown(standard.text)}`, ...(hasBody(standard) ? [""] : []));
      else lines.push(...(at > 0 && markers[at - 1] === undefined ? [""] : []), `${marker} ${escapeMarkdown(standard.text)}`);
      for (const item of standard.items) lines.push(`${within}- **${escapeMarkdown(printedItemLabel(item.label))}** ${escapeMarkdown(item.text)}`);
      for (const note of standard.notes) lines.push(`${within}- *Note:* ${escapeMarkdown(note)}`);
      for (const remark of standard.editorial) lines.push(`${within}- ${editorsNote(remark)}`);
    }
  }
  if (code.definitions.length > 0) {
    lines.push("", "## Definitions", "");
    for (const definition of code.definitions) lines.push(`- **${escapeMarkdown(definition.term)}:** ${escapeMarkdown(definition.text)}`);
  }
  if (code.attestation || code.signature.length > 0) lines.push("", "## Attestation");
  if (code.attestation) lines.push("", escapeMarkdown(code.attestation));
  if (editorial.attestation) lines.push("", editorsNote(editorial.attestation));
  // The lines to sign, one a paragraph so that each stays a line of its own.
  for (const line of code.signature) lines.push("", escapeMarkdown(line));
  if (editorial.signature) lines.push("", editorsNote(editorial.signature));
  if (code.references.length > 0) {
    lines.push("", "## Sources", "");
    for (const reference of code.references) lines.push(`- ${escapeMarkdown(reference)}`);
  }
  return lines.join("\n");
}

/** The most digits a list marker may have: CommonMark reads `1234567890.` as text, not a list item. */
const MARKER_DIGITS = 9;

const hasBody = (standard: Code["sections"][number]["standards"][number]) => standard.items.length + standard.notes.length + standard.editorial.length > 0;

/**
 * The list markers of numbered lines: `1.`, `2.`, … A renderer shows a list's first number and
 * counts on from it, so a number that does not follow the one before (a code that skips one)
 * starts a list of its own, as a change of delimiter does in CommonMark: `1.`, `2.`, `5)`, `6)`.
 * Undefined for a number of more than nine digits, which no marker carries: written as one,
 * it was read as more text of the standard before it, its items as that standard's.
 */
function listMarkers(numbers: readonly number[]): (string | undefined)[] {
  let delimiter = ".";
  return numbers.map((number, at) => {
    if (String(number).length > MARKER_DIGITS) return undefined;
    if (at > 0 && number !== numbers[at - 1]! + 1) delimiter = delimiter === "." ? ")" : ".";
    return `${number}${delimiter}`;
  });
}

export function* markdownChunks(codes: readonly Code[], titles: CodeTitles = titlesOf(codes)): Generator<string> {
  yield* streamChunks("md", codes, titles);
}

export function renderMarkdown(codes: Code[], titles: CodeTitles = titlesOf(codes)): string {
  return [...markdownChunks(codes, titles)].join("");
}

/**
 * A cell a spreadsheet reads as text. OWASP's rule against CSV injection: a cell that starts
 * with =, +, - or @ (a formula to Excel, LibreOffice and Google Sheets), a tab or a carriage
 * return gets a single quote in front and is quoted. Quotes, commas and line breaks are quoted
 * as RFC 4180 says.
 */
export function csvCell(text: string): string {
  const guarded = formulaGuarded(text);
  if (guarded === text && !/[",\r\n]/.test(text)) return text;
  return `"${guarded.includes('"') ? guarded.replace(/"/g, '""') : guarded}"`;
}

/** =, +, -, @, tab or carriage return first: what a spreadsheet may take for a formula. */
function startsFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d;
}

/** `text` with a single quote in front where a spreadsheet may take it for a formula. */
const formulaGuarded = (text: string): string => (startsFormula(text) ? `'${text}` : text);

/**
 * Texts that share a cell, each made visible, and each guarded as a cell is: the README tells a
 * reader to split such a cell back (Text to Columns on Ctrl+J), which reads each piece anew, and
 * a second note "=HYPERLINK(…)" became a live formula there.
 */
const listCell = (texts: readonly string[], show: (text: string) => string): string => (texts.length === 0 ? "" : csvCell(texts.map((text) => formulaGuarded(show(text))).join(CSV_LIST_SEPARATOR)));

/**
 * Several items or notes share a cell one a line (a line break inside the quoted cell), so that
 * a spreadsheet splits them back on CHAR(10). None has a line break of its own: every text is
 * one line, and `visible` shows any control character as a picture (␊).
 */
export const CSV_LIST_SEPARATOR = "\n";

export const CSV_COLUMNS = ["code", "section", "section_title", "number", "citation", "text", "items", "notes", "editorial"] as const;

const same = (text: string): string => text;

function csvRows(code: Code): string {
  const rows: string[] = [];
  // A code its cache entry shows to be plain text has nothing to make visible (plain-text.ts).
  const show = hasPlainText(code) ? same : visible;
  const codeCell = csvCell(show(code.id));
  for (const section of code.sections) {
    // The cells every standard of the section repeats, made once: an export of a thousand codes has a hundred thousand rows.
    const sectionCells = `${codeCell},${csvCell(show(section.id))},${csvCell(show(section.title))},`;
    for (const standard of section.standards) {
      rows.push(
        `${sectionCells}${csvCell(String(standard.number))},${csvCell(show(standard.citation))},${csvCell(show(standard.text))},` +
          `${listCell(standard.items.map((item) => `${printedItemLabel(item.label)} ${item.text}`), show)},${listCell(standard.notes, show)},${listCell(standard.editorial, show)}\r\n`,
      );
    }
  }
  return rows.join("");
}

export function* csvChunks(codes: readonly Code[]): Generator<string> {
  yield* streamChunks("csv", codes);
}

export function renderCsv(codes: Code[]): string {
  return [...csvChunks(codes)].join("");
}

/**
 * `{ "codes": [Code, …] }` as escapeJson(JSON.stringify(…, null, 2)) writes it, and a newline.
 * Each code is stringified inside a wrapper of its own, so that it comes out indented as deep
 * as in the whole; the wrapper's own lines are cut off.
 */
export function* jsonChunks(codes: readonly Code[]): Generator<string> {
  yield* streamChunks("json", codes);
}

/** The exports that go out a code at a time. */
export type StreamFormat = "json" | "md" | "csv" | "yaml" | "html";

const JSON_OPEN = '{\n  "codes": [\n';
const JSON_CLOSE = "\n  ]\n}";

/**
 * What comes before the first code of an export of `codes` (their number; the HTML page's
 * title, their title if there is one). The head, each code's chunk and the tail joined are the
 * whole export; they are apart so that the codes may be rendered a few at a time, by several
 * threads (cli/export-parallel.ts), and written in order.
 */
export function streamHead(format: StreamFormat, codes: readonly Code[]): string {
  if (format === "csv") return CSV_COLUMNS.join(",") + "\r\n";
  if (format === "json") return codes.length === 0 ? escapeJson(JSON.stringify({ codes: [] }, null, 2)) + "\n" : JSON_OPEN;
  if (format === "yaml") return codes.length === 0 ? "codes: []\n" : YAML_CODES;
  if (format === "html") return pageHead(codesTitle(codes), "codes");
  return "";
}

const YAML_CODES = "codes:\n";

/**
 * The `at`-th code of an export. JSON: each code is stringified inside a wrapper of its own, so
 * that it comes out indented as deep as in `{ "codes": [Code, …] }`; the wrapper's own lines are
 * cut off. YAML: an item of `codes:`, as the YAML library writes it (render/plain-yaml.ts), or
 * null where only the library can (a WriteAlone then writes it).
 */
export function streamCode(format: StreamFormat, code: Code, at: number, titles: CodeTitles = new Map()): string | null {
  if (format === "csv") return csvRows(code);
  if (format === "yaml") return plainYamlItems([code], "  ", hasPlainText(code), isUnshared(code));
  if (format === "html") return renderCodeArticle(code, titles);
  if (format === "md") return (at > 0 ? "\n\n---\n\n" : "") + markdownCode(code, titles);
  const json = JSON.stringify({ codes: [code] }, null, 2);
  const whole = hasPlainText(code) ? json : escapeJson(json);
  return (at > 0 ? ",\n" : "") + whole.slice(JSON_OPEN.length, whole.length - JSON_CLOSE.length);
}

export function streamTail(format: StreamFormat, count: number): string {
  if (format === "md") return "\n";
  if (format === "html") return pageTail();
  return format === "json" && count > 0 ? JSON_CLOSE + "\n" : "";
}

/** A code streamCode leaves (null) is left to `writeAlone`: the YAML library (render/yaml.ts). */
export function* streamChunks(format: StreamFormat, codes: readonly Code[], titles: CodeTitles = titlesOf(codes), writeAlone?: (code: Code) => string): Generator<string> {
  yield streamHead(format, codes);
  for (const [at, code] of codes.entries()) yield streamCode(format, code, at, titles) ?? writeAlone!(code);
  yield streamTail(format, codes.length);
}
