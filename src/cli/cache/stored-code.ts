// A user's code as its cache entry holds it: what every standard repeats (its code, section,
// section title, citation, empty lists) is left out when it equals what the code implies, and
// put back on reading, checked as it goes. A third less to write, inflate, parse and collect;
// restoreCode(storeCode(code)) gives the code back field for field, key order included.
import type { Code, Section, Standard } from "../../model.js";
import { citedTitles } from "../../core/codes/cited-title.js";
import { citeStandard } from "../../core/codes/normalize.js";
import { isRecord, isUserCodeFields } from "./shapes.js";

type StoredStandard = Record<string, unknown>;
type StoredSection = Omit<Section, "standards"> & { standards: StoredStandard[] };
/**
 * `titlesCited`: some sections share a title, and their standards' citations name the section's
 * id too (cited-title.ts). The citations are then implied by the titles as cited, which
 * reading works out again (citedTitles), rather than each stored whole: they were 5% of the
 * JSON of a Medi-Cal-sized code with two sections titled alike, 23% with all titled alike.
 * Absent (most codes), nothing is worked out.
 */
export type StoredCode = Omit<Code, "sections"> & { sections: StoredSection[]; standardKeys: string[]; titlesCited?: true };

const EMPTY: readonly unknown[] = [];

/** What a standard's field is when the code implies it; `cited`: its section's title as citations name it. */
function implied(code: Pick<Code, "id" | "shortName">, section: Pick<Section, "id" | "title">, cited: string, single: boolean, number: unknown, key: string): unknown {
  switch (key) {
    case "code":
      return code.id;
    case "section":
      return section.id;
    case "sectionTitle":
      return section.title;
    case "citation":
      return typeof number === "number" ? citeStandard(code.shortName, cited, number, single) : undefined;
    case "items":
    case "notes":
    case "editorial":
      return EMPTY;
    default:
      return undefined;
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === 0 && b.length === 0;
}

export function storeCode(code: Code): StoredCode {
  const single = code.sections.length === 1;
  const first = code.sections[0]?.standards[0];
  const standardKeys = first ? Object.keys(first) : [];
  const cited = citedTitles(code.sections, code.values.length > 0);
  const titlesCited = cited.some((title, at) => title !== code.sections[at]!.title);
  return {
    // The file name is the reader's: the same bytes may sit in two folders.
    ...code,
    file: "",
    standardKeys,
    ...(titlesCited ? { titlesCited } : {}),
    sections: code.sections.map((section, sectionAt) => ({
      ...section,
      standards: section.standards.map((standard) => {
        const stored: StoredStandard = {};
        const keys = Object.keys(standard);
        // A standard whose keys differ from the first one's keeps all of them, in its own order.
        const sameKeys = keys.length === standardKeys.length && keys.every((key, at) => key === standardKeys[at]);
        for (const key of keys) {
          const value = (standard as unknown as Record<string, unknown>)[key];
          if (!sameKeys || !same(value, implied(code, section, cited[sectionAt]!, single, standard.number, key))) stored[key] = value;
        }
        if (!sameKeys) stored.$keys = keys;
        return stored;
      }),
    })),
  };
}

const isString = (value: unknown): value is string => typeof value === "string";
const isStringList = (value: unknown) => Array.isArray(value) && value.every(isString);
const isItemList = (value: unknown) => Array.isArray(value) && value.every((item) => isRecord(item) && isString(item.label) && isString(item.text));

/** The standard's fields checked as they are put back; false for anything a standard cannot hold. */
function validField(key: string, value: unknown): boolean {
  switch (key) {
    case "code":
    case "section":
    case "sectionTitle":
    case "text":
    case "citation":
      return isString(value);
    case "number":
      return Number.isSafeInteger(value) && (value as number) >= 1;
    case "items":
      return isItemList(value);
    case "notes":
    case "editorial":
    case "concepts":
      return isStringList(value);
    default:
      return value !== undefined;
  }
}

/** The keys normalizeCode gives a standard that no file tags with concepts, in its order. */
const PLAIN_KEYS = ["code", "section", "sectionTitle", "number", "text", "items", "notes", "editorial", "citation"];

/** A stored list field: a new empty list where the code implies one, the stored one if valid, else undefined. */
function listField<T>(value: unknown, valid: (value: unknown) => boolean): T[] | undefined {
  if (value === undefined) return [];
  return valid(value) ? (value as T[]) : undefined;
}

/**
 * A standard with PLAIN_KEYS put back as restoreCode's loop would, as one object literal: the
 * loop's store under a different key each time is the slow part of reading a thousand codes.
 * Each field is checked as validField checks it, written out (a stored field is an own one:
 * JSON gives no field the value undefined, and none of these names is inherited).
 */
function restorePlain(stored: StoredStandard, code: Pick<Code, "id" | "shortName">, section: Pick<Section, "id" | "title">, cited: string, single: boolean): Standard | undefined {
  const { number, text } = stored;
  const codeId = stored.code === undefined ? code.id : stored.code;
  const sectionId = stored.section === undefined ? section.id : stored.section;
  const sectionTitle = stored.sectionTitle === undefined ? section.title : stored.sectionTitle;
  if (typeof codeId !== "string" || typeof sectionId !== "string" || typeof sectionTitle !== "string" || typeof text !== "string") return undefined;
  if (!Number.isSafeInteger(number) || (number as number) < 1) return undefined;
  const citation = stored.citation === undefined ? citeStandard(code.shortName, cited, number as number, single) : stored.citation;
  if (typeof citation !== "string") return undefined;
  const items = listField<Standard["items"][number]>(stored.items, isItemList);
  const notes = listField<string>(stored.notes, isStringList);
  const editorial = listField<string>(stored.editorial, isStringList);
  if (items === undefined || notes === undefined || editorial === undefined) return undefined;
  return { code: codeId, section: sectionId, sectionTitle, number: number as number, text, items, notes, editorial, citation } as Standard;
}

/** The code back from its entry, with its file name; undefined when the entry is not a stored code. */
export function restoreCode(value: unknown, file: string): Code | undefined {
  if (!isRecord(value) || !Array.isArray(value.sections) || !Array.isArray(value.standardKeys) || !value.standardKeys.every(isString)) return undefined;
  const { standardKeys, sections, titlesCited, ...rest } = value as unknown as StoredCode;
  if (!isString(rest.id) || !isString(rest.shortName)) return undefined;
  if (titlesCited !== undefined && titlesCited !== true) return undefined;
  if (!sections.every((section) => isRecord(section) && isString(section.id) && isString(section.title))) return undefined;
  if (titlesCited && !Array.isArray(rest.values)) return undefined;
  const cited = titlesCited ? citedTitles(sections, rest.values.length > 0) : undefined;
  const single = sections.length === 1;
  const plain = standardKeys.length === PLAIN_KEYS.length && standardKeys.every((key, at) => key === PLAIN_KEYS[at]);
  const restoredSections: Section[] = [];
  for (const [sectionAt, section] of sections.entries()) {
    if (!Array.isArray(section.standards)) return undefined;
    const citedTitle = cited?.[sectionAt] ?? section.title;
    const standards: Standard[] = [];
    for (const stored of section.standards) {
      if (!isRecord(stored)) return undefined;
      if (plain && stored.$keys === undefined) {
        const standard = restorePlain(stored, rest, section, citedTitle, single);
        if (standard === undefined) return undefined;
        standards.push(standard);
        continue;
      }
      // standardKeys were checked above; a standard's own keys are checked here.
      const keys = stored.$keys === undefined ? standardKeys : stored.$keys;
      if (keys !== standardKeys && (!Array.isArray(keys) || !keys.every(isString))) return undefined;
      const standard: Record<string, unknown> = {};
      for (const key of keys as string[]) {
        const field = Object.hasOwn(stored, key) ? stored[key] : implied(rest, section, citedTitle, single, stored.number, key);
        if (!validField(key, field)) return undefined;
        standard[key] = field === EMPTY ? [] : field;
      }
      standards.push(standard as unknown as Standard);
    }
    restoredSections.push({ ...section, standards });
  }
  // Fields in the order the entry has them: the order normalizeCode gave them.
  const code = {} as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (key === "standardKeys" || key === "titlesCited") continue;
    code[key] = key === "sections" ? restoredSections : key === "file" ? file : (rest as Record<string, unknown>)[key];
  }
  return isUserCodeFields(code) ? (code as unknown as Code) : undefined;
}
