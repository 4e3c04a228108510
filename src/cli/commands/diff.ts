import { Command } from "commander";
import type { DiffStatus } from "../../core/compare/diff.js";
import { contextOf } from "../context.js";

const STATUSES: readonly DiffStatus[] = ["same", "changed", "added", "removed"];

export const diff = (): Command =>
  new Command("diff")
  .description("compare two codes: what changed word by word, what only one has, topic coverage")
  .argument("<a>", "the code to compare from (id or alias)")
  .argument("<b>", "the code to compare to")
  .option("--section <section>", "only this section of A (and its counterpart in B)")
  .option("--only <statuses>", `list only these, comma-separated: ${STATUSES.join(", ")} (added = only in B, removed = only in A)`)
  .option("--json", "print JSON: { a, b, summary, pairs, onlyA, onlyB, merges, splits, renamedSections, topics }")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics diff california medi-cal                   Working Well Together → Medi-Cal, word by word
  $ ethics diff wwt medi-cal --only added,changed     just what is new or reworded
  $ ethics diff wwt medi-cal --section integrity      one section
  $ ethics diff alaska medi-cal                       two different codes: pairs and topic coverage

Standards pair by TF-IDF cosine similarity of their word stems (≥ 0.25), best pairs first, one
to one. Without colour the redline is git's word diff: [-removed-]{+added+}.`,
  )
  .action(async (aName: string, bName: string, options: { section?: string; only?: string }, command: Command) => {
    const context = contextOf(command);
    const library = await context.library();
    // jsdiff loads only for diff.
    const { diffCodes, parseOnly } = await import("../../core/compare/diff.js");
    const { renderDiff } = await import("../../render/diff.js");
    const result = diffCodes(library, aName, bName, {
      ...(options.section !== undefined ? { section: options.section } : {}),
      ...(options.only !== undefined ? { only: parseOnly(options.only) } : {}),
    });
    await context.print(result, (renderOptions) => renderDiff(result, library, renderOptions));
  });
