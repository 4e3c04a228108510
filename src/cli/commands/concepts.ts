import { Command } from "commander";
import type { CompactTopic } from "../../core/concepts/listing.js";
import { contextOf } from "../context.js";
import { writeOut } from "../output.js";

/** `{ topics: [...] }` as --json prints it, written a concept at a time. */
async function writeListingJson(topics: AsyncIterable<CompactTopic>): Promise<void> {
  const { listingJsonOpen, listingJsonClose, topicListingJson } = await import("../../render/concept-listing-json.js");
  let written = 0;
  for await (const topic of topics) {
    if (written++ === 0) writeOut(listingJsonOpen(true));
    for (const piece of topicListingJson(topic, written === 1)) writeOut(piece);
  }
  writeOut(written === 0 ? listingJsonOpen(false) + listingJsonClose(false) : listingJsonClose(true));
}

export const concepts = (): Command =>
  new Command("concepts")
  .description("the concept index: the matters the codes' rules govern, by topic")
  .argument("[topic...]", "only this topic's concepts (id or name)")
  .option("--json", "print JSON: { topics: [{ id, name, concepts: [{ id, name, topic, description, terms, questions, standards, related }] }] }")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics concepts                   every concept, by topic, with the codes that govern it
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
    const topic = words.length > 0 ? resolveTopic(library.topics, words.join(" ")) : undefined;
    const views = await import("../topic-views.js");
    // --json is the listing whole; the text shows each concept's counts and codes (its summary).
    if (context.json) await writeListingJson(views.conceptListingByTopic(loaded, topic));
    else {
      const summary = await views.conceptSummaryOf(loaded, topic);
      await context.print(summary, (options) => renderConceptListing(summary, library, options));
    }
  });
