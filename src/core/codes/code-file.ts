// A code as a code file again, in the format of data/*.yaml: what `export --code` writes, so that
// a code can be copied, edited under an id of its own and loaded beside the original. The fields
// the loader derives (numbers under position numbering, citations, origin, file) are left out;
// everything a user may write is kept, so that the file loads as the same code.
import type { Code, Section, Standard } from "../../model.js";
import type { CodeFile } from "./schema.js";

type StandardFile = CodeFile["sections"][number]["standards"][number];
type SectionFile = CodeFile["sections"][number];

/** Only the lists and remarks that say something: a file without empty fields reads like data/. */
function some<K extends string, T>(key: K, value: T[]): { [key in K]?: T[] } {
  return (value.length > 0 ? { [key]: value } : {}) as { [key in K]?: T[] };
}

function remarks<K extends string, T extends object>(key: K, value: T): { [key in K]?: T } {
  return (Object.keys(value).length > 0 ? { [key]: { ...value } } : {}) as { [key in K]?: T };
}

function standardFile(standard: Standard, code: Code): StandardFile {
  return {
    ...(code.numbering === "source" ? { number: standard.number } : {}),
    text: standard.text,
    ...some("items", standard.items.map(({ label, text }) => ({ label, text }))),
    ...some("notes", standard.notes),
    ...some("editorial", standard.editorial),
    // The user's own tags, an empty list too (it says: infer none). Inferred concepts are never
    // written: they are worked out again on load, and a tag would stop that.
    ...(standard.concepts !== undefined ? { concepts: [...standard.concepts] } : {}),
  };
}

function sectionFile(section: Section, code: Code): SectionFile {
  return {
    id: section.id,
    title: section.title,
    ...(section.intro !== null ? { intro: section.intro } : {}),
    ...remarks("editorial", section.editorial),
    standards: section.standards.map((standard) => standardFile(standard, code)),
  };
}

export interface CodeFileOptions {
  /**
   * A new id for the code. Its aliases are left out then, and its title and short name carry the
   * new id, as all of them name the original: two codes answering to one name would make
   * citations ambiguous (the clash check refuses it).
   */
  id?: string;
}

/**
 * A name less the " (id)" a copy's export gave it, so that a copy of a copy is marked with its
 * own id alone ("Alaska (my2)"), not every id it passed through ("Alaska (my-alaska) (my2)").
 */
function withoutIdMark(name: string, id: string): string {
  const mark = ` (${id})`;
  return name.endsWith(mark) && name.length > mark.length ? name.slice(0, -mark.length) : name;
}

/**
 * The editor's remark on a copy's title: the " (id)" its export added is not the source's, which
 * every other text of the title claims to be (docs/data-format.md), and nothing else would say so.
 */
export function titleMarkRemark(id: string): string {
  return `“ (${id})” at the end of the title is not the source's: ethics added it when it exported this copy (export --id ${id}), to tell the copy from its original.`;
}

/**
 * The original's remarks, for a copy under `id`: its note on its own lineage stays behind, and
 * the remark on the title says what the copy's mark is, after any the original has. A copy of a
 * copy drops the remark on the mark it drops (withoutIdMark), as it carries its own id alone.
 */
function copyEditorial(code: Code, id: string): Code["editorial"] {
  const { derivedFrom: _lineage, title, ...rest } = code.editorial;
  const ownMark = withoutIdMark(code.title, code.id) !== code.title ? titleMarkRemark(code.id) : undefined;
  const kept = ownMark === undefined ? title : title?.replace(ownMark, "").trim();
  return { title: kept ? `${kept} ${titleMarkRemark(id)}` : titleMarkRemark(id), ...rest };
}

/** The names a copy of `code` under `id` answers to, as its code file writes them. */
export function copyNames(code: Code, id: string): Pick<Code, "id" | "aliases" | "title" | "shortName"> {
  return { id, aliases: [], title: `${withoutIdMark(code.title, code.id)} (${id})`, shortName: `${withoutIdMark(code.shortName, code.id)} (${id})` };
}

export function toCodeFile(code: Code, options: CodeFileOptions = {}): CodeFile {
  const renamed = options.id !== undefined && options.id !== code.id;
  const names = renamed ? copyNames(code, options.id!) : code;
  return {
    id: names.id,
    ...some("aliases", names.aliases),
    title: names.title,
    shortName: names.shortName,
    jurisdiction: code.jurisdiction,
    numbering: code.numbering,
    // A copy under a new id is an adaptation of this code: diff then reads the two as versions
    // of one lineage, word by word, and the original's note on its own lineage stays behind.
    source: renamed ? { ...code.source, derivedFrom: code.id } : { ...code.source },
    ...(code.scope !== null ? { scope: code.scope } : {}),
    ...some("preamble", code.preamble.map((paragraph) => ({ ...paragraph }))),
    ...some("values", code.values.map(({ text }) => ({ text }))),
    ...some("definitions", code.definitions.map(({ term, text }) => ({ term, text }))),
    sections: code.sections.map((section) => sectionFile(section, code)),
    ...(code.attestation !== null ? { attestation: code.attestation } : {}),
    ...some("signature", code.signature),
    ...some("references", code.references),
    ...remarks("editorial", renamed ? copyEditorial(code, options.id!) : code.editorial),
  };
}
