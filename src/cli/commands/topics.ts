import { Command } from "commander";
import { contextOf } from "../context.js";
import { chosenCodes, codeOption, codesAlias } from "../options.js";
import { refuseLookalikeName } from "../../core/codes/lookalike-refusal.js";
import { ethicsForLibrary } from "../../core/command-start.js";

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
    const loaded = await context.loaded();
    const { topicsMatrixOf } = await import("../topic-views.js");
    const { renderTopicsMatrix } = await import("../../render/topics.js");
    const matrix = await topicsMatrixOf(loaded);
    await context.print(matrix, (options) => renderTopicsMatrix(matrix, loaded.library, options));
  });

export const topic = (): Command =>
  new Command("topic")
  .description("what every code says on one theme or concept: citations, wording, and how strongly it binds")
  .argument("<topic...>", "a topic or concept, by id or name, any case: gifts, dual relationships, accepting-gifts")
  .addOption(codeOption("only these codes (repeatable, or comma-separated: alaska,medi-cal)"))
  .addOption(codesAlias())
  .option("--json", "print JSON: { id, name, description, kind, concepts: [{ id, name, description, codes: [{ code, strength, citations }], related: [{ code, citations }] }], codes: [{ code, strength, standards: [Ref & { citation, strength, qualifiers, concepts }], inferred? }] }")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics topic gifts                          all five codes, with strength
  $ ethics topic dual relationships --code nc,alaska
  $ ethics topic confidentiality --json

Strength, read from each standard's wording: prohibits (shall not, never, will not), requires
(will, must, an imperative), defers (to agency policy), aspires (strive, encourage), describes.`,
  )
  .action(async (words: string[], options: { code?: string[]; codes?: string[] }, command: Command) => {
    const context = contextOf(command);
    const loaded = await context.loaded();
    const { library } = loaded;
    const { resolveTopicOrConcept } = await import("../../core/concepts/topics.js");
    const { topicViewOf } = await import("../topic-views.js");
    const { renderTopicReport } = await import("../../render/topics.js");
    const { oneOfSeveral, topicOrConceptPlace } = await import("../several-topics.js");
    const found = oneOfSeveral(words.join(" "), (name) => resolveTopicOrConcept(library, name), {
      taker: "`ethics topic`",
      what: "topic or concept",
      askFor: (part) => `\`${ethicsForLibrary()} topic ${part}\``,
      placeOf: topicOrConceptPlace,
    });
    refuseLookalikeName(words.join(" "), "topic or concept", found.kind === "topic" ? found.topic.id : found.concept.id);
    const codeIds = chosenCodes(library, options.code, options.codes)?.map((code) => code.id);
    const { report, bodies } = await topicViewOf(loaded, found.kind, found.kind === "topic" ? found.topic.id : found.concept.id, codeIds);
    await context.print(report, (renderOptions) => renderTopicReport(report, library, renderOptions, bodies));
  });
