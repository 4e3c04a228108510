// Whole codes as handouts (Markdown) and spreadsheets (CSV): every standard whole, the editor's
// notes marked as such. Text from code files is made visible (render/terminal-text.ts) in both.
import { provenanceFacts } from "./provenance.js";
import type { Code } from "../model.js";
import { NO_SCOPE } from "./codes.js";
import { visible } from "./terminal-text.js";

function escapeMarkdown(text: string): string {
  return visible(text)
    .replace(/([\\`*_[\]<>|])/g, "\\$1")
    .replace(/^([#+-]|\d+\.)(\s)/, "\\$1$2");
}

const editorsNote = (remark: string) => `*Editor's note: ${escapeMarkdown(remark)}*`;

function markdownCode(code: Code): string {
  const lines: string[] = [`# ${escapeMarkdown(code.title)}`, "", `*${escapeMarkdown(code.jurisdiction)}*`];
  const { editorial } = code;
  if (editorial.title) lines.push("", editorsNote(editorial.title));
  for (const { label, value, remark } of provenanceFacts(code)) {
    lines.push("", `**${label}:** ${escapeMarkdown(value)}`);
    if (remark) lines.push("", editorsNote(remark));
  }
  lines.push("", `**Scope:** ${code.scope === null ? NO_SCOPE : `“${escapeMarkdown(code.scope)}”`}`);
  if (editorial.scope) lines.push("", editorsNote(editorial.scope));
  for (const paragraph of code.preamble) {
    if (paragraph.heading) lines.push("", `### ${escapeMarkdown(paragraph.heading)}`);
    lines.push("", escapeMarkdown(paragraph.text));
  }
  if (code.values.length > 0) {
    lines.push("", "## Values", "");
    for (const value of code.values) lines.push(`${value.number}. ${escapeMarkdown(value.text)}`);
  }
  for (const section of code.sections) {
    lines.push("", `## ${escapeMarkdown(section.title)}`, "");
    if (section.editorial.title) lines.push(editorsNote(section.editorial.title), "");
    if (section.intro) lines.push(escapeMarkdown(section.intro), "");
    if (section.editorial.intro) lines.push(editorsNote(section.editorial.intro), "");
    for (const standard of section.standards) {
      lines.push(`${standard.number}. ${escapeMarkdown(standard.text)}`);
      for (const item of standard.items) lines.push(`    - **${escapeMarkdown(item.label)}.** ${escapeMarkdown(item.text)}`);
      for (const note of standard.notes) lines.push(`    - *Note:* ${escapeMarkdown(note)}`);
      for (const remark of standard.editorial) lines.push(`    - ${editorsNote(remark)}`);
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

export function renderMarkdown(codes: Code[]): string {
  return codes.map(markdownCode).join("\n\n---\n\n") + "\n";
}

/**
 * A cell a spreadsheet reads as text. OWASP's rule against CSV injection: a cell that starts
 * with =, +, - or @ (a formula to Excel, LibreOffice and Google Sheets), a tab or a carriage
 * return gets a single quote in front and is quoted. Quotes, commas and line breaks are quoted
 * as RFC 4180 says.
 */
export function csvCell(text: string): string {
  const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return guarded !== text || /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * Several items or notes share a cell one a line (a line break inside the quoted cell), so that
 * a spreadsheet splits them back on CHAR(10). None has a line break of its own: every text is
 * one line, and `visible` shows any control character as a picture (␊).
 */
export const CSV_LIST_SEPARATOR = "\n";

export const CSV_COLUMNS = ["code", "section", "section_title", "number", "citation", "text", "items", "notes", "editorial"] as const;

export function renderCsv(codes: Code[]): string {
  const rows = [CSV_COLUMNS.join(",")];
  for (const code of codes) {
    for (const section of code.sections) {
      for (const standard of section.standards) {
        const cells = [
          visible(code.id),
          visible(section.id),
          visible(section.title),
          String(standard.number),
          visible(standard.citation),
          visible(standard.text),
          standard.items.map((item) => visible(`${item.label}. ${item.text}`)).join(CSV_LIST_SEPARATOR),
          standard.notes.map(visible).join(CSV_LIST_SEPARATOR),
          standard.editorial.map(visible).join(CSV_LIST_SEPARATOR),
        ];
        rows.push(cells.map(csvCell).join(","));
      }
    }
  }
  return rows.join("\r\n") + "\r\n";
}
