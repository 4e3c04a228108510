// Reads data/topics.yaml (format in the comment at its top) into Topic[]: the themes, in the
// order `ethics topics` lists them. A theme's standards are those of its concepts
// (data/concepts/); a theme may also list standards of its own. Every problem comes back
// located as file:line:col.
import { z } from "zod";
import type { Code, Topic } from "../../model.js";
import { DataError, type FileProblem } from "../errors.js";
import { parseIndexText, readIndexText, resolveStandardLists, slug, standardLists, text, type Report } from "./index-file.js";

export const TOPICS_FILE_NAME = "topics.yaml";

const topicSchema = z.strictObject({
  id: slug("topic id"),
  name: text("name"),
  description: text("description"),
  synonyms: z.array(text("synonym"), { error: "expected a list of synonyms" }).min(1, { message: "expected at least one synonym" }),
  standards: standardLists.optional(),
  whose: z.literal("worker", { error: "expected whose: worker, or no whose" }).optional(),
});

const topicsFileSchema = z.strictObject({
  topics: z.array(topicSchema, { error: "expected a list of topics" }).min(1, { message: "expected at least one topic" }),
});

type TopicEntry = z.infer<typeof topicSchema>;

export interface ParsedTopics {
  topics: Topic[] | null;
  problems: FileProblem[];
}

function checkTopics(entries: TopicEntry[], codes: readonly Code[], report: Report): Topic[] {
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
    return {
      id: entry.id,
      name: entry.name.trim(),
      description: entry.description.trim(),
      synonyms: entry.synonyms.map((synonym) => synonym.trim()),
      standards: resolveStandardLists(entry.standards ?? {}, codes, ["topics", index, "standards"], report, entry.id),
      ...(entry.whose === undefined ? {} : { whose: entry.whose }),
    };
  });
}

/** Parse and check the text of a topics file against the loaded codes. */
export function parseTopicsText(source: string, file: string, codes: readonly Code[]): ParsedTopics {
  const fieldsAt = (path: readonly (string | number)[]) => Object.keys((path.length === 0 ? topicsFileSchema : topicSchema).shape);
  const { data, problems, report } = parseIndexText(source, file, topicsFileSchema, fieldsAt);
  if (!data) return { topics: null, problems };
  const topics = checkTopics(data.topics, codes, report);
  return problems.length > 0 ? { topics: null, problems } : { topics, problems };
}

/** Read a topics file; throws DataError listing every problem in it. */
export function readTopicsFile(path: string, codes: readonly Code[], displayName = path): Topic[] {
  const { topics, problems } = parseTopicsText(readIndexText(path, displayName), displayName, codes);
  if (!topics) throw new DataError(problems, "every reference must name a standard of a loaded code: '<section id> <number>', or a number in a code with one section");
  return topics;
}
