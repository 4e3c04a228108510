// Two codes compared: a summary first, then renamed sections, merges and splits, the redline of
// each changed standard, what only one code has, and the topics each addresses.
import type { CodeDiff, DiffPair } from "../core/compare/diff.js";
import { formatRedline, type WordChange } from "../core/compare/redline.js";
import { findStandard, type Library, type Ref } from "../model.js";
import { plural } from "./plural.js";
import { paintWords, renderStandardBody, type StandardBody } from "./standard-body.js";
import { styleFor, type RenderOptions, type Style } from "./style.js";
import { visible, wrap } from "./terminal-text.js";

/** The whole standard a reference names: its items and notes are part of what it says. */
function bodyOf(library: Library, ref: Ref): StandardBody {
  return findStandard(library, ref) ?? { text: ref.text, items: [], notes: [], editorial: [] };
}

/** Coloured on a TTY; git's [-removed-]{+added+} (core/compare/redline.ts) without colour. */
function redline(changes: readonly WordChange[], style: Style, color: boolean): string {
  if (!color) return visible(formatRedline(changes));
  return changes
    .map((change) => {
      const text = visible(change.text);
      if (change.type === "same") return text;
      return paintWords(change.type === "removed" ? style.removed : style.added, text);
    })
    .join("");
}

function cite(library: Library, ref: Ref): string {
  return findStandard(library, ref)?.citation ?? `${ref.code} ${ref.sectionTitle} ${ref.number}`;
}

/**
 * Below this, two standards say a thing in their own words (codes written apart): a word diff
 * would be all brackets, so both wordings are shown instead.
 */
const REDLINE_SIMILARITY = 0.5;

/** "Integrity 5" where both codes file it alike, else both citations. */
function pairLabel(pair: DiffPair, library: Library): string {
  const alike = pair.a.sectionTitle === pair.b.sectionTitle && pair.a.number === pair.b.number;
  return alike ? `${pair.a.sectionTitle} ${pair.a.number}` : `${cite(library, pair.a)} → ${cite(library, pair.b)}`;
}

function renderPair(pair: DiffPair, library: Library, options: RenderOptions, style: Style): string {
  const heading = `${style.label(visible(pairLabel(pair, library)))} ${style.dim(`(similarity ${pair.similarity.toFixed(2)})`)}`;
  if (pair.status === "same") return "  " + heading;
  if (pair.similarity < REDLINE_SIMILARITY) {
    return [
      "  " + heading,
      renderStandardBody(bodyOf(library, pair.a), options, style, { indent: "       ", firstIndent: `    ${style.removed("A:")} ` }),
      renderStandardBody(bodyOf(library, pair.b), options, style, { indent: "       ", firstIndent: `    ${style.added("B:")} ` }),
    ].join("\n");
  }
  return ["  " + heading, wrap(redline(pair.changes, style, options.color), options.width, "    ", "    ")].join("\n");
}

function renderOnly(refs: readonly Ref[], library: Library, options: RenderOptions, style: Style): string[] {
  return refs.map((ref) => ["  " + style.label(visible(cite(library, ref))), renderStandardBody(bodyOf(library, ref), options, style, { indent: "    " })].join("\n"));
}

export function renderDiff(diff: CodeDiff, library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const a = visible(diff.a.shortName);
  const b = visible(diff.b.shortName);
  const { summary } = diff;
  const counts = [
    plural(summary.same, "same", "same"),
    plural(summary.changed, "changed", "changed"),
    `${summary.added} only in ${b}`,
    `${summary.removed} only in ${a}`,
    ...(summary.merges ? [plural(summary.merges, "merge")] : []),
    ...(summary.splits ? [plural(summary.splits, "split")] : []),
    ...(summary.renamedSections ? [plural(summary.renamedSections, "renamed section")] : []),
  ];
  const scope = diff.a.sections ? ` ${style.dim(`(${diff.a.sections.map((section) => visible(section.title)).join(", ")})`)}` : "";
  const blocks = [
    [`${style.heading(`${a} → ${b}`)}${scope}`, `  ${diff.a.standards} standards → ${diff.b.standards} standards: ${counts.join(" · ")}`].join("\n"),
  ];
  if (diff.renamedSections.length > 0) {
    blocks.push([style.heading("Renamed sections"), ...diff.renamedSections.map((rename) => `  ${visible(rename.a.title)} → ${visible(rename.b.title)}`)].join("\n"));
  }
  if (diff.merges.length > 0) {
    blocks.push(
      [style.heading(`Merged in ${b}`), ...diff.merges.map((merge) => `  ${merge.a.map((ref) => visible(cite(library, ref))).join(" + ")} → ${visible(cite(library, merge.b))}`)].join("\n"),
    );
  }
  if (diff.splits.length > 0) {
    blocks.push(
      [style.heading(`Split in ${b}`), ...diff.splits.map((split) => `  ${visible(cite(library, split.a))} → ${split.b.map((ref) => visible(cite(library, ref))).join(" + ")}`)].join("\n"),
    );
  }
  const changed = diff.pairs.filter((pair) => pair.status === "changed");
  const same = diff.pairs.filter((pair) => pair.status === "same");
  if (changed.length > 0) blocks.push([style.heading("Changed"), ...changed.map((pair) => renderPair(pair, library, options, style))].join("\n\n"));
  if (diff.onlyB.length > 0) blocks.push([style.heading(`Only in ${b}`), ...renderOnly(diff.onlyB, library, options, style)].join("\n\n"));
  if (diff.onlyA.length > 0) blocks.push([style.heading(`Only in ${a}`), ...renderOnly(diff.onlyA, library, options, style)].join("\n\n"));
  if (same.length > 0) blocks.push([style.heading("Same"), ...same.map((pair) => renderPair(pair, library, options, style))].join("\n"));
  const topicNames = (topics: readonly { id: string }[]) => (topics.length > 0 ? topics.map((topic) => visible(topic.id)).join(", ") : style.dim("none"));
  blocks.push(
    [
      style.heading("Topics"),
      wrap(`both: ${topicNames(diff.topics.both)}`, options.width, "    ", "  "),
      wrap(`only ${a}: ${topicNames(diff.topics.onlyA)}`, options.width, "    ", "  "),
      wrap(`only ${b}: ${topicNames(diff.topics.onlyB)}`, options.width, "    ", "  "),
    ].join("\n"),
  );
  return blocks.join("\n\n");
}
