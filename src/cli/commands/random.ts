import { Command, Option } from "commander";
import { knownConceptOf, withKnownTags } from "../../core/concepts/known-tags.js";
import { UsageError } from "../../core/errors.js";
import { MAX_SEED } from "../../core/study/rng.js";
import { contextOf } from "../context.js";
import { allCodesOption, CODE_BY_DEFAULT, codesChosen } from "../default-codes.js";
import { chosenCodes, codeOption } from "../options.js";
import { countParser, wholeNumber } from "../study-options.js";
import { refuseLookalikeName } from "../../core/codes/lookalike-refusal.js";
import { ethicsWordsFor } from "../../core/command-start.js";

/**
 * What --today refuses beside it, and why: the day chooses the standard. `ethics today --seed 3`
 * is named back (command-words.ts) as `ethics random --today`, without the --seed.
 */
export const TODAY_REFUSES = { options: ["--seed"], why: "--today and --seed both choose the standard" } as const;

interface RandomOptions {
  code?: string[];
  allCodes?: boolean;
  topic?: string;
  seed?: number;
  today?: boolean;
  count?: number;
}

export const random = (): Command =>
  new Command("random")
  .allowExcessArguments(true)
  .description("one standard at random, or the standard of the day, whole and with its citation")
  .addOption(codeOption(CODE_BY_DEFAULT))
  .addOption(allCodesOption())
  .option("-t, --topic <topic>", "only standards on this topic")
  .addOption(new Option("--seed <n>", "the same seed gives the same standard").argParser(wholeNumber("--seed", 0, MAX_SEED)))
  .addOption(new Option("-n, --count <n>", "this many standards, none twice").argParser(countParser("--count", 1)))
  .option("--today", "the standard of the day: the same all day long")
  .option("--json", "print JSON: the Standard, with its strength and qualifiers; with --count, { standards: [Standard], notes }")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics random                            any standard of any code
  $ ethics random --today --code medi-cal    Medi-Cal's standard of the day
  $ ethics random --topic gifts --seed 7     the same one every time
  $ ethics random --count 5 --code alaska    five to talk over, none twice

After the standard: how strongly it binds, and the \`ethics show\` command that prints it again.`,
  )
  .action(async (options: RandomOptions, command: Command) => {
    if (options.today && options.seed !== undefined) throw new UsageError(TODAY_REFUSES.why, "give one of them");
    const context = contextOf(command);
    // Words that join a value into a name (`--topic dual relationships`) are its; codes joined
    // after --code's value are said so, with them in its list; other words, as commander said.
    if (command.args.length > 0) (await import("../excess-arguments.js")).readArguments(command, await context.library());
    // On a topic, the search index's concepts are read (below): a first run makes its parts.
    const loaded = options.topic === undefined ? null : await context.loaded();
    const library = loaded ? loaded.library : await context.library();
    const scopes = await import("../../core/study/scope.js");
    const { scopeCodes, standardsOfCodes, resolveTopic, showReference, codeOf, topicNamesWhole } = scopes;
    const { freshSeed, localDate, seedOf, seededRandom } = await import("../../core/study/rng.js");
    const { strengthOfStandard } = await import("../../core/study/strength.js");
    const codeNames = await codesChosen(library, options);
    await chosenCodes(library, codeNames); // a name that is several codes written apart is said so before any work
    const request = { codes: codeNames ?? [], ...(options.topic !== undefined ? { topic: options.topic } : {}) };
    // Under a POSIX TZ string ("<-12>+12"), which Node reads as UTC, read as the C library reads it.
    const posixDate = options.today ? (await import("../../core/study/posix-time-zone.js")).posixLocalDate(process.env.TZ, Date.now()) : null;
    const date = options.today ? (posixDate ?? localDate(new Date())) : undefined;
    const seed = date !== undefined ? seedOf(date) : (options.seed ?? freshSeed());
    const random = seededRandom(seed);
    const codes = scopeCodes(library, request);
    const { oneTopicOption } = await import("../several-topics.js");
    const topic = options.topic === undefined ? null : oneTopicOption(options.topic, (name) => resolveTopic(library.topics, name, () => library.concepts), topicNamesWhole);
    if (topic) refuseLookalikeName(options.topic!, "topic", topic.id);
    // On a topic, users' codes' concepts as the search index holds them, not inferred again code by code.
    if (topic && loaded) await (await import("../topic-views.js")).useIndexConcepts(loaded, scopes);
    // The day's: each standard weighed by its own place (daily-pick.ts), so that a code added or
    // edited leaves the day's standard where it is unless it holds it or outweighs it.
    // A text is drawn once: others that say it word for word are named under it (same-words.ts).
    const { sameWordsInScope, wordsKey } = await import("../../core/study/same-words.js");
    const standards =
      date !== undefined
        ? (await import("../../core/study/daily-pick.js")).standardsOfTheDay(library, codes, topic, date, options.count ?? 1, wordsKey)
        : standardsOfCodes(library, codes, topic, (await import("../../core/study/distinct-draws.js")).distinctDraws(random.below), options.count ?? 1, wordsKey);
    const sameWords = sameWordsInScope(library, codes, topic, standards);
    const { renderRandom, renderRandomPicks } = await import("../../render/random.js");
    const picks = standards.map((standard, at) => {
      const code = codeOf(library, standard);
      const command = [...ethicsWordsFor([code]), "show", ...showReference(code, standard).split(" ")];
      return { standard, ...strengthOfStandard(standard), command, sameWords: sameWords[at]!.map((other) => other.citation), ...(date ? { date } : {}) };
    });
    // The qualifiers too, as topic --json gives them: a script reading "prohibits" alone reads a
    // rule the text narrows ("as deemed inappropriate … by the agency") as unconditional.
    const asJson = (pick: (typeof picks)[number]) => ({
      ...withKnownTags(pick.standard, knownConceptOf(library)),
      strength: pick.strength,
      qualifiers: pick.qualifiers,
      sameWords: pick.sameWords,
    });
    if (options.count === undefined) {
      await context.print(asJson(picks[0]!), (renderOptions) => renderRandom(picks[0]!, renderOptions));
      return;
    }
    // Fewer than asked is said, as a quiz short of questions says it: a handout is not short without a word.
    const inScope = `${topic ? `on ${topic.name.toLowerCase()} ` : ""}to draw from`;
    const shared = picks.some((pick) => pick.sameWords.length > 0);
    const what = (count: number) => (shared ? (count === 1 ? "text" : "texts") : count === 1 ? "standard" : "standards");
    const sharedToo = shared ? " (standards that say the same words are one, shown with the others' citations)" : "";
    const notes =
      picks.length >= options.count
        ? []
        : [picks.length === 1 ? `${options.count} asked; only 1 ${what(1)} is ${inScope}${sharedToo}.` : `${options.count} asked; only ${picks.length} ${what(2)} are ${inScope}${sharedToo}: each is shown once.`];
    await context.print({ standards: picks.map(asJson), notes }, (renderOptions) => renderRandomPicks(picks, renderOptions, notes));
  });
