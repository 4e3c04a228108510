// The search evaluation: how many of the standards a practitioner means come back in the first
// ten hits, and whether the first hit is one of them. Shared by test/eval/eval.test.ts (which
// asserts the targets) and scripts/eval.ts (which prints the per-query table).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import { everydayEnglish, spokenEnglish } from "../../scripts/spoken-english.js";
import { parseReference } from "../../src/core/codes/ref.js";
import { buildSearchIndex, standardKey, type SearchIndex } from "../../src/core/search/inverted-index.js";
import { search } from "../../src/core/search/search.js";
import { resolveTarget } from "../../src/core/codes/target.js";
import type { Library } from "../../src/model.js";
import { EthicsError } from "../../src/core/errors.js";
import { readCodeDir } from "../../src/core/codes/load.js";
import { ordinal } from "../../src/core/ordinal.js";

export const CUTOFF = 10;
/**
 * The sets of fresh questions judged standard by standard, each by a helper who read only the
 * codes (test/eval/freshN-tuning.yaml and freshN-held-out.yaml): one a session from the
 * twenty-sixth to the forty-fifth, and the forty-eighth's and the sixty-first's to sixty-ninth's, named by its session, and a second set
 * the forty-fifth session's brief gave ("45b", written apart by another helper).
 */
export const STANDARD_JUDGED_SETS = ["26", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "45b", "48", "61", "62", "63", "64", "65", "66", "67", "68", "69"] as const;
/** Where a set of fresh questions came from, for report titles: "45th session, second set". */
export function setWrittenIn(set: string): string {
  const session = ordinal(Number.parseInt(set, 10));
  return /^\d+$/.test(set) ? `${session} session` : `${session} session, second set`;
}
export const TARGETS = { recall: 0.9, firstHit: 0.9 };

export interface EvalCase {
  query: string;
  /** `ethics show` references of the standards a practitioner means. */
  expect: string[];
  codes?: string[];
  section?: string;
}

export interface CaseResult {
  case: EvalCase;
  /** Citations of the first CUTOFF hits, best first. */
  hits: string[];
  /** Expected standards missing from the first CUTOFF hits, as given in the case. */
  missing: string[];
  recall: number;
  firstHitRight: boolean;
}

export interface EvalReport {
  results: CaseResult[];
  /** Mean over queries of found / min(expected, CUTOFF). */
  recall: number;
  /** Share of queries whose first hit is expected. */
  firstHit: number;
}

/** The built-in library, topics included, as the evaluation judges search on it. */
export function readBuiltinLibrary(root: string): Library {
  return readDataDirectory(join(root, "data"));
}

export function parseEvalCases(text: string): EvalCase[] {
  const data: unknown = parse(text);
  if (!Array.isArray(data)) throw new Error("the evaluation set must be a list of { query, expect }");
  return data.map((entry, position) => {
    const { query, expect, codes, section, ...rest } = entry as Record<string, unknown>;
    const where = `evaluation case ${position + 1}`;
    if (Object.keys(rest).length > 0) throw new Error(`${where}: unknown field ${Object.keys(rest).join(", ")}`);
    if (typeof query !== "string" || query.trim() === "") throw new Error(`${where}: missing query`);
    if (!Array.isArray(expect) || expect.length === 0 || !expect.every((key) => typeof key === "string")) {
      throw new Error(`${where} (${query}): expect must list at least one reference`);
    }
    const parsed: EvalCase = { query, expect: expect as string[] };
    if (codes !== undefined) parsed.codes = codes as string[];
    if (typeof section === "string") parsed.section = section;
    return parsed;
  });
}

export function readEvalCases(path: string): EvalCase[] {
  return parseEvalCases(readFileSync(path, "utf8"));
}

/** A query labelled with the concepts it is about (test/eval/fresh.yaml), the main one first; none: no concept fits. */
export interface ConceptCase {
  query: string;
  concepts: string[];
}

export function readConceptCases(path: string): ConceptCase[] {
  return readQueryLists(path, "concepts", { set: "the concept-labelled set", entry: "concept-labelled case", listed: "concept id, or none" })
    .map(({ query, list }) => ({ query, concepts: list }));
}

/**
 * A YAML list of { query, <field>: [strings] } (a set of labelled or ranked questions), each
 * entry checked, an error naming the entry and what it lacks.
 */
function readQueryLists(path: string, field: string, words: { set: string; entry: string; listed: string }): { query: string; list: string[] }[] {
  const data: unknown = parse(readFileSync(path, "utf8"));
  if (!Array.isArray(data)) throw new Error(`${words.set} must be a list of { query, ${field} }`);
  return data.map((entry, position) => {
    const { query, [field]: list, ...rest } = entry as Record<string, unknown>;
    const where = `${words.entry} ${position + 1}`;
    if (Object.keys(rest).length > 0) throw new Error(`${where}: unknown field ${Object.keys(rest).join(", ")}`);
    if (typeof query !== "string" || query.trim() === "") throw new Error(`${where}: missing query`);
    if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === "string")) {
      throw new Error(`${where} (${query}): ${field} must list at least one ${words.listed}`);
    }
    return { query, list: list as string[] };
  });
}

/**
 * Concept-labelled cases as evaluation cases: each expects the standards the concept index files
 * under its concepts. Cases labelled `none` are left out. Throws on an unknown concept id.
 */
export function casesOfConcepts(library: Library, cases: readonly ConceptCase[]): EvalCase[] {
  const byId = new Map(library.concepts.map((concept) => [concept.id, concept]));
  return cases
    .filter((labelled) => !labelled.concepts.includes("none"))
    .map((labelled) => {
      const references = new Set<string>();
      for (const id of labelled.concepts) {
        const concept = byId.get(id);
        if (!concept) throw new Error(`${labelled.query}: no concept '${id}'`);
        for (const key of concept.standards) references.add(`${key.code} ${key.section} ${key.number}`);
      }
      return { query: labelled.query, expect: [...references] };
    });
}

/** The key of the one standard a reference such as `medi-cal integrity 5` names. */
export function expectedKey(library: Library, reference: string): string {
  const target = resolveTarget(library, parseReference(reference.split(/\s+/)));
  if (target.kind !== "standards" || target.standards.length !== 1) {
    throw new Error(`'${reference}' must name exactly one standard`);
  }
  return standardKey(target.standards[0]!);
}

/** The index the build makes: with the everyday words typo correction leaves alone. */
export function builtIndex(library: Library): SearchIndex {
  return buildSearchIndex(library, { englishWords: spokenEnglish(), everydayWords: everydayEnglish() });
}

/** Words of English as the installed command reads them (dist/english-words.txt): a one-word code name that is one ("medical") names no code. */
let englishWords: Set<string> | undefined;
function isEnglishWord(word: string): boolean {
  englishWords ??= new Set(spokenEnglish(2));
  return englishWords.has(word);
}

export function evaluate(library: Library, cases: readonly EvalCase[], index: SearchIndex = builtIndex(library)): EvalReport {
  return report(
    cases.map((evalCase) => {
      const options = { limit: CUTOFF, isEnglishWord, ...(evalCase.codes && { codes: evalCase.codes }), ...(evalCase.section && { section: evalCase.section }) };
      const hits = search(index, library, evalCase.query, options).hits;
      return judged(library, evalCase, hits.map(standardKey), hits.map((hit) => hit.citation));
    }),
  );
}

/** How the first CUTOFF of `keys` (standard keys, best first; `citations` as shown) answer a case. */
function judged(library: Library, evalCase: EvalCase, keys: readonly string[], citations: readonly string[]): CaseResult {
  const expected = new Map(evalCase.expect.map((reference) => [expectedKey(library, reference), reference]));
  const found = new Set(keys.slice(0, CUTOFF).filter((key) => expected.has(key)));
  return {
    case: evalCase,
    hits: citations.slice(0, CUTOFF),
    missing: [...expected].filter(([key]) => !found.has(key)).map(([, reference]) => reference),
    recall: found.size / Math.min(expected.size, CUTOFF),
    firstHitRight: keys.length > 0 && expected.has(keys[0]!),
  };
}

function report(results: CaseResult[]): EvalReport {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  return {
    results,
    recall: mean(results.map((result) => result.recall)),
    firstHit: mean(results.map((result) => (result.firstHitRight ? 1 : 0))),
  };
}

/** A judge's reading of a question as a ranking: the standards to read, most relevant first (test/eval/freshN-second-judge.yaml). */
export interface RankedCase {
  query: string;
  ranked: string[];
}

export function readRankedCases(path: string): RankedCase[] {
  return readQueryLists(path, "ranked", { set: "a judge's rankings", entry: "ranking", listed: "reference" })
    .map(({ query, list }) => ({ query, ranked: list }));
}

/**
 * One judge's rankings scored against another's lists as search is scored (the first CUTOFF of
 * each ranking as its hits): how far two careful readers agree, the most any search can be
 * expected to reach. `truth` gives the cases judged; each needs a ranking of the same query.
 */
export function agreement(library: Library, truth: readonly EvalCase[], rankings: readonly RankedCase[]): EvalReport {
  const byQuery = new Map(rankings.map((ranking) => [ranking.query, ranking.ranked]));
  return report(
    truth.map((evalCase) => {
      const ranked = byQuery.get(evalCase.query);
      if (ranked === undefined) throw new Error(`no ranking of '${evalCase.query}'`);
      return judged(library, evalCase, ranked.map((reference) => expectedKey(library, reference)), ranked);
    }),
  );
}

/** The sessions whose questions a second judge read too (test/eval/freshN-second-judge.yaml). */
export const SECOND_JUDGED_SESSIONS = [41, 42] as const;

/** One half of a second-judged session: the two judges against each other, and the search against each. */
export interface JudgesCompared {
  session: number;
  half: "tuning" | "held-out";
  secondOnFirst: EvalReport;
  firstOnSecond: EvalReport;
  searchOnFirst: EvalReport;
  searchOnSecond: EvalReport;
}

export function judgesCompared(library: Library, index: SearchIndex, directory: string, session: number): JudgesCompared[] {
  const rankings = readRankedCases(join(directory, `fresh${session}-second-judge.yaml`));
  return (["tuning", "held-out"] as const).map((half) => {
    const first = readEvalCases(join(directory, `fresh${session}-${half}.yaml`));
    const queries = new Set(first.map((evalCase) => evalCase.query));
    const second = rankings.filter((ranking) => queries.has(ranking.query));
    return {
      session,
      half,
      secondOnFirst: agreement(library, first, second),
      firstOnSecond: agreement(library, rankedAsCases(second), first.map(({ query, expect }) => ({ query, ranked: expect }))),
      searchOnFirst: evaluate(library, first, index),
      searchOnSecond: evaluate(library, rankedAsCases(second), index),
    };
  });
}

/** The figures of several halves as one: every question of them alike. */
export function pooled(reports: readonly EvalReport[]): EvalReport {
  return report(reports.flatMap((each) => each.results));
}

export function formatAgreement(library: Library, index: SearchIndex, directory: string): string {
  const figures = (each: EvalReport) => `${each.recall.toFixed(4)} / ${each.firstHit.toFixed(4)}`;
  const lines = (title: string, halves: readonly Omit<JudgesCompared, "session" | "half">[]) => [
    title,
    `    second judge's first ten, judged by the first's lists  ${figures(pooled(halves.map((half) => half.secondOnFirst)))}`,
    `    first judge's first ten, judged by the second's lists  ${figures(pooled(halves.map((half) => half.firstOnSecond)))}`,
    `    search, judged by the first judge's lists              ${figures(pooled(halves.map((half) => half.searchOnFirst)))}`,
    `    search, judged by the second judge's lists             ${figures(pooled(halves.map((half) => half.searchOnSecond)))}`,
  ];
  const all = SECOND_JUDGED_SESSIONS.flatMap((session) => judgesCompared(library, index, directory, session));
  return [
    `two judges of the same questions (test/eval/freshN-second-judge.yaml): recall@${CUTOFF} / first hit`,
    ...all.flatMap((half) => lines(`  ${ordinal(half.session)} session, ${half.half} half`, [half])),
    ...(SECOND_JUDGED_SESSIONS.length > 1 ? lines(`  all ${all.reduce((sum, half) => sum + half.searchOnFirst.results.length, 0)} questions`, all) : []),
  ].join("\n");
}

/** Evaluation cases whose expected standards are a judge's rankings: the search scored against that judge. */
export function rankedAsCases(rankings: readonly RankedCase[]): EvalCase[] {
  return rankings.map(({ query, ranked }) => ({ query, expect: ranked }));
}

/** A list of questions (test/eval/off-topic-*.yaml). */
export function readQuestions(path: string): string[] {
  const data: unknown = parse(readFileSync(path, "utf8"));
  if (!Array.isArray(data) || !data.every((entry) => typeof entry === "string" && entry.trim() !== "")) throw new Error(`${path}: must be a list of questions`);
  return data as string[];
}

export interface UnansweredReport {
  /** The questions search gives no answer: no hit, or only loosely related ones. */
  unanswered: number;
  total: number;
  /** The others, with their first answer. */
  answered: { query: string; first: string }[];
}

/** How many of `questions`, which no code answers, search rightly gives no answer. */
export function unanswered(library: Library, questions: readonly string[], index: SearchIndex = builtIndex(library)): UnansweredReport {
  const answered: { query: string; first: string }[] = [];
  for (const query of questions) {
    let answers: string[] = [];
    try {
      answers = search(index, library, query, { limit: CUTOFF, isEnglishWord }).hits.filter((hit) => !hit.loose).map((hit) => hit.citation);
    } catch (error) {
      if (!(error instanceof EthicsError)) throw error;
    }
    if (answers.length > 0) answered.push({ query, first: answers[0]! });
  }
  return { unanswered: questions.length - answered.length, total: questions.length, answered };
}

/**
 * Ways people frame a question without changing what it asks: the tuning file's queries asked so
 * should find what they find bare. The first two wrap the question in the words that name the
 * collection (src/core/search/collection-words.ts); the second to the fourth open it with who
 * asks (src/core/search/asker.ts).
 */
export const FRAMES: readonly { name: string; frame: (query: string) => string }[] = [
  { name: "is it ethical: …", frame: (query) => `is it ethical: ${query}` },
  { name: "as a peer specialist, …", frame: (query) => `as a peer specialist, ${query}` },
  { name: "as a CPSS, …", frame: (query) => `as a CPSS, ${query}` },
  { name: "I'm a CPSS. …", frame: (query) => `I'm a CPSS. ${query}` },
  { name: "what does my code say about …?", frame: (query) => `what does my code say about ${query}?` },
  { name: "I have a question. … What should I do?", frame: (query) => `I have a question. ${query}. What should I do?` },
  { name: "…, is that unethical?", frame: (query) => `${query}, is that unethical?` },
  { name: "… . Is this an ethics violation?", frame: (query) => `${query}. Is this an ethics violation?` },
  // Closings that name a common word of their own (review32b): a rule that weighs a question's
  // words above its story's must not let them take the story over.
  { name: "… . What are my options?", frame: (query) => `${query}. What are my options?` },
  { name: "… . Any advice?", frame: (query) => `${query}. Any advice?` },
];

export function framedCases(cases: readonly EvalCase[], frame: (query: string) => string): EvalCase[] {
  return cases.map((evalCase) => ({ ...evalCase, query: frame(evalCase.query) }));
}

export function meetsTargets(report: EvalReport): boolean {
  return report.recall >= TARGETS.recall && report.firstHit >= TARGETS.firstHit;
}

export function formatSummary(report: EvalReport, title: string): string {
  return [
    title,
    `  queries:           ${report.results.length}`,
    `  recall@${CUTOFF}:         ${report.recall.toFixed(4)}  (target ≥ ${TARGETS.recall})`,
    `  first hit right:   ${report.firstHit.toFixed(4)}  (target ≥ ${TARGETS.firstHit})`,
  ].join("\n");
}

export function formatReport(report: EvalReport, title: string): string {
  const lines = report.results.map((result) => {
    const scope = [result.case.codes && `--code ${result.case.codes.join(" ")}`, result.case.section && `--section ${result.case.section}`]
      .filter(Boolean)
      .join(" ");
    const head = `${result.firstHitRight ? "✓" : "✗"} ${result.recall.toFixed(2)}  ${result.case.query}${scope ? `  (${scope})` : ""}`;
    const notes = [];
    if (!result.firstHitRight) notes.push(`    first hit: ${result.hits[0] ?? "(none)"}`);
    if (result.missing.length > 0) notes.push(`    missing:   ${result.missing.join("; ")}`);
    return [head, ...notes].join("\n");
  });
  return [...lines, "", formatSummary(report, title)].join("\n");
}

/**
 * The library with the curated concept index silent on `code`: its concepts are inferred from
 * the other codes, as a user's code's are. Codes of its lineage (the one it derives from, those
 * derived from it) are left out, since a near copy would lend it its own tags: what is measured
 * is a code written apart.
 */
export function writtenApart(library: Library, code: string): Library {
  const lineage = (other: Library["codes"][number]) => other.id !== code && (other.source.derivedFrom === code || library.codes.some((each) => each.id === code && each.source.derivedFrom === other.id));
  const keep = <Key extends { code: string }>(keys: readonly Key[]) => keys.filter((key) => key.code !== code);
  return {
    codes: library.codes.filter((other) => !lineage(other)),
    topics: library.topics.map((topic) => ({ ...topic, standards: keep(topic.standards) })),
    concepts: library.concepts.map((concept) => ({ ...concept, standards: keep(concept.standards), ...(concept.related ? { related: keep(concept.related) } : {}) })),
    // A user's code has no questions of its own (data/questions/ is for the built-in codes).
    ...(library.asked && { asked: new Map([...library.asked].filter(([key]) => !key.startsWith(`${code}\u0000`))) }),
  };
}

export interface ApartResult {
  code: string;
  /** Searched within the code, on the library without its lineage, curated as it is. */
  curated: EvalReport;
  /** The same, its concepts inferred (writtenApart). */
  inferred: EvalReport;
}

/** The cases of `cases` (unscoped) that expect standards of `code`, as searches within it for them. */
function casesWithin(cases: readonly EvalCase[], code: string): EvalCase[] {
  return cases
    .filter((evalCase) => evalCase.codes === undefined && evalCase.section === undefined)
    .map((evalCase) => ({ query: evalCase.query, expect: evalCase.expect.filter((reference) => reference.split(/\s+/)[0] === code), codes: [code] }))
    .filter((evalCase) => evalCase.expect.length > 0);
}

/**
 * Search on a code written apart from the others, the way a user's own code is searched: each
 * case of `cases` (unscoped) that expects standards of a code becomes a search within that code
 * for them, judged with the code curated and with its concepts inferred.
 */
export function evaluateWrittenApart(library: Library, cases: readonly EvalCase[]): ApartResult[] {
  return library.codes.map(({ id }) => {
    const within = casesWithin(cases, id);
    const apart = writtenApart(library, id);
    const curated = { ...library, codes: apart.codes };
    return { code: id, curated: evaluate(curated, within), inferred: evaluate(apart, within) };
  });
}

/**
 * Only the inferred half of evaluateWrittenApart, the same figures: what the suite holds to a
 * floor. The curated half (five more indexes built and searched) only explains a failure.
 */
export function evaluateInferredApart(library: Library, cases: readonly EvalCase[]): Omit<ApartResult, "curated">[] {
  return library.codes.map(({ id }) => ({ code: id, inferred: evaluate(writtenApart(library, id), casesWithin(cases, id)) }));
}

export function formatApart(results: readonly ApartResult[], title: string): string {
  const figures = (report: EvalReport) => `${report.recall.toFixed(4)} / ${report.firstHit.toFixed(4)}`;
  return [
    title,
    "  code             queries  curated: recall@10 / first hit   inferred",
    ...results.map(({ code, curated, inferred }) => `  ${code.padEnd(16)} ${String(curated.results.length).padStart(7)}  ${figures(curated).padEnd(29)} ${figures(inferred)}`),
  ].join("\n");
}

/**
 * The built-in library with the codes of `directory` added as a user's codes are: their concepts
 * inferred, never curated. The codes written for the evaluation (test/fixtures/apart62/, apart63/,
 * apart67/, apart68/ and apart69/, two a set) are searched so, each question within its own code.
 */
export function withUsersCodes(library: Library, directory: string): Library {
  return { ...library, codes: [...library.codes, ...readCodeDir(directory, "user")] };
}

/** The questions on codes written for the evaluation, in halves (test/eval/apartNN-*.yaml); their codes in test/fixtures/apartNN/. */
export const USERS_CODES_SETS = [
  { set: "apart62", codes: "test/fixtures/apart62" },
  { set: "apart63", codes: "test/fixtures/apart63" },
  { set: "apart67", codes: "test/fixtures/apart67" },
  { set: "apart68", codes: "test/fixtures/apart68" },
  { set: "apart69", codes: "test/fixtures/apart69" },
] as const;
