// The concept side of a diff: where each code binds more strongly on a matter both address, and
// what only one addresses. Laid out as `ethics topic` lays out a concept's rows: a code's name,
// its strength, where it says so.
import type { CitedRef, ConceptAlignment } from "../core/compare/diff.js";
import { sameStance, stricterSide } from "../core/compare/concept-alignment.js";
import type { StrengthReading } from "../core/concepts/strength.js";
import { strengthOtherThanRow } from "../core/concepts/strength-otherwise.js";
import type { Strength, Topic } from "../model.js";
import { notAddressedMark, paintStrength } from "./concept-rows.js";
import { listSeparator } from "./list-mark.js";
import { paintWords } from "./standard-body.js";
import { span } from "./span.js";
import type { RenderOptions, Style } from "./style.js";
import { MEASURE, visible, visibleLength, wrapPhrases } from "./terminal-text.js";

const STRENGTH_WIDTH = 10;

/** "Integrity 5" of "Medi-Cal · Integrity 5"; "15" of "North Carolina 15". */
export function withinCode(citation: string, shortName: string): string {
  if (citation.startsWith(`${shortName} · `)) return citation.slice(shortName.length + 3);
  if (citation.startsWith(`${shortName} `)) return citation.slice(shortName.length + 1);
  return citation;
}

/** A standard in a list of citations, with what narrows it there. */
interface CitedItem {
  ref: CitedRef;
  note?: string;
}

/**
 * One code's standards in few words, section by section: "Integrity 5, 6; Respect 4",
 * "Integrity 10–14" ("10 to 14" with --plain), "12, 15" (a code of one section). A standard
 * with a note stands alone: "Conflicts of Interest 3 (substantial gifts or loans)".
 */
export function citeList(items: readonly (CitedRef | CitedItem)[], shortName: string, options: Pick<RenderOptions, "plain">, paintNote: (text: string) => string = (text) => text): string {
  return citePhrases(items, shortName, options, paintNote).join(" ");
}

/**
 * citeList's text as the phrases a line may break between (wrapPhrases): each section's run of
 * citations whole ("Safety & Protection 7;", "Integrity 5, 6;"), a note's words one by one.
 * Joined by spaces, they are citeList's text.
 */
export function citePhrases(
  items: readonly (CitedRef | CitedItem)[],
  shortName: string,
  options: Pick<RenderOptions, "plain">,
  paintNote: (text: string) => string = (text) => text,
): string[] {
  const runs: { prefix: string; numbers: number[]; note?: string }[] = [];
  for (const entry of items) {
    const item: CitedItem = "ref" in entry ? entry : { ref: entry };
    const label = visible(withinCode(item.ref.citation, shortName));
    const prefix = label.slice(0, label.length - String(item.ref.number).length);
    const last = runs[runs.length - 1];
    if (last && last.prefix === prefix && last.note === undefined && item.note === undefined) last.numbers.push(item.ref.number);
    else runs.push({ prefix, numbers: [item.ref.number], ...(item.note !== undefined ? { note: item.note } : {}) });
  }
  const separator = runs.every((run) => run.prefix === "") ? "," : ";";
  return runs.flatMap((run, at) => {
    const end = at < runs.length - 1 ? separator : "";
    const cited = `${run.prefix}${ranges(run.numbers, options)}`;
    if (run.note === undefined) return [cited + end];
    const note = paintNote(`(${visible(run.note)})`).split(" ");
    note[note.length - 1] += end;
    return [cited, ...note];
  });
}

/** 5, 6 → "5, 6"; 10, 11, 12, 13 → "10–13", or "10 to 13" with --plain. */
function ranges(numbers: readonly number[], options: Pick<RenderOptions, "plain">): string {
  const parts: string[] = [];
  for (let start = 0; start < numbers.length; ) {
    let end = start;
    while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end++;
    if (end - start >= 2) parts.push(span(numbers[start]!, numbers[end]!, options));
    else for (let k = start; k <= end; k++) parts.push(String(numbers[k]));
    start = end + 1;
  }
  return parts.join(", ");
}

/**
 * Names (of concepts, of topics) "·" apart (";" with --plain: list-mark.ts) as phrases for
 * wrapPhrases: each whole where a line after the indent (`room` columns) holds it, else its
 * words. Wrapped as prose, "Fraud and" ended a line and "certification" began the next, read as
 * two names. Each mark is part of the phrase before it, so that no line starts with one, painted
 * or not (wrapPhrases keeps only a bare "·" on the line before).
 */
export function namePhrases(names: readonly string[], room: number, options: Pick<RenderOptions, "plain">): string[] {
  const mark = listSeparator(options).trimEnd();
  return names.flatMap((name, at) => {
    const last = at === names.length - 1;
    const shown = last ? name : `${name}${mark}`;
    if (visibleLength(shown) <= room) return [shown];
    const words = name.split(" ").filter((word) => word !== "");
    if (!last) words[words.length - 1] += mark;
    return words;
  });
}

/** A side of a group: its standards, in the code's order, each with how it binds. */
interface GroupSide {
  strength: Strength | null;
  standards: { ref: CitedRef; reading: StrengthReading }[];
}

/** Concepts shown together: under one topic, as strongly bound on each side. */
export interface ConceptGroup {
  names: string[];
  a: GroupSide;
  b: GroupSide;
}

function sideKey(refs: readonly CitedRef[], readings: readonly StrengthReading[]): string {
  return refs.map((ref, index) => `${ref.citation}\u0001${readings[index]!.strength}\u0001${readings[index]!.qualifiers.join("\u0002")}`).join("\u0003");
}

/**
 * Concepts of one topic bound alike on each side are shown together. Exactly: only concepts whose
 * rows are the same (the same standards, as strong, as narrowed). Briefly: every concept of the
 * topic with the same strength on each side, their standards together.
 */
export function groupConcepts(rows: readonly ConceptAlignment[], exact: boolean, order: (ref: CitedRef) => number): ConceptGroup[] {
  const groups = new Map<string, ConceptGroup>();
  for (const row of rows) {
    const key = exact
      ? `${row.topic}\u0004${sideKey(row.a, row.readings.a)}\u0004${sideKey(row.b, row.readings.b)}`
      : `${row.topic}\u0004${row.strength.a}\u0004${row.strength.b}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { names: [], a: { strength: row.strength.a, standards: [] }, b: { strength: row.strength.b, standards: [] } }));
    group.names.push(row.name);
    for (const side of ["a", "b"] as const) {
      row[side].forEach((ref, index) => {
        const reading = row.readings[side][index]!;
        const known = group[side].standards.find((standard) => standard.ref.citation === ref.citation);
        // A standard on several of the concepts: its strongest reading, narrowed where one says so.
        if (!known) group[side].standards.push({ ref, reading });
        else if (reading.strength === group[side].strength && known.reading.strength !== reading.strength) known.reading = reading;
      });
    }
  }
  for (const group of groups.values()) for (const side of ["a", "b"] as const) group[side].standards.sort((x, y) => order(x.ref) - order(y.ref));
  return [...groups.values()];
}

/**
 * A side's citations: each standard, the strongest ones with what narrows them, and one that
 * binds otherwise than the side with how it does (strength-otherwise.ts); one that only allows
 * the matter with what narrows it too, as that is what it allows.
 */
function sideItems(side: GroupSide, brief: boolean): CitedItem[] {
  const narrowing = (reading: StrengthReading) => reading.qualifiers.map((qualifier) => (brief ? shorten(qualifier, NOTE_LENGTH) : qualifier)).join("; ");
  return side.standards.map(({ ref, reading }) => {
    const own = strengthOtherThanRow(reading.strength, side.strength);
    if (own === "allows") return { ref, note: reading.qualifiers.length === 0 ? "allows" : `allows: ${narrowing(reading)}` };
    if (own !== undefined) return { ref, note: own };
    if (reading.qualifiers.length === 0) return { ref };
    return { ref, note: narrowing(reading) };
  });
}

/** In the brief report a qualifier is quoted up to about this many characters. */
const NOTE_LENGTH = 64;

/** The first words of a text, up to `length` characters, with "…" when cut. */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")} …`;
}

export interface SideNames {
  a: string;
  b: string;
}

/** Below this many columns for the citations, a row's citations go under its name and strength. */
const MIN_WHERE_WIDTH = 28;

/** A group of concepts: its names, then a row per code (name, strength, where). */
export function renderConceptGroup(group: ConceptGroup, names: SideNames, options: RenderOptions, style: Style, brief: boolean): string {
  const nameWidth = Math.max(visibleLength(names.a), visibleLength(names.b));
  const column = 4 + nameWidth + 1 + STRENGTH_WIDTH + 1;
  const room = Math.min(options.width, MEASURE) - column;
  const where = (side: "a" | "b", name: string) =>
    group[side].strength === null ? [] : citePhrases(sideItems(group[side], brief), name, options, (text) => paintWords(style.dim, text));
  const phrases = { a: where("a", names.a), b: where("b", names.b) };
  // Stacked where the column is narrow, or too narrow for a section's citations ("Cultural
  // Responsiveness & Humility 1, 2;"), which then go on the lines below with more room.
  const stacked = room < MIN_WHERE_WIDTH || [...phrases.a, ...phrases.b].some((phrase) => visibleLength(phrase) > room);
  const lines = [wrapPhrases(namePhrases(group.names.map(visible), options.width - 4, options).map((phrase) => paintWords(style.label, phrase)), options.width, "    ", "  ")];
  for (const [side, name] of [["a", names.a], ["b", names.b]] as const) {
    const { strength } = group[side];
    // A concept only one code addresses: the other's silence goes without saying.
    if (strength === null && group[side === "a" ? "b" : "a"].strength !== null) continue;
    if (stacked) {
      lines.push(`    ${name} ${strength === null ? style.dim(notAddressedMark(options)) : paintStrength(strength, style)}`);
      if (phrases[side].length > 0) lines.push(wrapPhrases(phrases[side], options.width, "      ", "      "));
      continue;
    }
    const padded = strength === null ? style.dim(notAddressedMark(options).padEnd(STRENGTH_WIDTH)) : paintStrength(strength, style) + " ".repeat(STRENGTH_WIDTH - strength.length);
    lines.push(wrapPhrases(phrases[side], options.width, " ".repeat(column), `    ${name}${" ".repeat(nameWidth - visibleLength(name))} ${padded} `).trimEnd());
  }
  return lines.join("\n");
}

/** Concepts where one side binds more strongly than the other. */
export function stricterRows(rows: readonly ConceptAlignment[], side: "a" | "b"): ConceptAlignment[] {
  return rows.filter((row) => stricterSide(row) === side);
}

/** Concepts both address, with one stance: the same strength. */
export function alikeRows(rows: readonly ConceptAlignment[]): ConceptAlignment[] {
  return rows.filter((row) => row.a.length > 0 && row.b.length > 0 && sameStance(row));
}

/**
 * Concepts both address as firmly, with different stances (one prohibits, the other requires;
 * one allows, the other describes), by the two strengths, in the order the rows first have them.
 * Listed under "Alike", Riverbend's "requires" beside Alaska's "prohibits" read as the same rule.
 */
export function otherStanceRows(rows: readonly ConceptAlignment[]): { a: Strength; b: Strength; rows: ConceptAlignment[] }[] {
  const byStances = new Map<string, { a: Strength; b: Strength; rows: ConceptAlignment[] }>();
  for (const row of rows) {
    const { a, b } = row.strength;
    if (a === null || b === null || sameStance(row) || stricterSide(row) !== null) continue;
    const key = `${a} ${b}`;
    const stances = byStances.get(key) ?? { a, b, rows: [] };
    stances.rows.push(row);
    byStances.set(key, stances);
  }
  return [...byStances.values()];
}

/** Concept names, topic by topic: "Gifts: Cultural meaning of gifts". */
export function renderNames(rows: readonly ConceptAlignment[], topics: readonly Topic[], options: RenderOptions, style: Style): string[] {
  const byTopic = new Map<string, string[]>();
  for (const row of rows) byTopic.set(row.topic, [...(byTopic.get(row.topic) ?? []), visible(row.name)]);
  return [...byTopic].map(([topic, names]) => {
    const title = visible(topics.find((candidate) => candidate.id === topic)?.name ?? topic);
    return wrapPhrases([...namePhrases([`${title}:`], options.width - 4, options).map((phrase) => paintWords(style.label, phrase)), ...namePhrases(names, options.width - 4, options)], options.width, "    ", "  ");
  });
}
