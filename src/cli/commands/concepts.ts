import { Command } from "commander";
import { contextOf } from "../context.js";
import { writeOut } from "../output.js";

export const concepts = (): Command =>
  new Command("concepts")
  .description("the concept index: the matters the codes' rules govern, by topic")
  .argument("[topic...]", "only this topic's concepts (id or name)")
  .option("--json", "print JSON: { topics: [{ id, name, concepts: [{ id, name, topic, description, terms, questions, standards, related }] }] }")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics concepts                   every concept, by topic, with its codes
  $ ethics concepts gifts             the concepts under one topic
  $ ethics topic accepting-gifts      what each code says on one concept
  $ ethics concepts --json            with entry terms and questions`,
  )
  .action(async (words: string[], _options, command: Command) => {
    const context = contextOf(command);
    const loaded = await context.loaded();
    const { library } = loaded;
    const { resolveTopic } = await import("../../core/concepts/topics.js");
    const { renderConceptListing } = await import("../../render/concepts.js");
    const topic = words.length > 0 ? resolveTopic(library.topics, words.join(" "), () => library.concepts) : undefined;
    const views = await import("../topic-views.js");
    // --json is the listing whole; the text shows each concept's counts and codes (its summary).
    if (context.json) {
      // Written a piece at a time: at a thousand users' codes the listing is ~90 MB.
      const { renderListingJson } = await import("../../render/concept-listing-json.js");
      for (const piece of renderListingJson(await views.conceptListingOf(loaded, topic))) writeOut(piece);
    } else {
      const summary = await views.conceptSummaryOf(loaded, topic);
      await context.print(summary, (options) => renderConceptListing(summary, library, options));
    }
  });
