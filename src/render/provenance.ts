// A code's provenance as every renderer lists it: the source's facts in one order, each with the
// editor's note on it where there is one, so the terminal and the exports never disagree.
import type { Code } from "../model.js";

/** What `show` and the Markdown export say where a code's source does not say whom the code binds. */
export const NO_SCOPE = "the source does not say whom it binds";

export interface ProvenanceFact {
  label: string;
  value: string;
  remark: string | undefined;
}

export function provenanceFacts(code: Code): ProvenanceFact[] {
  const { source, editorial } = code;
  const facts: [string, string | undefined, string | undefined][] = [
    ["Document", source.document, editorial.document],
    ["Issued by", source.issuer, editorial.issuer],
    ["Adopted", source.adopted, editorial.adopted],
    ["Notice", source.notice, editorial.notice],
    ["Statement", source.statement, undefined],
    ["Attribution", source.attribution, undefined],
    ["URL", source.url, undefined],
  ];
  return facts.flatMap(([label, value, remark]) => (value ? [{ label, value, remark }] : []));
}

/** The titles of the codes a renderer may name as what a code was adapted from, by id. */
export type CodeTitles = ReadonlyMap<string, string>;

/** The titles of `codes`: where a renderer is given no others (the library's). */
export const titlesOf = (codes: readonly Code[]): CodeTitles => new Map(codes.map((code) => [code.id, code.title]));

/**
 * The title of the code a code was adapted from (its file's source.derivedFrom), found by
 * `titleOf`; an id that names no loaded code, or the code itself (warned of when the code was
 * loaded), is shown as it is written, with what is wrong with it.
 */
export function adaptedFrom(code: Code, titleOf: (id: string) => string | undefined): string | undefined {
  const parent = code.source.derivedFrom;
  if (parent === undefined) return undefined;
  // Its own id (warned of too): its own title there would say the code was adapted from itself.
  if (parent === code.id) return `${parent} (this code's own id: ignored)`;
  return titleOf(parent) ?? `${parent} (no code of that id is loaded)`;
}
