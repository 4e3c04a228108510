// `--strength` on show and search: only the standards that bind so, each carrying its strength
// in JSON. Loaded only when the option is given.
import { citedTitle } from "../core/codes/cited-title.js";
import { citeStandard } from "../core/codes/normalize.js";
import { ethicsFor } from "../core/command-start.js";
import { describeNumbers, type Target } from "../core/codes/target.js";
import { EthicsError, UsageError } from "../core/errors.js";
import type { SearchHit, SearchResult } from "../core/search/search.js";
import { strengthOfStandard, withStrength, type WithStrength } from "../core/study/strength.js";
import { allStandards, type Library, type Standard, type Strength } from "../model.js";

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
      throw new UsageError("--strength reads standards, and value statements are not rules", `show the code or a section: \`${ethicsFor(target.code)} show ${target.code.id} --strength prohibits\``);
  }
}

/**
 * The standards of the codes, sections, ranges or lists shown that bind with this strength, in
 * order; an error only when none of them has one ("show wi 12 nc 15 --strength prohibits" shows
 * Wisconsin 12, though North Carolina 15 prohibits nothing).
 */
export function showByStrength(targets: readonly Target[], strength: Strength): WithStrength<Standard>[] {
  const shown = targets.map(standardsOf);
  const kept = shown.flatMap(({ standards }) => standards.map(withStrength).filter((standard) => standard.strength === strength));
  if (kept.length === 0) throw new EthicsError(`no standard of ${shown.map(({ where }) => where).join("; ")} ${strength}`, "try another --strength: prohibits, requires, defers, aspires, describes");
  return kept;
}

function standardOf(library: Library, hit: SearchHit): Standard | undefined {
  return library.codes
    .find((code) => code.id === hit.code)
    ?.sections.find((section) => section.id === hit.section)
    ?.standards.find((standard) => standard.number === hit.number);
}

/** The hits of a search made without a limit that bind with this strength, the first `limit` of them. */
export function searchByStrength(library: Library, result: SearchResult, strength: Strength, limit: number): SearchResult {
  const hits: WithStrength<SearchHit>[] = [];
  for (const hit of result.hits) {
    const standard = standardOf(library, hit);
    if (!standard || strengthOfStandard(standard).strength !== strength) continue;
    hits.push({ ...hit, strength });
    if (hits.length === limit) break;
  }
  return { ...result, hits };
}

/** The strengths the standards a search hit bind with, each once, in the order of the hits. */
export function strengthsOfHits(library: Library, result: SearchResult): Strength[] {
  const strengths = result.hits.flatMap((hit) => {
    const standard = standardOf(library, hit);
    return standard ? [strengthOfStandard(standard).strength] : [];
  });
  return [...new Set(strengths)];
}
