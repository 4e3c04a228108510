import { Command } from "commander";
import { contextOf } from "../context.js";
import { chosenCodes, codeOption, codesAlias } from "../options.js";
import { runIsPlain } from "../plain-asked.js";
import { refuseLookalikeName } from "../../core/codes/lookalike-refusal.js";
import { ethicsForLibrary } from "../../core/command-start.js";
import { withCodesNamedAround } from "../theme-beside-codes.js";

export const topics = (): Command =>
  new Command("topics")
  .allowExcessArguments(true)
  .description("the crosswalk: which codes address which themes, with counts")
  .addOption(codeOption("only these codes' columns (repeatable, or comma-separated: alaska,medi-cal)"))
  .addOption(codesAlias())
  .option("--json", "print JSON: { topics: [{ id, name, counts: { <code>: n } }], inferred: [<code>] } (inferred: users' codes, whose topics come from synonyms)")
  // A function, read when help is asked for: with --plain a silent code's count is "none", not "—".
  .addHelpText(
    "after",
    () => `
Examples:
  $ ethics topics                    topics × codes; ${runIsPlain() ? "none if" : "— where"} a code is silent
  $ ethics topics --code mine,ak     your own code beside Alaska's
  $ ethics topics --plain            a topic a line: for a screen reader
  $ ethics topics --json`,
  )
  .action(async (options: { code?: string[]; codes?: string[] }, command: Command) => {
    const context = contextOf(command);
    // Words that join a value into a name (`--topic dual relationships`) are its; codes joined
    // after --code's value are said so, with them in its list; other words, as commander said.
    if (command.args.length > 0) (await import("../excess-arguments.js")).readArguments(command, await context.library());
    const loaded = await context.loaded();
    const { topicsMatrixOf } = await import("../topic-views.js");
    const { renderTopicsMatrix } = await import("../../render/topics.js");
    const whole = await topicsMatrixOf(loaded);
    // The columns asked for, in the library's order as every column is: the matrix of every
    // code is the one made and kept, and a few of its columns are read from it.
    const chosen = await chosenCodes(loaded.library, options.code, options.codes);
    const kept = chosen === undefined ? undefined : new Set(chosen.map((code) => code.id));
    const library = kept === undefined ? loaded.library : { ...loaded.library, codes: loaded.library.codes.filter((code) => kept.has(code.id)) };
    const matrix = kept === undefined ? whole : {
      topics: whole.topics.map((topic) => ({ ...topic, counts: Object.fromEntries(Object.entries(topic.counts).filter(([id]) => kept.has(id))) })),
      inferred: whole.inferred.filter((id) => kept.has(id)),
    };
    await context.print(matrix, (renderOptions) => renderTopicsMatrix(matrix, library, renderOptions));
  });

export const topic = (): Command =>
  new Command("topic")
  .description("what every code says on one theme or concept: citations, wording, and how strongly it binds")
  .argument("<topic...>", "a topic or concept, by id or name, any case: gifts, dual relationships, accepting-gifts")
  .addOption(codeOption("only these codes (repeatable, or comma-separated: alaska,medi-cal)"))
  .addOption(codesAlias())
  .option("--json", "print JSON: { id, name, description, kind, concepts: [{ id, name, description, codes: [{ code, strength, citations, readings: [{ strength, qualifiers }] }], related: [{ code, citations }] }], codes: [{ code, strength, standards: [{ code, section, sectionTitle, number, text, items, notes, editorial, citation, strength, qualifiers, concepts, inferred? }], inferred? }] } (each standard whole, as show --json gives it)")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics topic gifts                          all five codes, with strength
  $ ethics topic dual relationships --code nc,alaska
  $ ethics topic gifts in alaska                codes named beside it, as --code
  $ ethics topic confidentiality --json

Strength, read from each standard's wording: prohibits (shall not, never, will not), requires
(will, must, an imperative), defers (to agency policy), aspires (strive, encourage), allows (a
matter only an exception speaks of: except, unless, other than; or one granted: may accept),
describes.`,
  )
  .action(async (words: string[], options: { code?: string[]; codes?: string[] }, command: Command) => {
    const context = contextOf(command);
    const loaded = await context.loaded();
    const { library } = loaded;
    const { namesWhole, resolveTopicOrConcept } = await import("../../core/concepts/topics.js");
    const { topicViewOf } = await import("../topic-views.js");
    const { renderTopicReport } = await import("../../render/topics.js");
    const { oneOfSeveral, topicOrConceptPlace } = await import("../several-topics.js");
    const { answeredOnce } = await import("../../core/answered-once.js");
    // Each name looked up once: the words whole are read as typed, then as one name of several.
    const lookUp = answeredOnce((name: string) => resolveTopicOrConcept(library, name));
    const resolve = (name: string) =>
      oneOfSeveral(name, lookUp, {
        taker: "`ethics topic`",
        what: "topic or concept",
        askFor: (part) => `\`${ethicsForLibrary()} topic ${part}\``,
        placeOf: topicOrConceptPlace,
        namesWhole,
      });
    // `gifts --code north carolina`: the words that join a value into a name are its, not the
    // theme's; a name typed in part may take them all (name-took-every-word.ts).
    if (words.length > 1 || options.code !== undefined) {
      const naming = await import("../name-took-every-word.js");
      const typed = { code: options.code };
      (await import("../value-of-several-words.js")).readValuesOfSeveralWords(command, library, process.argv.slice(2), naming.namedInPart(library, { code: options.code }));
      if (command.args.length === 0) throw naming.nothingLeft(library, "topic", "<topic...>", "no topic or concept", "gifts", { code: options.code }, typed, await chosenCodes(library, options.code, options.codes));
    }
    const { found, named, name } = await withCodesNamedAround(library, command.args, resolve, lookUp);
    refuseLookalikeName(name, "topic or concept", found.kind === "topic" ? found.topic.id : found.concept.id);
    const chosen = await chosenCodes(library, options.code, options.codes);
    const codeIds = chosen === undefined && named.length === 0 ? undefined : [...new Set([...(chosen ?? []), ...named].map((code) => code.id))];
    const report = await topicViewOf(loaded, found.kind, found.kind === "topic" ? found.topic.id : found.concept.id, codeIds);
    await context.print(report, (renderOptions) => renderTopicReport(report, library, renderOptions));
  });
