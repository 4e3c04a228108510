// `ethics export --format csv|md --topic gifts`: the standards on one theme, for a spreadsheet a
// trainer filters or a handout in Markdown. Each standard goes out whole (its items and notes),
// under its code and section as in a whole export; what is not on the theme (other standards,
// preambles, values, definitions, attestations) is left out, and Markdown says so at the top.
// A theme's standards are few: rendered here, on this thread.
import { withLineageFollowed } from "../core/codes/lineage-check.js";
import { refuseLookalikeName } from "../core/codes/lookalike-refusal.js";
import * as topics from "../core/concepts/topics.js";
import { ethicsForLibrary } from "../core/command-start.js";
import { scopeOutline, standardsInScope } from "../core/study/scope.js";
import type { Code, Library, Topic } from "../model.js";
import { streamHead, streamCode, streamTail, titlesOf } from "../render/export.js";
import type { LoadedLibrary } from "./library.js";
import { oneTopicOption } from "./several-topics.js";

export type TopicTableFormat = "csv" | "md";

/** A code cut down to its standards on `topic`, in its own order and numbering; null where it has none. */
export function codeOnTopic(library: Library, code: Code, topic: Topic): Code | null {
  const kept = new Set(standardsInScope(library, code, topic));
  if (kept.size === 0) return null;
  const sections = code.sections.map((section) => ({ ...section, standards: section.standards.filter((standard) => kept.has(standard)) })).filter((section) => section.standards.length > 0);
  return { ...code, preamble: [], values: [], definitions: [], attestation: null, signature: [], references: [], sections };
}

/** What a Markdown export on a theme says first: that it holds part of each code. */
function markdownOpening(topic: Topic): string {
  return `*The standards on ${topic.name} (\`${ethicsForLibrary()} topic ${topic.id}\`), each whole; the rest of each code is left out.*\n\n`;
}

export async function writeTopicTable(
  format: TopicTableFormat,
  library: Library,
  codes: readonly Code[],
  topicName: string,
  write: (text: string) => void,
  loaded: LoadedLibrary | null,
): Promise<void> {
  const topic = oneTopicOption(topicName, (name) => topics.resolveTopic(library.topics, name, () => library.concepts), topics.topicNamesWhole);
  refuseLookalikeName(topicName, "topic", topic.id);
  // Users' codes' concepts come from the search index, as the study exports' do.
  if (loaded) await (await import("./topic-views.js")).useIndexConcepts(loaded, topics);
  const scope = scopeOutline(library, codes, topic);
  const cut = scope.codes.map((code) => codeOnTopic(library, code, topic)).filter((code): code is Code => code !== null);
  const told = format === "md" ? withLineageFollowed(cut, library.codes) : cut;
  const titles = titlesOf(library.codes);
  let text = (format === "md" ? markdownOpening(topic) : "") + streamHead(format, told);
  told.forEach((code, at) => {
    text += streamCode(format, code, at, titles) ?? "";
  });
  write(text + streamTail(format, told.length));
}
