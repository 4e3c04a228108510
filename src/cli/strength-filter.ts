// `--strength` on show and search: only the standards that bind so, each carrying its strength
// and what narrows it (its qualifiers) in JSON, the qualifiers under it in text. Loaded only
// when the option is given.
import { citedTitle } from "../core/codes/cited-title.js";
import { citeStandard } from "../core/codes/normalize.js";
import { ethicsFor } from "../core/command-start.js";
import type { Target } from "../core/codes/target/kinds.js";
import { describeNumbers } from "../core/codes/target/numbers.js";
import { EthicsError, UsageError } from "../core/errors.js";
import type { SearchHit, SearchResult } from "../core/search/search.js";
import { strengthAlone, strengthOfStandard, withReading, type WithReading } from "../core/study/strength.js";
import { allStandards, WORDING_STRENGTHS, type Library, type Standard, type Strength } from "../model.js";
import { either } from "../core/word-list.js";
import { commandAsTyped } from "./typed-command.js";

function standardsOf(target: Target): { standards: Standard[]; where: string } {
  switch (target.kind) {
    case "code":
      return { standards: allStandards(target.code), where: target.code.shortName };
    case "section":
      return { standards: target.section.standards, where: `${target.code.shortName} · ${citedTitle(target.code, target.section)}` };
    case "standards":
      // "Wisconsin 1–15", not fifteen citations.
      return {
        standards: target.standards,
        where: citeStandard(target.code.shortName, citedTitle(target.code, target.section), describeNumbers(target.standards.map((standard) => standard.number)), target.code.sections.length === 1),
      };
    case "values":
    case "preamble":
    case "definitions": {
      const what = target.kind === "values" ? "value statements are" : target.kind === "preamble" ? "a preamble is" : "definitions are";
      throw new UsageError(`--strength reads standards, and ${what} not rules`, `show the code or a section: \`${ethicsFor(target.code)} show ${target.code.id} --strength prohibits\``);
    }
  }
}

/**
 * Where the standards shown are, as one list a message's verb follows: "North Carolina or
 * Wisconsin" (joined by ";" it read "North Carolina; Wisconsin aspires"), apart by semicolons
 * where one holds a comma of its own ("Integrity 5, 7").
 */
function placesShown(wheres: readonly string[]): string {
  if (!wheres.some((where) => where.includes(","))) return either(wheres);
  return `${wheres.slice(0, -1).join("; ")}; or ${wheres.at(-1)!}`;
}

/** `typed` (the words after the script) as a command, its --strength's value `strength`. */
function commandWithStrength(typed: readonly string[], strength: Strength): string {
  const words = typed.map((word, at) => {
    if (word.startsWith("--strength=")) return `--strength=${strength}`;
    return at > 0 && typed[at - 1] === "--strength" ? strength : word;
  });
  return `\`${commandAsTyped(words)}\``;
}

/**
 * The standards of the codes, sections, ranges or lists shown that bind with this strength, in
 * order; an error only when none of them has one ("show wi 12 nc 15 --strength prohibits" shows
 * Wisconsin 12, though North Carolina 15 prohibits nothing), whose hint names the strengths
 * they do bind with: it named every strength, the one just tried among them. `typed`: the
 * words after the script, given back with the strength changed.
 */
export function showByStrength(targets: readonly Target[], strength: Strength, typed: readonly string[]): WithReading<Standard>[] {
  const shown = targets.map(standardsOf);
  const read = shown.flatMap(({ standards }) => standards.map(withReading));
  const kept = read.filter((standard) => standard.strength === strength);
  if (kept.length > 0) return kept;
  const present = new Set(read.map((standard) => standard.strength));
  const others = WORDING_STRENGTHS.filter((each) => each !== strength && present.has(each));
  const command = others.length === 0 ? undefined : commandWithStrength(typed, others[0]!);
  const they = read.length === 1 ? "it binds" : "they bind";
  const hint = others.length > 1 ? `${they} otherwise: --strength ${either(others)}, e.g. ${command}` : command && `${they} otherwise: ${command}`;
  throw new EthicsError(`no standard of ${placesShown(shown.map(({ where }) => where))} ${strength}`, hint);
}

function standardOf(library: Library, hit: SearchHit): Standard | undefined {
  return library.codes
    .find((code) => code.id === hit.code)
    ?.sections.find((section) => section.id === hit.section)
    ?.standards.find((standard) => standard.number === hit.number);
}

/**
 * The hits of a search made without a limit that bind with this strength, the first `limit` of
 * them, and how many answers (not loose hits) that bind so are past it (`more`).
 */
export function searchByStrength(library: Library, result: SearchResult, strength: Strength, limit: number): SearchResult {
  const hits: WithReading<SearchHit>[] = [];
  let more = 0;
  for (const hit of result.hits) {
    const standard = standardOf(library, hit);
    if (standard === undefined) continue;
    // Past the limit, answers are only counted: their strength without the qualifiers' work.
    if (hits.length === limit) {
      if (!hit.loose && strengthAlone(standard) === strength) more++;
      continue;
    }
    const reading = strengthOfStandard(standard);
    if (reading.strength === strength) hits.push({ ...hit, strength, qualifiers: reading.qualifiers });
  }
  return more > 0 ? { ...result, hits, more } : { ...result, hits };
}

/** The strengths the standards a search hit bind with, each once, in the order of the hits. */
export function strengthsOfHits(library: Library, result: SearchResult): Strength[] {
  const strengths = result.hits.flatMap((hit) => {
    const standard = standardOf(library, hit);
    return standard ? [strengthOfStandard(standard).strength] : [];
  });
  return [...new Set(strengths)];
}
