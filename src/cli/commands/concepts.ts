import { Command } from "commander";
import { contextOf } from "../context.js";
import { writeOut } from "../output.js";
import { refuseLookalikeName } from "../../core/codes/lookalike-refusal.js";
import { ethicsForLibrary } from "../../core/command-start.js";

export const concepts = (): Command =>
  new Command("concepts")
  .description("the concept index: the matters the codes' rules govern, by topic")
  .argument("[topic...]", "only this topic's concepts, or one concept whole (id, name or entry term)")
  .option("--json", "print JSON: { topics: [{ id, name, concepts: [{ id, name, topic, description, terms, questions, standards, related }] }] }")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics concepts                   every concept, by topic, with its codes
  $ ethics concepts gifts             the concepts under one topic
  $ ethics concepts hug               one concept: its entry terms and questions
  $ ethics topic accepting-gifts      what each code says on one concept
  $ ethics concepts --json            with entry terms and questions`,
  )
  .action(async (words: string[], _options, command: Command) => {
    const context = contextOf(command);
    const loaded = await context.loaded();
    const { library } = loaded;
    const { namesWhole, resolveTopicOrConcept } = await import("../../core/concepts/topics.js");
    // A concept's id, name or entry term names that one concept ("hug"), as `ethics topic` takes it.
    const { oneOfSeveral, topicOrConceptPlace } = await import("../several-topics.js");
    const found =
      words.length > 0
        ? oneOfSeveral(words.join(" "), (name) => resolveTopicOrConcept(library, name), {
            taker: "`ethics concepts`",
            what: "topic or concept",
            askFor: (part) => `\`${ethicsForLibrary()} concepts ${part}\``,
            placeOf: topicOrConceptPlace,
            namesWhole,
          })
        : undefined;
    if (found) refuseLookalikeName(words.join(" "), "topic or concept", found.kind === "topic" ? found.topic.id : found.concept.id);
    const concept = found?.kind === "concept" ? found.concept : undefined;
    const topic = found?.kind === "topic" ? found.topic : concept && library.topics.find((each) => each.id === concept.topic);
    const only = <T extends { topics: { concepts: { id: string }[] }[] }>(listing: T): T =>
      concept ? { ...listing, topics: listing.topics.map((each) => ({ ...each, concepts: each.concepts.filter((entry) => entry.id === concept.id) })) } : listing;
    const views = await import("../topic-views.js");
    // --json is the listing whole; the text shows each concept's counts and codes (its summary).
    if (context.json) {
      // Written a piece at a time: at a thousand users' codes the listing is ~90 MB.
      const { renderListingJson } = await import("../../render/concept-listing-json.js");
      for (const piece of renderListingJson(only(await views.conceptListingOf(loaded, topic)))) writeOut(piece);
    } else if (concept && topic) {
      const summary = only(await views.conceptSummaryOf(loaded, topic));
      const { renderConceptCard } = await import("../../render/concept-card.js");
      await context.print(summary, (options) => renderConceptCard(concept, topic, summary.topics[0]!.concepts[0]!, library, options));
    } else {
      const { renderConceptListing } = await import("../../render/concepts.js");
      const summary = await views.conceptSummaryOf(loaded, topic);
      await context.print(summary, (options) => renderConceptListing(summary, library, options));
    }
  });
