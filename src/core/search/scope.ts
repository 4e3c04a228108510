// Where each indexed standard sits in the library, and which of them a search may return
// (--code, --section). Documents are numbered in library order, section after section.
import type { Code, Library, Standard } from "../../model.js";
import { EthicsError, UsageError } from "../errors.js";
import { findSection, resolveCode, resolveSection, slugify } from "../codes/resolve.js";
import { ethicsFor } from "../command-start.js";
import { meantAsTyped } from "../spelt-right.js";
import type { SearchIndex } from "./inverted-index.js";
import { nearest } from "../suggest.js";

export interface ScopeOptions {
  /** Code ids, aliases or names; all codes when absent or empty. */
  codes?: string[];
  /** A section id, title or unambiguous prefix, in each code searched. */
  section?: string;
}

/** Where each document sits: sections in library order with the number of their first document. */
export interface Layout {
  starts: Int32Array;
  codeOf: Int32Array;
  sectionOf: Int32Array;
}

export function layoutOf(index: SearchIndex): Layout {
  let sections = 0;
  for (const code of index.codes) sections += code.sections.length;
  const layout: Layout = { starts: new Int32Array(sections), codeOf: new Int32Array(sections), sectionOf: new Int32Array(sections) };
  let slot = 0;
  let next = 0;
  for (let codeIndex = 0; codeIndex < index.codes.length; codeIndex++) {
    const code = index.codes[codeIndex]!;
    for (let sectionIndex = 0; sectionIndex < code.sections.length; sectionIndex++) {
      layout.starts[slot] = next;
      layout.codeOf[slot] = codeIndex;
      layout.sectionOf[slot] = sectionIndex;
      next += code.sections[sectionIndex]!.size;
      slot++;
    }
  }
  return layout;
}

/** The position in layout.starts of the section holding a document. */
function sectionSlot(layout: Layout, document: number): number {
  let low = 0;
  let high = layout.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (layout.starts[middle]! <= document) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function staleIndex(detail: string): Error {
  return new Error(`the search index does not match the library (${detail}); rebuild it`);
}

/** Whether a search may return a document: all of them, or those in the codes and section named. */
export function scopeOf(index: SearchIndex, library: Library, layout: Layout, options: ScopeOptions): (document: number) => boolean {
  if ((options.codes ?? []).length === 0 && options.section === undefined) return () => true;
  const sections = sectionsSearched(library, options);
  const slots = new Set<number>();
  for (let slot = 0; slot < layout.starts.length; slot++) {
    const code = index.codes[layout.codeOf[slot]!]!;
    if (!sections.has(code.id)) continue;
    const wanted = sections.get(code.id);
    if (wanted === null || wanted!.has(code.sections[layout.sectionOf[slot]!]!.id)) slots.add(slot);
  }
  for (const codeId of sections.keys()) {
    if (!index.codes.some((code) => code.id === codeId)) throw staleIndex(`code '${codeId}' is not indexed`);
  }
  return (document) => slots.has(sectionSlot(layout, document));
}

/**
 * The codes a search reads, by id, each with the ids of the sections it reads (null: every
 * one); an error where --code or --section names nothing. Asked before the index is, so that
 * an option's mistake is told before the query's.
 */
/** Where the sections of the codes searched are listed: a command that runs (not `list <code>`), for the first code of several. */
function listSections(codes: readonly Code[]): string {
  const [first] = codes;
  return `${codes.length > 1 ? "e.g. " : ""}\`${ethicsFor(first!)} list ${first!.id}\` shows ${codes.length > 1 ? "a code's" : "its"} sections`;
}

export function sectionsSearched(library: Library, options: ScopeOptions): Map<string, Set<string> | null> {
  const named = options.codes ?? [];
  const codes = named.length > 0 ? [...new Set(named.map((name) => resolveCode(library, name)))] : library.codes;
  const sections = new Map<string, Set<string> | null>(); // code id → section ids, null = every section
  if (options.section === undefined) {
    for (const code of codes) sections.set(code.id, null);
  } else {
    // Punctuation alone names no section of any code: said of the codes searched, not of the
    // first of them, whose own error it would be ("no section '!!' in alaska").
    if (codes.length > 1 && slugify(options.section) === "") {
      throw new UsageError(`no section '${options.section}': a name has letters or digits`, listSections(codes));
    }
    for (const code of codes) {
      const found = sectionIn(code, options.section, codes.length === 1);
      if (found !== undefined) sections.set(code.id, new Set([found]));
    }
    if (sections.size === 0) {
      const titles = codes.flatMap((code) => code.sections.map((section) => section.title));
      const nearTitle = nearest(options.section, [...new Set(titles)]);
      const near = nearTitle === undefined || meantAsTyped(options.section, nearTitle) ? undefined : nearTitle;
      throw new EthicsError(
        `no section '${options.section}' in ${named.length > 0 ? codes.map((code) => code.id).join(", ") : "any code"}${near ? ` — did you mean ${near}?` : ""}`,
        listSections(codes),
      );
    }
  }
  return sections;
}

/** Whether a document is a standard of one of the codes `ids` names. */
export function inCodes(index: SearchIndex, layout: Layout, ids: readonly string[]): (document: number) => boolean {
  const wanted = new Set<number>();
  index.codes.forEach((code, codeIndex) => ids.includes(code.id) && wanted.add(codeIndex));
  return (document) => wanted.has(layout.codeOf[sectionSlot(layout, document)]!);
}

/**
 * The id of the section `input` names in `code`. Searching one code, a name it lacks is an error
 * (with a suggestion); searching several, a code without that section is left out. A name that
 * several of a code's sections answer to is an error either way: `--section c` left Alaska out
 * (Conflicts of Interest or Conduct?), and with it Alaska's rule on gifts, without a word.
 */
function sectionIn(code: Code, input: string, onlyCode: boolean): string | undefined {
  const found = findSection(code, input);
  if (found.kind === "ambiguous") throw new EthicsError(found.message, found.hint);
  if (found.kind === "found") {
    if (found.value.kind === "section") return found.value.section.id;
    throw new UsageError("search looks through standards, not value statements", `\`${ethicsFor(code)} show ${code.id} values\` prints them`);
  }
  // None: resolveSection's error says why, with a suggestion; searching several codes, only a
  // usage error (an empty name) is one.
  try {
    resolveSection(code, input);
  } catch (error) {
    if (onlyCode || error instanceof UsageError) throw error;
  }
  return undefined;
}

/** The standard a document number stands for; the library must be the one the index was built from. */
export function standardAt(index: SearchIndex, library: Library, layout: Layout, document: number): Standard {
  const slot = sectionSlot(layout, document);
  const indexed = index.codes[layout.codeOf[slot]!]!;
  const code = library.codes.find((candidate) => candidate.id === indexed.id);
  if (!code) throw staleIndex(`code '${indexed.id}' is not in the library`);
  const sectionId = indexed.sections[layout.sectionOf[slot]!]!.id;
  const standard = code.sections.find((section) => section.id === sectionId)?.standards[document - layout.starts[slot]!];
  if (!standard) throw staleIndex(`${indexed.id} ${sectionId} has changed`);
  return standard;
}
