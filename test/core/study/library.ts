// The libraries the study tests run on: the real codes and topics, with no concept index (as on a
// branch without the curated one) or with the small fixture of test/fixtures/study-concepts.
import { join } from "node:path";
import { expect } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { standardKeyOf } from "../../../src/core/codes/standard-text.js";
import { withConceptStandards } from "../../../src/core/concepts/link.js";
import { readConceptDir } from "../../../src/core/concepts/load-concepts.js";
import { readTopicsFile } from "../../../src/core/concepts/load-topics.js";
import { conceptsOfCode } from "../../../src/core/concepts/standard-concepts.js";
import { useKnownConcepts } from "../../../src/core/concepts/topics.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { clozeOf, clozeVocabulary, type ClozeVocabulary } from "../../../src/core/study/cloze.js";
import { seededRandom } from "../../../src/core/study/rng.js";
import { allStandards, type Code, type Library, type Standard } from "../../../src/model.js";

export const root = join(import.meta.dirname, "../../..");
const codes = readCodeDir(join(root, "data"), "builtin");
const topics = readTopicsFile(join(root, "data/topics.yaml"), codes, "data/topics.yaml");
const concepts = readConceptDir(join(root, "test/fixtures/study-concepts"), topics, codes);

/** The built-in codes and topics (their standards from the curated index), as if there were no concept index. */
const curated = readDataDirectory(join(root, "data"), "data");
/** The built-in library as the command reads it: codes, topics and the curated concept index. */
export const builtinLibrary: Library = curated;
export const plainLibrary: Library = { codes, topics: curated.topics, concepts: [] };
/** The same, with the fixture's concepts (their standards joined to their topics, as the build does). */
export const conceptLibrary: Library = { codes, topics: withConceptStandards(topics, concepts), concepts };

export function standardAt(library: Library, code: string, section: string | null, number: number): Standard {
  const found = library.codes
    .find((candidate) => candidate.id === code)
    ?.sections.find((candidate) => section === null || candidate.id === section)
    ?.standards.find((standard) => standard.number === number);
  if (!found) throw new Error(`no standard ${code} ${section ?? ""} ${number}`);
  return found;
}

/**
 * conceptLibrary with a user's code (a copy of Alaska's under the id "ak-copy") whose concepts
 * are known, as the search index gives them.
 */
export function withKnownCopy(): { copy: Code; library: Library } {
  const alaska = conceptLibrary.codes.find((code) => code.id === "alaska")!;
  const copy: Code = {
    ...alaska,
    id: "ak-copy",
    aliases: [],
    shortName: "AK copy",
    origin: "user",
    sections: alaska.sections.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, code: "ak-copy" })) })),
  };
  const library: Library = { ...conceptLibrary, codes: [...conceptLibrary.codes, copy] };
  const inferred = conceptsOfCode(library, copy);
  useKnownConcepts(library, new Map([["ak-copy", allStandards(copy).map((standard) => inferred.get(standardKeyOf(standard))?.ids ?? [])]]));
  return { copy, library };
}

/**
 * The wrong choices of every cloze blank on `word` of the standard of `codes` whose text has
 * `phrase`, over seeds 1 to `seeds`: what a blank is offered, whichever seed asks it.
 */
export function clozeChoicesFor(codes: readonly Code[], vocabulary: ClozeVocabulary, phrase: string, word: string, seeds = 120): string[] {
  const standard = codes.flatMap(allStandards).find((candidate) => candidate.text.includes(phrase));
  if (!standard) throw new Error(`no standard says “${phrase}”`);
  const code = codes.find((candidate) => candidate.id === standard.code)!;
  const found = new Set<string>();
  for (let seed = 1; seed <= seeds; seed++) {
    const cloze = clozeOf(standard, code, vocabulary, seededRandom(seed));
    if (cloze?.answer === word) for (const distractor of cloze.distractors) found.add(distractor);
  }
  return [...found];
}

/**
 * A user's code "agency" of one section whose standards have these texts, in order: the words an
 * agency writes that the built-in codes write too few of for a blank to be asked.
 */
export function agencyCode(section: { id: string; title: string }, texts: readonly string[]): Code {
  const standards: Standard[] = texts.map((text, at) => ({
    code: "agency",
    section: section.id,
    sectionTitle: section.title,
    number: at + 1,
    text,
    items: [],
    notes: [],
    editorial: [],
    citation: `Agency · ${section.title} ${at + 1}`,
  }));
  return { ...plainLibrary.codes[0]!, id: "agency", aliases: [], shortName: "Agency", origin: "user", sections: [{ id: section.id, title: section.title, intro: null, editorial: {}, standards }] };
}

/** The built-in codes alone and with an agency's code: each's codes and cloze vocabulary, to ask the same blank of both. */
export function builtinAndWith(agency: Code): { codesOf: Record<"builtin" | "withAgency", Code[]>; vocabularies: Record<"builtin" | "withAgency", ClozeVocabulary> } {
  const codesOf = { builtin: [...plainLibrary.codes], withAgency: [...plainLibrary.codes, agency] };
  return { codesOf, vocabularies: { builtin: clozeVocabulary(codesOf.builtin.flatMap(allStandards)), withAgency: clozeVocabulary(codesOf.withAgency.flatMap(allStandards)) } };
}

/**
 * Expects the wrong choices `offered` a blank to be asked (two or more) or not as `asked` says,
 * each one that `fits` its frame, and none of `never`.
 */
export function expectOffered(offered: readonly string[], asked: boolean, fits: (word: string) => boolean, never: readonly string[]): void {
  expect(offered.length >= 2, offered.join(", ")).toBe(asked);
  for (const distractor of offered) expect(fits(distractor), distractor).toBe(true);
  for (const wrong of never) expect(offered).not.toContain(wrong);
}
