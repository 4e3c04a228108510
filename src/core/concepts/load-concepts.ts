// Reads the concept index, data/concepts/<topic id>.yaml: per topic, the fine-grained matters its
// rules govern, each with its entry terms, the questions it answers, the standards of the
// built-in codes on it and the general rules that bear on it (format in
// data/concepts/README.md). Every problem comes back located as file:line:col, all files'
// problems together.
import { join } from "node:path";
import { z } from "zod";
import type { Code, Concept, Topic } from "../../model.js";
import { DataError, type FileProblem } from "../errors.js";
import { didYouMean } from "../suggest.js";
import { standardKeyOf } from "../codes/standard-text.js";
import { parseIndexText, readIndexText, resolveStandardLists, slug, standardLists, text, yamlFilesIn, type Report } from "./index-file.js";

export const CONCEPTS_DIRECTORY = "concepts";
/** Enough ways of saying a matter that a practitioner's own words are likely among them. */
export const MIN_TERMS = 5;

const conceptSchema = z.strictObject({
  id: slug("concept id"),
  name: text("name"),
  description: text("description"),
  terms: z.array(text("entry term"), { error: "expected a list of entry terms" }).min(MIN_TERMS, {
    message: `expected at least ${MIN_TERMS} entry terms: the words, phrases, slang and abbreviations people use for it`,
  }),
  questions: z.array(text("question"), { error: "expected a list of questions" }).min(1, {
    message: "expected at least one plain-language question the concept answers",
  }),
  standards: standardLists,
  /** General rules that bear on the matter without naming it: search ranks them below `standards`. */
  related: standardLists.optional(),
  /**
   * A matter that is the worker's conduct toward someone (said to the asker, it is another's), or
   * a colleague's conduct (a colleague doing what another concept governs names it).
   */
  actor: z.enum(["worker", "colleague"], { error: "expected actor: worker, actor: colleague, or no actor" }).optional(),
});

const conceptFileSchema = z.strictObject({
  topic: slug("topic id"),
  concepts: z.array(conceptSchema, { error: "expected a list of concepts" }).min(1, { message: "expected at least one concept" }),
});

type ConceptFile = z.infer<typeof conceptFileSchema>;

export interface ParsedConcepts {
  concepts: Concept[] | null;
  problems: FileProblem[];
}

function fieldsAt(path: readonly (string | number)[]): string[] {
  return Object.keys((path.length === 0 ? conceptFileSchema : conceptSchema).shape);
}

function checkFile(data: ConceptFile, fileTopic: string, topics: readonly Topic[], codes: readonly Code[], report: Report): Concept[] {
  if (data.topic !== fileTopic) report(["topic"], `the file is named ${fileTopic}.yaml but files its concepts under '${data.topic}': name it ${data.topic}.yaml`);
  if (!topics.some((topic) => topic.id === data.topic)) {
    const suggestion = didYouMean(data.topic, topics.map((topic) => topic.id));
    report(["topic"], `no topic '${data.topic}' in topics.yaml${suggestion ? ` — ${suggestion}` : ""}`);
  }
  return data.concepts.map((entry, index) => {
    const seen = new Map<string, number>();
    entry.terms.forEach((term, position) => {
      const key = term.trim().toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) report(["concepts", index, "terms", position], `'${term}' is already terms[${first}]`);
      else seen.set(key, position);
    });
    const standards = resolveStandardLists(entry.standards, codes, ["concepts", index, "standards"], report, entry.id);
    const related = entry.related === undefined ? [] : resolveStandardLists(entry.related, codes, ["concepts", index, "related"], report, entry.id);
    const governing = new Set(standards.map(standardKeyOf));
    for (const key of related) {
      if (!governing.has(standardKeyOf(key))) continue;
      report(["concepts", index, "related", key.code], `${key.code} ${key.section} ${key.number} is in both standards and related of '${entry.id}': a rule that governs the matter is not also 'related' to it; keep it in one`);
    }
    return {
      id: entry.id,
      name: entry.name.trim(),
      topic: data.topic,
      description: entry.description.trim(),
      terms: entry.terms.map((term) => term.trim()),
      questions: entry.questions.map((question) => question.trim()),
      standards,
      ...(related.length > 0 ? { related } : {}),
      ...(entry.actor === undefined ? {} : { actor: entry.actor }),
    };
  });
}

/** Parse and check the text of one concept file; `fileTopic` is its name without .yaml. */
export function parseConceptText(source: string, file: string, fileTopic: string, topics: readonly Topic[], codes: readonly Code[]): ParsedConcepts {
  const { data, problems, report } = parseIndexText(source, file, conceptFileSchema, fieldsAt);
  if (!data) return { concepts: null, problems };
  const concepts = checkFile(data, fileTopic, topics, codes, report);
  return problems.length > 0 ? { concepts: null, problems } : { concepts, problems };
}

/**
 * Every concept file of a directory, in topic order (then file order); throws DataError listing
 * every problem of every file, ids used twice across files included.
 */
export function readConceptDir(dir: string, topics: readonly Topic[], codes: readonly Code[], displayDir = dir): Concept[] {
  const names = yamlFilesIn(dir, displayDir);
  const problems: FileProblem[] = [];
  const byTopic = new Map<string, Concept[]>();
  const owners = new Map<string, string>();
  for (const name of names) {
    const file = join(displayDir, name);
    const parsed = parseConceptText(readIndexText(join(dir, name), file), file, name.replace(/\.ya?ml$/, ""), topics, codes);
    problems.push(...parsed.problems);
    for (const [index, concept] of (parsed.concepts ?? []).entries()) {
      const owner = owners.get(concept.id);
      if (owner !== undefined) {
        problems.push({ file, line: 0, col: 0, path: `concepts[${index}].id`, message: `concept id '${concept.id}' is also used in ${owner}` });
        continue;
      }
      owners.set(concept.id, file);
      byTopic.set(concept.topic, [...(byTopic.get(concept.topic) ?? []), concept]);
    }
  }
  if (problems.length > 0) throw new DataError(problems, "data/concepts/README.md describes the format");
  return topics.flatMap((topic) => byTopic.get(topic.id) ?? []);
}
