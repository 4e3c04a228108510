// Codes, sections, standards and value statements as a reader sees them in the terminal.
import type { Code, Section, Standard, ValueStatement } from "../model.js";
import { styleFor, type Paint, type RenderOptions, type Style } from "./style.js";
import { visible, wrap } from "./terminal-text.js";

/** Style each word on its own so that wrapping never splits an escape sequence. */
export function paintWords(paint: Paint, text: string): string {
  return text
    .split(" ")
    .map((word) => (word === "" ? word : paint(word)))
    .join(" ");
}

export function userMark(code: Code, style: Style): string {
  return code.origin === "user" ? " " + style.dim(`(user code: ${visible(code.file)})`) : "";
}

function renderItemsAndNotes(standard: Standard, options: RenderOptions, style: Style, indent: string): string[] {
  const lines: string[] = [];
  for (const item of standard.items) {
    const label = `${visible(item.label)}. `;
    lines.push(wrap(visible(item.text), options.width, indent + "   ", indent + label.padEnd(3)));
  }
  for (const note of standard.notes) {
    lines.push(wrap(visible(note), options.width, indent + "      ", indent + style.label("Note:") + " "));
  }
  for (const remark of standard.editorial) {
    lines.push(
      wrap(paintWords(style.dim, visible(remark)), options.width, indent + "                 ", indent + style.dim("Editor's note:") + " "),
    );
  }
  return lines;
}

/** One standard on its own: its citation, then its words. */
export function renderStandard(standard: Standard, options: RenderOptions): string {
  const style = styleFor(options);
  return [
    style.citation(visible(standard.citation)),
    wrap(visible(standard.text), options.width, "  "),
    ...renderItemsAndNotes(standard, options, style, "  "),
  ].join("\n");
}

export function renderStandards(standards: Standard[], options: RenderOptions): string {
  return standards.map((standard) => renderStandard(standard, options)).join("\n\n");
}

/** A standard inside its section's listing: its number, then its words. */
function renderNumbered(standard: Standard, options: RenderOptions, style: Style): string {
  const number = `${standard.number}.`.padEnd(4);
  return [
    wrap(visible(standard.text), options.width, "    ", style.label(number)),
    ...renderItemsAndNotes(standard, options, style, "    "),
  ].join("\n");
}

export function renderSection(code: Code, section: Section, options: RenderOptions): string {
  const style = styleFor(options);
  const heading = code.sections.length === 1 ? code.shortName : `${code.shortName} · ${section.title}`;
  const lines = [style.citation(visible(heading)) + userMark(code, style)];
  if (section.intro) lines.push(wrap(visible(section.intro), options.width, "  ", "  "));
  lines.push(...section.standards.map((standard) => renderNumbered(standard, options, style)));
  return lines.join("\n");
}

export function renderValues(code: Code, values: ValueStatement[], options: RenderOptions): string {
  const style = styleFor(options);
  if (values.length === 1) {
    const [value] = values;
    return [style.citation(visible(value!.citation)), wrap(visible(value!.text), options.width, "  ")].join("\n");
  }
  return [
    style.citation(`${visible(code.shortName)} · Values`),
    ...values.map((value) => wrap(visible(value.text), options.width, "    ", style.label(`${value.number}.`.padEnd(4)))),
  ].join("\n");
}

function renderProvenance(code: Code, style: Style, options: RenderOptions): string[] {
  const { source } = code;
  const facts: [string, string | undefined][] = [
    ["Issued by", source.issuer],
    ["Adopted", source.adopted],
    ["Notice", source.notice],
    ["Statement", source.statement],
    ["Attribution", source.attribution],
    ["URL", source.url],
    ["Transcribed from", source.document],
  ];
  return facts
    .filter((fact): fact is [string, string] => fact[1] !== undefined)
    .map(([label, value]) => wrap(visible(value), options.width, "  ", "  " + style.label(`${label}:`) + " "));
}

export function renderCode(code: Code, options: RenderOptions): string {
  const style = styleFor(options);
  const blocks: string[] = [
    [style.heading(visible(code.title)) + userMark(code, style), style.dim(visible(code.jurisdiction)), ...renderProvenance(code, style, options)].join("\n"),
  ];
  if (code.preamble.length > 0) {
    blocks.push(
      code.preamble
        .map((paragraph) =>
          [...(paragraph.heading ? [style.heading(visible(paragraph.heading))] : []), wrap(visible(paragraph.text), options.width)].join("\n"),
        )
        .join("\n\n"),
    );
  }
  if (code.values.length > 0) blocks.push(renderValues(code, code.values, options));
  blocks.push(...code.sections.map((section) => renderSection(code, section, options)));
  if (code.definitions.length > 0) {
    blocks.push(
      [style.heading("Definitions"), ...code.definitions.map((definition) => wrap(visible(definition.text), options.width, "  ", "  "))].join("\n"),
    );
  }
  if (code.attestation) blocks.push([style.heading("Attestation"), wrap(visible(code.attestation), options.width, "  ", "  ")].join("\n"));
  if (code.references.length > 0) {
    blocks.push([style.heading("Sources"), ...code.references.map((reference) => wrap(visible(reference), options.width, "    ", "  - "))].join("\n"));
  }
  return blocks.join("\n\n");
}
