// A validated code file → the model: numbers filled in, citations made, whitespace folded.
import type { Code, Section, Standard } from "../../model.js";
import { citedTitles } from "./cited-title.js";
import type { CodeFile } from "./schema.js";

/** YAML folding and hand-wrapping leave runs of spaces and newlines; the model holds single spaces. */
export function foldSpace(text: string): string {
  // Every run of white space becomes one space; a lone space, the common case, is left as it is.
  // U+FEFF is white space to JavaScript (\s, trim) but shows nothing and is no space: folded, it
  // became a space in every output, --json too, so an export no longer read back as written. It
  // is kept, and shown as <U+FEFF> (terminal-text.ts).
  return text.replace(/ [^\S\uFEFF]+|[^\S \uFEFF][^\S\uFEFF]*/g, " ").replace(/^ | $/g, "");
}

/** A standard's citation; `number` may be several said together ("1–15", describeNumbers) to cite a range or list. */
export function citeStandard(shortName: string, sectionTitle: string, number: number | string, singleSection: boolean): string {
  return singleSection ? `${shortName} ${number}` : `${shortName} · ${sectionTitle} ${number}`;
}

function foldProvenance(source: CodeFile["source"]): Code["source"] {
  const folded: Code["source"] = { document: foldSpace(source.document) };
  for (const key of ["issuer", "adopted", "notice", "statement", "attribution", "url", "transcript", "derivedFrom"] as const) {
    const value = source[key];
    if (value !== undefined) folded[key] = foldSpace(value);
  }
  return folded;
}

/** Remarks keyed by field, folded, in the order the schema lists the fields. */
function foldRemarks<T extends Record<string, string | undefined>>(remarks: T | undefined, fields: readonly (keyof T & string)[]): Partial<T> {
  const folded: Partial<T> = {};
  for (const field of fields) {
    const value = remarks?.[field];
    if (value !== undefined) folded[field] = foldSpace(value) as T[typeof field];
  }
  return folded;
}

export const CODE_EDITORIAL_FIELDS = ["title", "document", "issuer", "adopted", "notice", "scope", "attestation", "signature", "derivedFrom"] as const;
export const SECTION_EDITORIAL_FIELDS = ["title", "intro"] as const;

export function normalizeCode(file: CodeFile, origin: Code["origin"], fileName: string): Code {
  const numbering = file.numbering ?? "source";
  const singleSection = file.sections.length === 1;
  // Folded once, for the code and each standard's citation alike: a tab or line break in the
  // file's short name reached every citation ("Tab␉Short␊Name 1") while the code's shortName
  // read "Tab Short Name".
  const shortName = foldSpace(file.shortName);
  const titles = file.sections.map((section) => ({ id: section.id, title: foldSpace(section.title) }));
  const cited = citedTitles(titles, (file.values ?? []).length > 0);
  const sections: Section[] = file.sections.map((section, at) => {
    const title = titles[at]!.title;
    const standards: Standard[] = section.standards.map((standard, index) => {
      const number = standard.number ?? index + 1;
      return {
        code: file.id,
        section: section.id,
        sectionTitle: title,
        number,
        text: foldSpace(standard.text),
        items: (standard.items ?? []).map((item) => ({ label: foldSpace(item.label), text: foldSpace(item.text) })),
        notes: (standard.notes ?? []).map(foldSpace),
        editorial: (standard.editorial ?? []).map(foldSpace),
        citation: citeStandard(shortName, cited[at]!, number, singleSection),
        ...(standard.concepts ? { concepts: [...new Set(standard.concepts)] } : {}),
      };
    });
    return {
      id: section.id,
      title,
      intro: section.intro ? foldSpace(section.intro) : null,
      standards,
      editorial: foldRemarks(section.editorial, SECTION_EDITORIAL_FIELDS),
    };
  });
  return {
    id: file.id,
    aliases: file.aliases ?? [],
    title: foldSpace(file.title),
    shortName,
    jurisdiction: foldSpace(file.jurisdiction),
    numbering,
    source: foldProvenance(file.source),
    scope: file.scope ? foldSpace(file.scope) : null,
    preamble: (file.preamble ?? []).map((paragraph) =>
      paragraph.heading === undefined
        ? { text: foldSpace(paragraph.text) }
        : { heading: foldSpace(paragraph.heading), text: foldSpace(paragraph.text) },
    ),
    values: (file.values ?? []).map((value, index) => ({
      number: index + 1,
      text: foldSpace(value.text),
      citation: `${foldSpace(file.shortName)} · Values ${index + 1}`,
    })),
    definitions: (file.definitions ?? []).map((definition) => ({
      term: foldSpace(definition.term),
      text: foldSpace(definition.text),
    })),
    sections,
    attestation: file.attestation ? foldSpace(file.attestation) : null,
    signature: (file.signature ?? []).map(foldSpace),
    references: (file.references ?? []).map(foldSpace),
    editorial: foldRemarks(file.editorial, CODE_EDITORIAL_FIELDS),
    origin,
    file: fileName,
  };
}
