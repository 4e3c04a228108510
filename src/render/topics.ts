// The topics crosswalk: the matrix of topics × codes, and one topic across the codes.
import Table from "cli-table3";
import { findStandard, type Library, type Strength } from "../model.js";
import type { TopicReport, TopicsMatrix } from "../core/concepts/topics.js";
import { renderStandardBody } from "./standard-body.js";
import { COMPACT } from "./tables.js";
import { styleFor, type RenderOptions, type Style } from "./style.js";
import { renderConceptRows } from "./concept-rows.js";
import { visible, wrap } from "./terminal-text.js";

const NOT_ADDRESSED = "not addressed";

function paintStrength(strength: Strength | null, style: Style): string {
  if (strength === null) return style.dim(NOT_ADDRESSED);
  if (strength === "prohibits") return style.removed(strength);
  if (strength === "requires") return style.added(strength);
  if (strength === "defers") return style.warn(strength);
  return style.dim(strength);
}

export function renderTopicsMatrix(matrix: TopicsMatrix, library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const codes = library.codes.map((code) => code.id);
  const table = new Table({
    head: ["topic", ...codes.map((id) => visible(id) + (matrix.inferred.includes(id) ? "*" : ""))].map((name) => style.heading(name)),
    style: { head: [], border: [] },
    chars: COMPACT,
  });
  for (const topic of matrix.topics) {
    table.push([
      visible(topic.id),
      ...codes.map((id) => {
        const count = topic.counts[id] ?? 0;
        return { content: count === 0 ? style.dim("—") : String(count), hAlign: "right" as const };
      }),
    ]);
  }
  const notes = [style.dim("Standards per code on each topic; — where the code does not address it. `ethics topic <id>` shows them.")];
  if (matrix.inferred.length > 0) notes.push(style.dim("* user code: topics inferred (from the curated codes and the concepts' terms), not curated."));
  return [table.toString(), ...notes].join("\n");
}

export function renderTopicReport(report: TopicReport, library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const blocks = [[style.heading(visible(report.name)), wrap(style.dim(visible(report.description)), options.width)].join("\n")];
  if (report.concepts.length > 0) blocks.push([style.heading(report.kind === "topic" ? "By concept" : "By code"), renderConceptRows(report, library, options)].join("\n"));
  for (const entry of report.codes) {
    const code = library.codes.find((candidate) => candidate.id === entry.code)!;
    const inferred = entry.inferred ? " " + style.dim("(inferred, not curated)") : "";
    const lines = [`${style.citation(visible(code.shortName))} — ${paintStrength(entry.strength, style)}${inferred}`];
    for (const standard of entry.standards) {
      const qualifiers = standard.qualifiers.length > 0 ? " " + style.dim(`(${standard.qualifiers.map(visible).join("; ")})`) : "";
      lines.push(`  ${style.label(visible(standard.citation))} · ${paintStrength(standard.strength, style)}${qualifiers}`);
      const body = findStandard(library, standard) ?? { text: standard.text, items: [], notes: [], editorial: [] };
      lines.push(renderStandardBody(body, options, style, { indent: "    " }));
    }
    blocks.push(lines.join("\n"));
  }
  return blocks.join("\n\n");
}
