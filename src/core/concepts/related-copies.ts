// A concept's related rules ("see also", Concept.related) name standards of the built-in codes.
// A code derived from one of them (source.derivedFrom: a copy made with `export --id`, or a
// local edition) holds the same rules in the same words, and such a rule bears on the matter as
// its original does, as inference files a standard in its parent's words under what that one is
// filed under (infer.ts). Without this, a copy searched differently from its original wherever
// a related rule answered. A curated code (Medi-Cal derives from Working Well Together) has
// the related rules its readers listed, and no more.
import { allStandards, derivedFromOf, type Code, type Concept, type Library, type StandardKey } from "../../model.js";
import { terms } from "../text.js";
import { isCurated } from "./standard-concepts.js";

interface Lineage {
  /** Per code id, the codes that derive from it. */
  children: Map<string, Code[]>;
  /** Per code id, each standard's words (stems, in order) to its key: read when first asked for. */
  byWords: Map<string, Map<string, StandardKey>>;
}

const lineages = new WeakMap<Library, Lineage | null>();

function lineageOf(library: Library): Lineage | null {
  let lineage = lineages.get(library);
  if (lineage === undefined) {
    const children = new Map<string, Code[]>();
    for (const code of library.codes) {
      const parent = derivedFromOf(code);
      if (parent !== undefined && parent !== code.id && !isCurated(library, code.id)) (children.get(parent) ?? children.set(parent, []).get(parent)!).push(code);
    }
    lineage = children.size === 0 ? null : { children, byWords: new Map() };
    lineages.set(library, lineage);
  }
  return lineage;
}

const wordsOf = (text: string) => terms(text).join(" ");

function standardsByWords(lineage: Lineage, code: Code): Map<string, StandardKey> {
  let found = lineage.byWords.get(code.id);
  if (found === undefined) {
    found = new Map();
    for (const standard of allStandards(code)) {
      const words = wordsOf(standard.text);
      if (!found.has(words)) found.set(words, { code: code.id, section: standard.section, number: standard.number });
    }
    lineage.byWords.set(code.id, found);
  }
  return found;
}

/**
 * The concept's related rules, and the standards in the same words of the uncurated codes that
 * derive from theirs (their descendants' too, each code once): Concept.related itself when no
 * such code derives from another.
 */
export function relatedWithCopies(library: Library, concept: Concept): readonly StandardKey[] {
  const related = concept.related ?? [];
  const lineage = related.length === 0 ? null : lineageOf(library);
  if (lineage === null) return related;
  const codes = new Map(library.codes.map((code) => [code.id, code]));
  const keys = [...related];
  for (const key of related) {
    const original = codes.get(key.code);
    const text = original && allStandards(original).find((standard) => standard.section === key.section && standard.number === key.number)?.text;
    if (text === undefined) continue;
    const words = wordsOf(text);
    const seen = new Set([key.code]);
    const pending = [...(lineage.children.get(key.code) ?? [])];
    while (pending.length > 0) {
      const child = pending.pop()!;
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      const copy = standardsByWords(lineage, child).get(words);
      if (copy !== undefined && !keys.some((listed) => listed.code === copy.code && listed.section === copy.section && listed.number === copy.number)) keys.push(copy);
      pending.push(...(lineage.children.get(child.id) ?? []));
    }
  }
  return keys;
}

/** `codes` (ids) with the uncurated codes that derive from them, at any remove: where their related rules' copies may be. */
export function withDerivedCodes(library: Library, codes: ReadonlySet<string>): Set<string> {
  const lineage = lineageOf(library);
  const found = new Set(codes);
  if (lineage === null) return found;
  const pending = [...codes];
  while (pending.length > 0) {
    for (const child of lineage.children.get(pending.pop()!) ?? []) {
      if (found.has(child.id)) continue;
      found.add(child.id);
      pending.push(child.id);
    }
  }
  return found;
}
