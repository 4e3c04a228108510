// `npm run suggest-related`: rules the concept index might list as "see also" (Concept.related),
// suggested by the questions judged standard by standard that search may be tuned on (the tuning
// file and the tuning halves of the sessions' fresh questions; never a held-out half). A rule is
// suggested for a concept when, of the questions that name the concept, at least MIN_QUESTIONS
// and at least MIN_SHARE of them were judged to need the rule, though the concept neither files
// nor relates it. A suggestion is no entry: a reader keeps it only where the rule's words apply
// to the matter (data/concepts/README.md, "Related, not tagged").
//
// `--cross-validate` measures the method rather than the list: each half in turn is left out,
// rules are suggested from the others and related as if listed, and the half left out is
// searched with them; it prints each half before and after. `--kept FILE` (lines of concept id,
// reference, "keep" or "drop", tab-separated) limits the suggestions to those a reader kept.
// A list leaves out the suggestions docs/related-verdicts.tsv says were read already (`--all`
// prints them too). Run from the repository root.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtIndex, evaluate, expectedKey, readBuiltinLibrary, readEvalCases, STANDARD_JUDGED_SETS, type EvalCase } from "../test/eval/evaluate.js";
import { planQuery } from "../src/core/search/query.js";
import { documentCount, standardKey, type SearchIndex } from "../src/core/search/inverted-index.js";
import { layoutOf, standardAt } from "../src/core/search/scope.js";
import { documentsOf, packDocuments, relatedOf } from "../src/core/search/concept-documents.js";
import type { Library } from "../src/model.js";

/** A rule needed by fewer questions than this is chance. */
const MIN_QUESTIONS = 3;
/**
 * Nor by a smaller share of the questions naming the concept. Left out file by file on the eight
 * tuning files (thirty-third session), 2-4 questions and shares of 0.15-0.4 raised the mean
 * recall@10 (0.7182 -> 0.7228-0.7357); 3 and 0.15 gave 0.7351, every file up. Chosen on the
 * same cross-validation, so that figure is optimistic; at 4 and 0.4 one file fell (fresh33
 * 0.6774 -> 0.6762, a review found).
 */
const MIN_SHARE = 0.15;

const TUNING_FILES = ["tuning", ...STANDARD_JUDGED_SETS.map((set) => `fresh${set}-tuning`)];

interface Judged {
  /** The concepts the question names (not topics, not words matched apart only). */
  named: string[];
  /** The documents of the standards it was judged to need. */
  needed: Set<number>;
}

const root = process.cwd();
const library = readBuiltinLibrary(root);
const index = builtIndex(library);
const layout = layoutOf(index);
const documentOf = new Map<string, number>();
for (let document = 0; document < documentCount(index); document++) documentOf.set(standardKey(standardAt(index, library, layout, document)), document);

function documentOrThrow(key: string): number {
  const document = documentOf.get(key);
  if (document === undefined) throw new Error(`no document for the standard ${key.replaceAll("\u0000", " ")}`);
  return document;
}

function judged(cases: readonly EvalCase[]): Judged[] {
  return cases.map((evalCase) => ({
    named: planQuery(index, evalCase.query).matches.filter((match) => match.concept.kind === "concept" && match.covers !== 0).map((match) => match.concept.id),
    needed: new Set(evalCase.expect.map((reference) => documentOrThrow(expectedKey(library, reference)))),
  }));
}

/** Per concept id, the documents suggested, in increasing order. */
function suggest(questions: readonly Judged[], allowed?: ReadonlySet<string>): Map<string, number[]> {
  const byId = new Map(index.concepts.map((concept) => [concept.id, concept]));
  const naming = new Map<string, number>();
  const needing = new Map<string, number>();
  for (const { named, needed } of questions) {
    for (const id of named) {
      naming.set(id, (naming.get(id) ?? 0) + 1);
      const concept = byId.get(id)!;
      const listed = new Set([...documentsOf(concept), ...relatedOf(concept)]);
      for (const document of needed) if (!listed.has(document)) needing.set(`${id} ${document}`, (needing.get(`${id} ${document}`) ?? 0) + 1);
    }
  }
  const suggested = new Map<string, number[]>();
  for (const [pair, count] of needing) {
    const [id, document] = pair.split(" ") as [string, string];
    if (count < MIN_QUESTIONS || count / naming.get(id)! < MIN_SHARE || (allowed && !allowed.has(pair))) continue;
    (suggested.get(id) ?? suggested.set(id, []).get(id)!).push(Number(document));
  }
  for (const documents of suggested.values()) documents.sort((a, b) => a - b);
  return suggested;
}

/** `index` with the suggested rules related to their concepts, as if the concept files listed them. */
function withRelated(suggested: Map<string, number[]>): SearchIndex {
  const concepts = index.concepts.map((concept) => {
    const more = suggested.get(concept.id);
    return more ? { ...concept, related: packDocuments([...new Set([...relatedOf(concept), ...more])].sort((a, b) => a - b)) } : concept;
  });
  return { ...index, concepts };
}

/** A standard as `ethics show` takes it: the section left out of a code with one. */
function reference(library: Library, document: number): string {
  const standard = standardAt(index, library, layout, document);
  const code = library.codes.find((each) => each.id === standard.code)!;
  return code.sections.length > 1 ? `${standard.code} ${standard.section} ${standard.number}` : `${standard.code} ${standard.number}`;
}

/** The pairs (`concept-id document`) a verdicts file judges, those of `verdict` only if given. */
function judgedPairs(path: string, verdict?: "keep"): Set<string> {
  const documentByReference = new Map<string, number>();
  for (const document of documentOf.values()) documentByReference.set(reference(library, document), document);
  const judged = new Set<string>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const [id, cited, said] = line.split("\t").map((field) => field.trim());
    if (verdict !== undefined && said !== verdict) continue;
    const document = documentByReference.get(cited!);
    if (document === undefined) throw new Error(`${path}: no standard '${cited}'`);
    judged.add(`${id} ${document}`);
  }
  return judged;
}

const keptAt = process.argv.indexOf("--kept");
const allowed = keptAt > 0 ? judgedPairs(process.argv[keptAt + 1]!, "keep") : undefined;
const files = TUNING_FILES.map((file) => ({ file, cases: readEvalCases(join(root, "test/eval", `${file}.yaml`)) }));
const questions = files.map(({ cases }) => judged(cases));

if (process.argv.includes("--cross-validate")) {
  const sums = { before: 0, after: 0, firstBefore: 0, firstAfter: 0 };
  files.forEach(({ file, cases }, left) => {
    const before = evaluate(library, cases, index);
    const after = evaluate(library, cases, withRelated(suggest(questions.filter((_, at) => at !== left).flat(), allowed)));
    sums.before += before.recall;
    sums.after += after.recall;
    sums.firstBefore += before.firstHit;
    sums.firstAfter += after.firstHit;
    console.log(`${file.padEnd(16)} ${before.recall.toFixed(4)} / ${before.firstHit.toFixed(4)} -> ${after.recall.toFixed(4)} / ${after.firstHit.toFixed(4)}`);
  });
  const mean = (sum: number) => (sum / files.length).toFixed(4);
  console.log(`${"mean".padEnd(16)} ${mean(sums.before)} / ${mean(sums.firstBefore)} -> ${mean(sums.after)} / ${mean(sums.firstAfter)}`);
} else {
  const read = process.argv.includes("--all") ? new Set<string>() : judgedPairs(join(root, "docs/related-verdicts.tsv"));
  let left = 0;
  for (const [id, documents] of [...suggest(questions.flat(), allowed)].sort(([a], [b]) => a.localeCompare(b))) {
    for (const document of documents) {
      if (read.has(`${id} ${document}`)) left++;
      else console.log(`${id}\t${reference(library, document)}`);
    }
  }
  if (left > 0) console.error(`${left} suggestions read already (docs/related-verdicts.tsv) left out; --all lists them too.`);
}
