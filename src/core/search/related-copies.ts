// A concept's related rules ("see also", Concept.related) name standards of the built-in codes,
// and every built-in standard has the questions it answers (data/questions/, asked.ts). A
// user's code derived from one (source.derivedFrom: a copy made with `export --id`) holds the
// same rules in the same words, and such a copy bears on the matter as its original does and
// answers the same questions: without this, a copy searched differently from its original
// wherever a related rule answered, or its questions ranked it.
//
// A copy is found once, when its code's index part is made (parts are cached per file), never
// by reading codes on each run: reading every derived code's standards on each run made a search
// over a thousand copies three times slower. A standard copies a related rule when it stands
// where the rule does (the same section and number), in the rule's words, in a code derived from
// the rule's; the part lists such standards under the rule, and parts join those lists as they
// join their concepts. A part sees only its own code and the built-in ones (parts are made from
// one file's bytes, on threads that hold only the built-in library), so a code derived from a
// user's code lists what holds the words of a related rule under its parent too; putting the
// index together, that is a copy where its parent is one of the same rule. A curated code
// (Medi-Cal derives from Working Well Together) has the related rules its readers listed and no
// more: its part lists nothing.
import { allStandards, derivedFromOf, findStandardIn, type Code, type Concept, type Library, type Standard, type StandardKey } from "../../model.js";
import { ruleNameOf, standardKeyOf, standardWords } from "../codes/standard-text.js";
import { isCurated } from "../concepts/standard-concepts.js";
import { appendDocuments } from "./document-list.js";
import type { IndexPart } from "./inverted-index.js";

/** A related rule as a part names it (ruleNameOf). */
const ruleName = ruleNameOf;
/** The name under which a code derived from `parent`, a user's code, lists its standards in a rule's words. */
const viaName = (parent: string, key: StandardKey) => `${parent}>${ruleName(key)}`;

/** A built-in standard where it stands: its key, the standard, and its words once read (standardWords). */
interface PlacedStandard {
  key: StandardKey;
  rule: Standard | undefined;
  words?: string;
}

const standardsAt = new WeakMap<readonly Code[], ReadonlyMap<string, readonly PlacedStandard[]>>();

/**
 * The built-in codes' standards by where they stand (section and number, in any code): each may
 * have copies, for its related rules (Concept.related) and for the questions it answers
 * (asked.ts), which every built-in standard has. Each is found in its code once a library, not
 * once for every standard of every code compared with it.
 */
function builtinStandardsByPlace(library: Library): ReadonlyMap<string, readonly PlacedStandard[]> {
  let byPlace = standardsAt.get(library.codes);
  if (byPlace === undefined) {
    const builtin = builtinCodesOf(library);
    const standards = new Map<string, PlacedStandard[]>();
    for (const code of builtin.values()) {
      for (const standard of allStandards(code)) {
        const place = `${standard.section}/${standard.number}`;
        const key = { code: standard.code, section: standard.section, number: standard.number };
        (standards.get(place) ?? standards.set(place, []).get(place)!).push({ key, rule: findStandardIn(builtin.get(key.code), key) });
      }
    }
    standardsAt.set(library.codes, (byPlace = standards));
  }
  return byPlace;
}

const builtinCodes = new WeakMap<readonly Code[], ReadonlyMap<string, Code>>();

/** The library's built-in codes by id (without a cache, a library of a thousand users' codes makes each part). */
function builtinCodesOf(library: Library): ReadonlyMap<string, Code> {
  let byId = builtinCodes.get(library.codes);
  if (byId === undefined) builtinCodes.set(library.codes, (byId = new Map(library.codes.filter((code) => code.origin === "builtin").map((code) => [code.id, code]))));
  return byId;
}

/**
 * IndexPart.copies of a code: `rule=document.document` (documents numbered in the code, section
 * after section) for each built-in standard it copies, space-separated, named `parent>rule`
 * where the code derives from a user's code; undefined where it copies none, derives from none,
 * or the concept index curates it.
 */
export function copiesOfCode(library: Library, code: Code): string | undefined {
  const parent = derivedFromOf(code);
  if (parent === undefined || parent === code.id || isCurated(library, code.id)) return undefined;
  const builtin = builtinCodesOf(library);
  const fromBuiltin = builtin.has(parent);
  const byPlace = builtinStandardsByPlace(library);
  const lists = new Map<string, number[]>();
  allStandards(code).forEach((standard, document) => {
    let words: string | undefined;
    for (const placed of byPlace.get(`${standard.section}/${standard.number}`) ?? []) {
      const { key, rule } = placed;
      if (fromBuiltin && key.code !== parent) continue;
      if (rule === undefined || (placed.words ??= standardWords(rule)) !== (words ??= standardWords(standard))) continue;
      const name = fromBuiltin ? ruleName(key) : viaName(parent, key);
      (lists.get(name) ?? lists.set(name, []).get(name)!).push(document);
    }
  });
  return lists.size === 0 ? undefined : packLists(lists);
}

const packLists = (lists: ReadonlyMap<string, readonly number[]>) => [...lists].map(([name, documents]) => `${name}=${documents.join(".")}`).join(" ");

/**
 * The lists last joined, for the parts they were joined from: putting an index together reads
 * them twice (the related rules' copies, the questions' copies), each a thousand codes' lists.
 */
const lastJoined = new WeakMap<readonly IndexPart[], { offsets: readonly number[]; lists: ReadonlyMap<string, readonly number[]> }>();

/** The parts' lists, by name, their documents numbered in the parts put together from `offsets`; a malformed list throws (a damaged part is made again). */
function joinedLists(parts: readonly IndexPart[], offsets: readonly number[]): ReadonlyMap<string, readonly number[]> {
  const joined = lastJoined.get(parts);
  if (joined !== undefined && joined.offsets === offsets) return joined.lists;
  const lists = new Map<string, number[]>();
  parts.forEach((part, index) => {
    if (part.copies === undefined || part.copies === "") return;
    for (const entry of part.copies.split(" ")) {
      const equals = entry.indexOf("=");
      if (equals <= 0) throw new RangeError(`a part's copies list is malformed: ${entry.slice(0, 40)}`);
      const name = entry.slice(0, equals);
      appendDocuments(entry, equals + 1, offsets[index]!, lists.get(name) ?? lists.set(name, []).get(name)!);
    }
  });
  lastJoined.set(parts, { offsets, lists });
  return lists;
}

/** The parts' copies one after the other, documents renumbered from `offsets` (mergeParts). */
export function mergeCopies(parts: readonly IndexPart[], offsets: readonly number[]): Pick<IndexPart, "copies"> {
  const lists = joinedLists(parts, offsets);
  return lists.size === 0 ? {} : { copies: packLists(lists) };
}

/** No related rule has a copy. */
export const NO_COPIES: ReadonlyMap<string, readonly number[]> = new Map();

/**
 * The documents of each related rule's copies (by standardKeyOf of the rule), in the parts put
 * together from `offsets`: the standards of the codes derived from the rule's, at any remove,
 * that stand where it does in its words.
 */
export function copiesOfRelated(parts: readonly IndexPart[], library: Library, offsets: readonly number[]): ReadonlyMap<string, readonly number[]> {
  return copiesOf(parts, offsets, library.concepts.flatMap((concept) => concept.related ?? []));
}

/**
 * The documents of each built-in standard's copies (by standardKeyOf), as copiesOfRelated: what
 * answers the questions its original answers (asked.ts).
 */
export function copiesOfBuiltin(parts: readonly IndexPart[], library: Library, offsets: readonly number[]): ReadonlyMap<string, readonly number[]> {
  return copiesOf(parts, offsets, [...builtinStandardsByPlace(library).values()].flat().map((placed) => placed.key));
}

/** The copies of `originals`, by standardKeyOf, in the parts put together from `offsets`. */
function copiesOf(parts: readonly IndexPart[], offsets: readonly number[], originals: readonly StandardKey[]): ReadonlyMap<string, readonly number[]> {
  const lists = joinedLists(parts, offsets);
  if (lists.size === 0) return NO_COPIES;
  const rules = new Map(originals.map((key) => [ruleName(key), standardKeyOf(key)]));
  const copies = new Map<string, number[]>();
  const via: { parent: string; rule: string; documents: readonly number[] }[] = [];
  for (const [name, documents] of lists) {
    const arrow = name.indexOf(">");
    const rule = rules.get(arrow < 0 ? name : name.slice(arrow + 1));
    if (rule === undefined) continue;
    if (arrow < 0) (copies.get(rule) ?? copies.set(rule, []).get(rule)!).push(...documents);
    else via.push({ parent: name.slice(0, arrow), rule, documents });
  }
  if (via.length > 0) addCopiesOfCopies(via, copies, documentRanges(parts, offsets));
  return copies;
}

/**
 * Each list a code derived from a user's code made is a copy where its parent holds a copy of
 * the same rule: taken until none is left to take, a copy of a copy of a copy too.
 */
function addCopiesOfCopies(via: { parent: string; rule: string; documents: readonly number[] }[], copies: Map<string, number[]>, ranges: ReadonlyMap<string, readonly [number, number]>): void {
  let pending = via;
  for (let taken = true; taken && pending.length > 0; ) {
    taken = false;
    pending = pending.filter(({ parent, rule, documents }) => {
      const range = ranges.get(parent);
      const known = copies.get(rule);
      if (range === undefined || known === undefined || !known.some((document) => document >= range[0] && document < range[1])) return true;
      known.push(...documents);
      taken = true;
      return false;
    });
  }
}

/** Each code's documents, from and below, in the parts put together from `offsets`. */
function documentRanges(parts: readonly IndexPart[], offsets: readonly number[]): Map<string, readonly [number, number]> {
  const ranges = new Map<string, readonly [number, number]>();
  parts.forEach((part, index) => {
    let document = offsets[index]!;
    for (const code of part.codes) {
      const size = code.sections.reduce((sum, section) => sum + section.size, 0);
      ranges.set(code.id, [document, document + size]);
      document += size;
    }
  });
  return ranges;
}

/** The documents of a concept's related rules and of their copies (undefined for a rule not in the index). */
export function relatedDocuments(concept: Concept, documentOf: ReadonlyMap<string, number>, copies: ReadonlyMap<string, readonly number[]>): (number | undefined)[] {
  const related = concept.related ?? [];
  if (copies.size === 0) return related.map((key) => documentOf.get(standardKeyOf(key)));
  return related.flatMap((key) => {
    const rule = standardKeyOf(key);
    return [documentOf.get(rule), ...(copies.get(rule) ?? [])];
  });
}
