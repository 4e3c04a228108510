// Reads data/topics.yaml (format in the comment at its top) into Topic[]. Every reference must
// name a standard of a loaded code; each problem comes back located as file:line:col.
import { readFileSync, statSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { Code, StandardKey, Topic } from "../../model.js";
import { DataError, EthicsError, describeFsError, type FileProblem } from "../errors.js";
import { MAX_FILE_BYTES, formatPath } from "../codes/load.js";
import { looksLikeSelection, parseSelection, pickNumbers } from "../codes/ref.js";
import { didYouMean } from "../suggest.js";
import { positionOf } from "../codes/yaml-position.js";

export const TOPICS_FILE_NAME = "topics.yaml";

function expected(what: string, input: unknown): string {
  if (input === undefined) return `missing ${what}`;
  // YAML reads a bare true, no or 12 as a boolean or number, not as words
  if (typeof input === "boolean" || typeof input === "number") return `expected ${what} as text, got ${input}: quote it ("${input}")`;
  return `expected ${what}`;
}

const text = (what: string) =>
  z
    .string({ error: (issue) => expected(what, issue.input) })
    .refine((value) => value.trim().length > 0, { message: `expected ${what}, got an empty string` });

const reference = z.union([z.string(), z.number()], {
  error: "expected a standard: '<section id> <number>' (integrity 5), or a number in a code with one section",
});

const topicSchema = z.strictObject({
  id: z
    .string({ error: (issue) => expected("topic id", issue.input) })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "expected topic id: lowercase letters, digits and single hyphens" }),
  name: text("name"),
  description: text("description"),
  synonyms: z.array(text("synonym"), { error: "expected a list of synonyms" }).min(1, { message: "expected at least one synonym" }),
  standards: z.record(
    z.string(),
    z.array(reference, { error: "expected a list of standards, e.g. [integrity 5, integrity 6]" }).min(1, {
      message: "expected at least one standard; leave a silent code out",
    }),
    { error: "expected, per code id, a list of standards" },
  ),
});

const topicsFileSchema = z.strictObject({
  topics: z.array(topicSchema, { error: "expected a list of topics" }).min(1, { message: "expected at least one topic" }),
});

const FIELDS: Record<string, string[]> = {
  topics: Object.keys(topicSchema.shape),
  root: Object.keys(topicsFileSchema.shape),
};

export interface ParsedTopics {
  topics: Topic[] | null;
  problems: FileProblem[];
}

type Path = readonly (string | number)[];

type TopicEntry = z.infer<typeof topicSchema>;

/** One entry of a topic's list for one code → the standards it names, or why it names none. */
function resolveEntry(entry: string | number, code: Code): StandardKey[] | string {
  const written = String(entry).trim();
  let sectionId: string;
  let selection: string;
  if (looksLikeSelection(written)) {
    if (code.sections.length !== 1) {
      return `'${written}' names no section, and ${code.id} has ${code.sections.length}: write e.g. '${code.sections[0]!.id} ${written}'`;
    }
    sectionId = code.sections[0]!.id;
    selection = written;
  } else {
    const parts = written.match(/^(.*\S)\s+(\S+)$/);
    if (!parts || !looksLikeSelection(parts[2]!)) {
      return `expected '<section id> <number>' (e.g. '${code.sections[0]!.id} 1'), got '${written}'`;
    }
    sectionId = parts[1]!;
    selection = parts[2]!;
  }
  const section = code.sections.find((candidate) => candidate.id === sectionId);
  if (!section) {
    const suggestion = didYouMean(sectionId, code.sections.map((candidate) => candidate.id));
    return `${code.id} has no section '${sectionId}'${suggestion ? ` — ${suggestion}` : ""}`;
  }
  let numbers: number[];
  let missing: string[];
  try {
    ({ found: numbers, missing } = pickNumbers(parseSelection(selection), section.standards.map((standard) => standard.number)));
  } catch (error) {
    if (error instanceof EthicsError) return error.message;
    throw error;
  }
  const last = section.standards[section.standards.length - 1]!.number;
  if (missing.length > 0) {
    return `${code.id} ${section.id} has no standard ${missing.join(", ")} (its standards are 1–${last})`;
  }
  return numbers.map((number) => ({ code: code.id, section: section.id, number }));
}

function codeProblem(key: string, codes: readonly Code[]): string {
  const aliased = codes.find((code) => code.aliases.includes(key));
  if (aliased) return `'${key}' is an alias: write the code id '${aliased.id}'`;
  const suggestion = didYouMean(key, codes.map((code) => code.id));
  return `no code '${key}' is loaded${suggestion ? ` — ${suggestion}` : ""}`;
}

function checkTopics(entries: TopicEntry[], codes: readonly Code[], report: (path: Path, message: string, key?: string) => void): Topic[] {
  const seenIds = new Map<string, number>();
  const seenNames = new Map<string, number>();
  return entries.map((entry, index) => {
    const firstId = seenIds.get(entry.id);
    if (firstId !== undefined) report(["topics", index, "id"], `duplicate topic id '${entry.id}' (also topics[${firstId}])`);
    else seenIds.set(entry.id, index);
    const name = entry.name.trim().toLowerCase();
    const firstName = seenNames.get(name);
    if (firstName !== undefined) report(["topics", index, "name"], `duplicate topic name '${entry.name}' (also topics[${firstName}])`);
    else seenNames.set(name, index);

    const standards: StandardKey[] = [];
    const listed = new Set<string>();
    for (const [codeId, references] of Object.entries(entry.standards)) {
      const code = codes.find((candidate) => candidate.id === codeId);
      if (!code) {
        report(["topics", index, "standards"], codeProblem(codeId, codes), codeId);
        continue;
      }
      references.forEach((written, position) => {
        const path = ["topics", index, "standards", codeId, position];
        const resolved = resolveEntry(written, code);
        if (typeof resolved === "string") return report(path, resolved);
        for (const key of resolved) {
          const id = `${key.section} ${key.number}`;
          if (listed.has(`${key.code} ${id}`)) {
            report(path, `${code.id} ${id} is listed twice under '${entry.id}'`);
            continue;
          }
          listed.add(`${key.code} ${id}`);
          standards.push(key);
        }
      });
    }
    return {
      id: entry.id,
      name: entry.name.trim(),
      description: entry.description.trim(),
      synonyms: entry.synonyms.map((synonym) => synonym.trim()),
      standards,
    };
  });
}

/** Parse and check the text of a topics file against the loaded codes. */
export function parseTopicsText(source: string, file: string, codes: readonly Code[]): ParsedTopics {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      topics: null,
      problems: doc.errors.map((error) => ({
        file,
        ...(error.linePos?.[0] ?? { line: 1, col: 1 }),
        path: "",
        message: error.message.split("\n")[0]!,
      })),
    };
  }
  const problems: FileProblem[] = [];
  const report = (path: Path, message: string, key?: string) =>
    problems.push({ file, ...positionOf(doc, lines, path, key), path: formatPath(key === undefined ? path : [...path, key]), message });

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    report([], `cannot read: ${error instanceof Error ? error.message : String(error)}`);
    return { topics: null, problems };
  }
  const parsed = topicsFileSchema.safeParse(data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as (string | number)[];
      if (issue.code === "unrecognized_keys") {
        const fields = path.length === 0 ? FIELDS.root! : FIELDS.topics!;
        for (const key of issue.keys) {
          const suggestion = didYouMean(key, fields);
          report(path, `unknown field '${key}'${suggestion ? ` — ${suggestion}` : ""}`, key);
        }
      } else report(path, issue.message);
    }
    return { topics: null, problems };
  }
  const topics = checkTopics(parsed.data.topics, codes, report);
  return problems.length > 0 ? { topics: null, problems } : { topics, problems };
}

/** Read a topics file; throws DataError listing every problem in it. */
export function readTopicsFile(path: string, codes: readonly Code[], displayName = path): Topic[] {
  let source: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      throw new DataError([{ file: displayName, line: 0, col: 0, path: "", message: `file is ${(size / 1024 / 1024).toFixed(1)} MiB; a topics file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MiB` }]);
    }
    source = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError([{ file: displayName, line: 0, col: 0, path: "", message: describeFsError(error) }]);
  }
  const { topics, problems } = parseTopicsText(source, displayName, codes);
  if (!topics) throw new DataError(problems, "every reference must name a standard of a loaded code: '<section id> <number>', or a number in a code with one section");
  return topics;
}
