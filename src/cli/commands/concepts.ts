import { Command } from "commander";
import type { ConceptListing } from "../../core/concepts/listing.js";
import { escapeJson } from "../../render/terminal-text.js";
import { contextOf } from "../context.js";
import { writeOut } from "../output.js";

const JSON_OPEN = '{\n  "topics": [\n';
const JSON_CLOSE = "\n  ]\n}";

/**
 * `{ topics: [...] }` as --json prints it, written a topic at a time: each stringified inside a
 * wrapper of its own, so that it is indented as in the whole, the wrapper's lines cut off.
 */
async function writeListingJson(topics: AsyncIterable<ConceptListing["topics"][number]>): Promise<void> {
  let written = 0;
  for await (const topic of topics) {
    const whole = escapeJson(JSON.stringify({ topics: [topic] }, null, 2));
    writeOut((written++ === 0 ? JSON_OPEN : ",\n") + whole.slice(JSON_OPEN.length, whole.length - JSON_CLOSE.length));
  }
  writeOut(written === 0 ? escapeJson(JSON.stringify({ topics: [] }, null, 2)) + "\n" : JSON_CLOSE + "\n");
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
    if (context.json && topic) await context.print(await views.conceptListingOf(loaded, topic), () => "");
    else if (context.json) await writeListingJson(views.conceptListingByTopic(loaded));
    else {
      const summary = await views.conceptSummaryOf(loaded, topic);
      await context.print(summary, (options) => renderConceptListing(summary, library, options));
    }
  });
