import { Command } from "commander";
import { resolveCode } from "../../core/codes/resolve.js";
import { contextOf } from "../context.js";

export const topics = (): Command =>
  new Command("topics")
  .description("the crosswalk: which codes address which themes, with counts")
  .option("--json", "print JSON: { topics: [{ id, name, counts: { <code>: n } }], inferred: [<code>] } (inferred: users' codes, whose topics come from synonyms)")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics topics                    topics × codes; — where a code is silent
  $ ethics topics --json`,
  )
  .action(async (_options, command: Command) => {
    const context = contextOf(command);
    const library = await context.library();
    const { topicsMatrix } = await import("../../core/concepts/topics.js");
    const { renderTopicsMatrix } = await import("../../render/topics.js");
    const matrix = topicsMatrix(library);
    await context.print(matrix, (options) => renderTopicsMatrix(matrix, library, options));
  });

export const topic = (): Command =>
  new Command("topic")
  .description("what every code says on one theme: citations, wording, and how strongly it binds")
  .argument("<topic...>", "a topic id or name, any case, singular or plural: gifts, dual relationships, social-media")
  .option("--codes <ids>", "only these codes, comma-separated: alaska,medi-cal")
  .option("--json", "print JSON: { id, name, description, codes: [{ code, strength, standards: [Ref & { citation, strength, qualifiers }], inferred? }] }")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics topic gifts                          all five codes on gifts, with strength
  $ ethics topic dual relationships --codes nc,alaska
  $ ethics topic confidentiality --json

Strength, read from each standard's wording: prohibits (shall not, never, will not), requires
(will, must, an imperative), defers (to agency policy), aspires (strive, encourage), describes.`,
  )
  .action(async (words: string[], options: { codes?: string }, command: Command) => {
    const context = contextOf(command);
    const library = await context.library();
    const { resolveTopic, topicReport } = await import("../../core/concepts/topics.js");
    const { renderTopicReport } = await import("../../render/topics.js");
    const found = resolveTopic(library.topics, words.join(" "));
    const codeIds = options.codes
      ?.split(",")
      .filter((name) => name.trim() !== "")
      .map((name) => resolveCode(library, name).id);
    const report = topicReport(library, found, codeIds);
    await context.print(report, (renderOptions) => renderTopicReport(report, library, renderOptions));
  });
