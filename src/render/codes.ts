// Codes, sections, standards and value statements as a reader sees them in the terminal.
import { citedTitle } from "../core/codes/cited-title.js";
import { adaptedFrom, NO_SCOPE, provenanceFacts } from "./provenance.js";
import type { Code, Definition, Section, Standard, ValueStatement } from "../model.js";
import { paintWords, renderEditorsNote, renderStandardBody } from "./standard-body.js";
import { styleFor, type RenderOptions, type Style } from "./style.js";
import { MEASURE, visible, wrap } from "./terminal-text.js";

export function userMark(code: Code, style: Style): string {
  return code.origin === "user" ? " " + style.dim(`(user code: ${visible(code.file)})`) : "";
}

/** One standard on its own: its citation, then its words. */
export function renderStandard(standard: Standard, options: RenderOptions): string {
  const style = styleFor(options);
  return [style.citation(visible(standard.citation)), renderStandardBody(standard, options, style, { indent: "  " })].join("\n");
}

export function renderStandards(standards: Standard[], options: RenderOptions): string {
  return standards.map((standard) => renderStandard(standard, options)).join("\n\n");
}

/** The widest a number's label ("123456. ") may be for the text to hang after it. */
const HANGING_LABEL = 8;

/**
 * A numbered text laid out by `render`, given how its first line starts and how the others do:
 * the number, a space, and the text hanging under its first word (four columns for the numbers
 * up to 99, as a list of them aligns). A number much wider goes on a line of its own, the text
 * under it four columns in, so that a long number does not push the text to a narrow column.
 */
function renderNumberedText(number: number, options: RenderOptions, style: Style, render: (firstIndent: string, indent: string) => string): string {
  const label = `${number}.`;
  const width = Math.max(4, label.length + 1);
  if (width <= Math.max(4, Math.min(HANGING_LABEL, Math.min(options.width, MEASURE) / 4))) {
    return render(style.label(label.padEnd(width)), " ".repeat(width));
  }
  return [style.label(label), render("    ", "    ")].join("\n");
}

/** A standard inside its section's listing: its number, then its words. */
function renderNumbered(standard: Standard, options: RenderOptions, style: Style): string {
  return renderNumberedText(standard.number, options, style, (firstIndent, indent) => renderStandardBody(standard, options, style, { indent, firstIndent }));
}

/**
 * A section's heading: the code's short name and the section's title, as the source heads it.
 * A code of one list cites its standards without the title ("North Carolina 14"), yet the title
 * is still the source's heading ("Code of Ethics"), and the editor's note on it is about it: the
 * heading leaves it out only where it is the short name already there.
 */
function sectionHeading(code: Code, section: Section): string {
  if (code.sections.length === 1 && section.title === code.shortName) return code.shortName;
  return `${code.shortName} · ${citedTitle(code, section)}`;
}

export function renderSection(code: Code, section: Section, options: RenderOptions): string {
  const style = styleFor(options);
  const lines = [style.citation(visible(sectionHeading(code, section))) + userMark(code, style)];
  if (section.editorial.title) lines.push(renderEditorsNote(section.editorial.title, options, style, "  "));
  if (section.intro) lines.push(wrap(visible(section.intro), options.width, "  ", "  "));
  if (section.editorial.intro) lines.push(renderEditorsNote(section.editorial.intro, options, style, "  "));
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
    ...values.map((value) => renderNumberedText(value.number, options, style, (firstIndent, indent) => wrap(visible(value.text), options.width, indent, firstIndent))),
  ].join("\n");
}

/**
 * A definition, its term first unless its text opens with it, as Medi-Cal's do ("Wellness is
 * the conscious …"): printed alone, the text of a user's `term: Peer`, "Someone who …", left
 * the term unsaid, which the Markdown and HTML handouts and --json give.
 */
function renderDefinition(definition: Definition, options: RenderOptions, style: Style): string {
  const text = visible(definition.text);
  const term = visible(definition.term);
  if (text.toLowerCase().startsWith(term.toLowerCase())) return wrap(text, options.width, "  ", "  ");
  return wrap(`${paintWords(style.label, `${term}:`)} ${text}`, options.width, "    ", "  ");
}

/** A code's preamble, a heading over each paragraph that has one, as the source heads it. */
function preambleText(code: Code, options: RenderOptions, style: Style): string {
  return code.preamble
    .map((paragraph) => [...(paragraph.heading ? [style.heading(visible(paragraph.heading))] : []), wrap(visible(paragraph.text), options.width)].join("\n"))
    .join("\n\n");
}

/** A code's definitions, each term with its text. */
function definitionsText(code: Code, options: RenderOptions, style: Style): string {
  return code.definitions.map((definition) => renderDefinition(definition, options, style)).join("\n");
}

/** The preamble alone (`show medi-cal preamble`), under the code it opens. */
export function renderPreamble(code: Code, options: RenderOptions): string {
  const style = styleFor(options);
  return [style.citation(`${visible(code.shortName)} · Preamble`) + userMark(code, style), preambleText(code, options, style)].join("\n");
}

/** The definitions alone (`show medi-cal definitions`), under the code whose they are. */
export function renderDefinitions(code: Code, options: RenderOptions): string {
  const style = styleFor(options);
  return [style.citation(`${visible(code.shortName)} · Definitions`) + userMark(code, style), definitionsText(code, options, style)].join("\n");
}

/** Where the code comes from, in the source's words, each field followed by the editor's remark on it. */
function renderProvenance(code: Code, codes: readonly Code[], style: Style, options: RenderOptions): string[] {
  const { editorial } = code;
  const fact = (label: string, value: string) => wrap(visible(value), options.width, "  " + " ".repeat(label.length + 2), "  " + style.label(`${label}:`) + " ");
  const remark = (text: string | undefined) => (text === undefined ? [] : [renderEditorsNote(text, options, style, "  ")]);
  const parent = adaptedFrom(code, (id) => codes.find((candidate) => candidate.id === id)?.title);
  return [
    ...remark(editorial.title),
    ...provenanceFacts(code).flatMap(({ label, value, remark: note }) => [fact(label, value), ...remark(note)]),
    ...(parent === undefined ? [] : [fact("Adapted from", parent), ...remark(editorial.derivedFrom)]),
    code.scope === null ? fact("Scope", NO_SCOPE) : fact("Scope", `“${code.scope}”`),
    ...remark(editorial.scope),
  ];
}

function renderAttestation(code: Code, style: Style, options: RenderOptions): string {
  const lines = [style.heading("Attestation")];
  if (code.attestation) lines.push(wrap(visible(code.attestation), options.width, "  ", "  "));
  if (code.editorial.attestation) lines.push(renderEditorsNote(code.editorial.attestation, options, style, "  "));
  if (code.signature.length > 0) {
    // A form's lines, kept one a line as the source has them.
    lines.push("", ...code.signature.map((line) => wrap(visible(line), options.width, "    ", "  ")));
  }
  if (code.editorial.signature) lines.push(renderEditorsNote(code.editorial.signature, options, style, "  "));
  return lines.join("\n");
}

/** A whole code; `codes`, the library it is in, names the code it was adapted from. */
export function renderCode(code: Code, options: RenderOptions, codes: readonly Code[] = []): string {
  const style = styleFor(options);
  const blocks: string[] = [
    [style.heading(visible(code.title)) + userMark(code, style), style.dim(visible(code.jurisdiction)), ...renderProvenance(code, codes, style, options)].join("\n"),
  ];
  if (code.preamble.length > 0) blocks.push(preambleText(code, options, style));
  if (code.values.length > 0) blocks.push(renderValues(code, code.values, options));
  blocks.push(...code.sections.map((section) => renderSection(code, section, options)));
  if (code.definitions.length > 0) blocks.push([style.heading("Definitions"), definitionsText(code, options, style)].join("\n"));
  if (code.attestation || code.signature.length > 0) blocks.push(renderAttestation(code, style, options));
  if (code.references.length > 0) {
    blocks.push([style.heading("Sources"), ...code.references.map((reference) => wrap(visible(reference), options.width, "    ", "  - "))].join("\n"));
  }
  return blocks.join("\n\n");
}
