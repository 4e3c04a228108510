// random, quiz and topics take no arguments: their codes go in --code, their topic in --topic.
// Commander refused `random --code wi and nc`, `random wi` and `random gifts` alike as "too many
// arguments", with the hint `ethics random`, what was typed dropped. Codes joined after --code's
// value are a usage error whose hint is the command with them in --code's list, as search says
// it (joined-after-option.ts): not taken as both codes, as export and topic take them, since
// those read codes among their arguments (`export wi and nc`) and these read none. Codes or a
// topic typed as the arguments, as show and topic take them, get the command with them given
// to --code or --topic. The words after a value that join it into one name (`--topic dual
// relationships`, `--code north carolina`) are no arguments: they are read as that value; so
// are other words after a topic that names nothing (`--topic astrology stuff`: theme-words-left.ts).
import type { Command } from "commander";
import type { Code, Library } from "../model.js";
import { ethicsForLibrary } from "../core/command-start.js";
import { codeOffered, findCode, longestNamingRun, mayBeginCodeName, mostCodeNameParts, type Lookup } from "../core/codes/resolve.js";
import { citedAsCode } from "../core/codes/cited-as-code.js";
import { isEthicsError, UsageError } from "../core/errors.js";
import { lengthsNamingTopicWhole, resolveTopic, slipMended, topicNamesWhole, topicOrConceptNamed, wordKeys } from "../core/concepts/topics.js";
import { queryShown } from "../core/shorten.js";
import { remembered } from "../core/remembered.js";
import { shellPath, shellWord } from "../core/shell-path.js";
import { joinedTyped } from "../core/word-list.js";
import { typedOption } from "./command-name.js";
import { flagLettersOf } from "./flag-letters.js";
import { codesJoinedAfterOption, type OptionFlags } from "./joined-after-option.js";
import { CODE_NAME_FLAGS } from "./options.js";
import { oneOfSeveral } from "./several-topics.js";
import { pluralSibling, siblingTakingArguments } from "./plural-sibling.js";
import { namesCode, readWordsAfterTopic } from "./theme-words-left.js";
import { readValuesOfSeveralWords } from "./value-of-several-words.js";

/**
 * Reads the arguments of `command`, which takes none (it allows them, so that this is asked
 * with the library read): words that join an option's value into a name are that value's;
 * codes joined after --code, codes or a topic as the arguments, or words naming neither, are
 * refused, said so; words a sibling command takes are commander's "too many arguments", which
 * names that command (usage-messages.ts).
 */
export function readArguments(command: Command, library: Library): void {
  const typed = readValuesOfSeveralWords(command, library, process.argv.slice(2));
  if (command.args.length === 0) return;
  // Every option that takes code names: `topics --codes wi and nc` is told as --code is. Known
  // by name: takesCodeNames asks a WeakSet that this lazily loaded bundle has its own empty copy of.
  const flags = command.options.filter((option) => CODE_NAME_FLAGS.includes(option.long!)).map((option): OptionFlags => [option.long!, option.short]);
  const codesJoined = codesJoinedAfterOption(library, typed, (flag) => `: ${command.name()} takes no arguments, and ${flag} one value`, flags, flagLettersOf(command));
  if (codesJoined !== undefined) throw codesJoined;
  const given = argumentsAsOption(command, library, typed);
  if (given !== undefined) throw given;
  // `random --topic astrology stuff`: the words after the topic that are nothing else are its;
  // a code typed after them (`… stuff wi`) is refused as after a theme of one word (`--topic
  // astrology wi`), with the theme whole in the hint's command.
  const asRead = readWordsAfterTopic(command, library, process.argv.slice(2), false, (args) => args.length === 0, (args) => args.every((arg) => namesCode(library, arg)));
  if (command.args.length === 0) return;
  const codesLeft = asRead === undefined ? undefined : argumentsAsOption(command, library, asRead);
  if (codesLeft !== undefined) throw codesLeft;
  const notUnderstood = wordsBesideCodes(command, library, asRead ?? typed);
  if (notUnderstood !== undefined) throw notUnderstood;
  const unknown = namingNothing(command, library, asRead ?? typed);
  if (unknown !== undefined) throw unknown;
  command.error(`error: too many arguments for '${command.name()}'. Expected 0 arguments but got ${command.args.length}.`, { code: "commander.excessArguments", exitCode: 2 });
}

/**
 * `random wi`, `quiz alaska nc`, `random gifts`: arguments that are codes (or, where the command
 * takes --topic, one topic), as show and topic take them, refused with the command that gives
 * them to --code (or --topic), the other options typed kept. Commander's "too many arguments"
 * gave back the command without them.
 */
function argumentsAsOption(command: Command, library: Library, typed: readonly string[]): UsageError | undefined {
  const args = command.args;
  const name = command.name();
  // Each word looked up once, however often it is typed (100,000 arguments are a script's).
  const lookups = new Map<string, Lookup<Code>>();
  const codes = args.map((arg) => remembered(lookups, RUNS_KEPT, arg, () => findCode(library, arg)));
  let option: string | undefined;
  let value: string | undefined;
  const given = codesGiven(command);
  const allCodes = codes.every((found) => found.kind === "found");
  if (allCodes && given !== undefined) return codesBesideCodeOption(command, library, typed, given, codes.map((found) => (found as { value: Code }).value));
  // `random medi-cal integrity 12`: a citation, said as one as --code says it.
  const cited = allCodes ? undefined : citedAsCode(library, args, { takes: `${name} takes whole codes, with --code` });
  if (cited !== undefined) return cited;
  if (allCodes) {
    option = "--code";
    // Each code once: `north carolina` is one code of two words, not "codes" north-carolina twice.
    value = [...new Set(codes.map((found) => (found.kind === "found" ? found.value.id : "")))].join(",");
  } else if (command.options.some((each) => each.long === "--topic")) {
    const givenTopic = command.getOptionValue("topic") as string | undefined;
    // With no --topic typed, the arguments may name one topic or several (topicsNamed reads both).
    const topic = givenTopic === undefined ? topicsNamed(command, library, typed) : topicNamed(library, args.join(" "));
    if (topic instanceof UsageError) return topic;
    // --topic typed too: it takes one, so the two are two commands, not one with both.
    if (topic !== undefined && givenTopic !== undefined) return twoTopics(command, typed, givenTopic, topic);
    if (topic !== undefined) [option, value] = ["--topic", topic];
  }
  if (option === undefined || value === undefined) return misspeltCodes(command, library, typed, codes, given);
  const several = option === "--code" ? value.includes(",") : args.length > 1;
  const what = option === "--code" ? (several ? "codes" : "a code") : "a topic";
  return new UsageError(`${name} takes ${what} with ${option}, not as ${several ? "arguments" : "an argument"}`, `\`${[ethicsForLibrary(), name, ...optionsTyped(command, typed), option, shellWord(value)].join(" ")}\``);
}

/** What a run of the arguments names: a code, a topic, a code misspelt (the id of the one meant), or nothing. */
type ArgumentRun =
  | { kind: "code"; code: Code; words: string[] }
  | { kind: "topic"; id: string; words: string[] }
  | { kind: "misspelt"; meant: string; words: string[] }
  | { kind: "none"; words: string[] };

/** Words of a topic's name, at most, tried as one run: its longest synonyms have five. */
const MOST_TOPIC_WORDS = 6;

/** Letters of the shortest word beside others read as a code misspelt ("alsaka", "wiscnsin"). */
const SHORTEST_MISSPELT = 4;

/**
 * The arguments as runs, each the longest that names a code (as argumentsAsOption reads a code),
 * else a topic whole, else a word near one code's name (codeOffered: "alsaka"); the words
 * between, that name none of these, a run each.
 */
function argumentRuns(library: Library, args: readonly string[]): ArgumentRun[] {
  const runs: ArgumentRun[] = [];
  const mostCodeWords = mostCodeNameParts(library);
  const mayBeginCode = mayBeginCodeName(library);
  const keys = args.map(wordKeys);
  // Each remembered as null where it is none: remembered takes undefined for not known yet.
  const namesCode = new Map<string, Code | null>();
  const codeNamed = (words: string): Code | undefined =>
    remembered(namesCode, RUNS_KEPT, words, () => {
      const found = findCode(library, words);
      return found.kind === "found" ? found.value : null;
    }) ?? undefined;
  const namesTopic = new Map<string, string | null>();
  const topicNamed = (words: string): string | undefined => remembered(namesTopic, RUNS_KEPT, words, () => topicNamedWhole(library, words) ?? null) ?? undefined;
  const meantCodes = new Map<string, string | null>();
  const codeMeant = (words: string): string | undefined => remembered(meantCodes, RUNS_KEPT, words, () => codeOffered(library, words) ?? null) ?? undefined;
  for (let at = 0; at < args.length; ) {
    // As many words as a name of either can take (wordsOneNameTakes), not all that are left:
    // copying the rest at every word was quadratic in the arguments.
    const rest = args.slice(at, at + 2 * Math.max(mostCodeWords, MOST_TOPIC_WORDS) + 1);
    // A word no code's name begins as begins none (a page pasted as arguments); each run is
    // looked up once, however often it is typed.
    const codeWords = !mayBeginCode(keys[at]!.slug) ? 0 : longestNamingRun(rest, mostCodeWords, (some) => codeNamed(some.join(" ")) !== undefined);
    const topicLengths = codeWords > 0 ? [] : lengthsNamingTopicWhole(library.topics, keys.slice(at, at + rest.length));
    const topicWords = topicLengths.length === 0 ? 0 : longestNamingRun(rest, MOST_TOPIC_WORDS, (some) => topicLengths.includes(some.length) && topicNamed(some.join(" ")) !== undefined);
    const words = rest.slice(0, Math.max(codeWords, topicWords, 1));
    at += words.length;
    const code = codeWords > 0 ? codeNamed(words.join(" ")) : undefined;
    // Among other words, a short one near a short alias is as likely some other word ("abc" is
    // two letters from "ak"): only a word as long as a slip is read as one is offered a code.
    const meant = codeWords > 0 || topicWords > 0 || words.join(" ").length < SHORTEST_MISSPELT ? undefined : codeMeant(words.join(" "));
    if (code !== undefined) runs.push({ kind: "code", code, words });
    else if (topicWords > 0) runs.push({ kind: "topic", id: topicNamed(words.join(" "))!, words });
    else if (meant !== undefined) runs.push({ kind: "misspelt", meant, words });
    else if (runs.at(-1)?.kind === "none") runs.at(-1)!.words.push(...words);
    else runs.push({ kind: "none", words });
  }
  return runs;
}

/** Runs of words looked up, kept for when they are typed again: a few megabytes at most. */
const RUNS_KEPT = 16_384;

/** The topic `words` name whole (a name or synonym, not the start of one), as --topic reads them; undefined where none. */
function topicNamedWhole(library: Library, words: string): string | undefined {
  try {
    const topic = resolveTopic(library.topics, words);
    return topicNamesWhole(topic, words) ? topic.id : undefined;
  } catch (error) {
    if (isEthicsError(error)) return undefined;
    throw error;
  }
}

/**
 * `random --topic gifts stuff wi`: arguments of which some name codes (or, with no --topic, a
 * topic) and others nothing; or a topic and codes (`random gifts wi`). It was "too many
 * arguments", which said neither: the error names the words not understood and what the others
 * are, and the hint gives those to --code and --topic, the words not understood left out. A
 * code misspelt among them (`… stuff alsaka`) is offered as the code meant, and given to --code
 * in the hint, as one typed alone is (misspeltCodes). Arguments that name nothing at all stay
 * commander's "too many arguments", as they were.
 */
function wordsBesideCodes(command: Command, library: Library, typed: readonly string[]): UsageError | undefined {
  const runs = argumentRuns(library, command.args);
  const unknown = runs.filter((run) => run.kind === "none");
  const codes = runs.flatMap((run) => (run.kind === "code" ? [run] : []));
  const topics = runs.flatMap((run) => (run.kind === "topic" ? [run] : []));
  const misspelt = runs.flatMap((run) => (run.kind === "misspelt" ? [run] : []));
  // A topic beside --topic, or where none is taken (`topics gifts wi`), or several, are said
  // elsewhere (twoTopics, topicsNamed, "did you mean topic?"); words beside nothing known too.
  const topicTaken = command.options.some((each) => each.long === "--topic") && command.getOptionValue("topic") === undefined;
  if (topics.length > (topicTaken ? 1 : 0) || unknown.length === runs.length) return undefined;
  // Codes and a topic, all known, are said here too: argumentsAsOption says codes alone, or a topic alone.
  if (unknown.length === 0 && misspelt.length === 0 && (codes.length === 0 || topics.length === 0)) return undefined;
  // Each run said once, and a few at most: a script's thousands of words are no wall of text.
  const said = (some: readonly { words: string[] }[]) => [...new Set(some.map((run) => `'${run.words.join(" ")}'`))];
  const quoted = (some: readonly { words: string[] }[]) => joinedTyped(said(some), "and");
  const several = (some: readonly { words: string[] }[]) => said(some).length > 1;
  // Words that name nothing but a topic's name slipped ("gfts") are offered it, as alone they are.
  const slips = unknown.map((run) => (run.words.length <= MOST_TOPIC_WORDS ? slipMended(library, run.words.join(" "), false) : undefined));
  const slipped = unknown.flatMap((run, at) => (slips[at] === undefined ? [] : [{ ...run, meant: slips[at]! }]));
  const namingNone = unknown.filter((_, at) => slips[at] === undefined);
  const parts = namingNone.length === 0 ? [] : [`${quoted(namingNone)} ${several(namingNone) ? "are" : "is"} neither a code nor a topic`];
  if (topics.length > 0) parts.push(`${quoted(topics)} is a topic, given with --topic`);
  if (codes.length > 0) {
    const whose = joinedTyped(codes.map((run) => run.code.shortName), "and");
    parts.push(`${quoted(codes)} ${several(codes) ? "name codes" : "names a code"} (${whose}), given with --code`);
  }
  // A question last: "did you mean gifts?;" read as a slip of its own.
  if (slipped.length > 0) parts.push(`there is no topic ${joinedTyped(said(slipped), "or")}: did you mean ${joinedTyped(slipped.map((run) => run.meant.name), "and")}?`);
  if (misspelt.length > 0) parts.push(`there is no code ${joinedTyped(said(misspelt), "or")}: did you mean ${joinedTyped(misspelt.map((run) => run.meant), "and")}?`);
  const given = codesGiven(command);
  const codesNamed = [...codes.map((run) => run.code.id), ...misspelt.map((run) => run.meant)];
  const ids = [...new Set([...(given?.names ?? []), ...codesNamed])];
  // One topic meant, slipped, goes to --topic where none is given; the crosswalk takes none, and
  // the command a letter apart (topic) shows that one.
  const meant = topics.length === 0 && slipped.length === 1 && slipped[0]!.meant.found.kind === "topic" ? slipped[0]!.meant.found.topic.id : undefined;
  const codeList = codesNamed.length > 0 ? ["--code", shellWord(ids.join(","))] : [];
  const hint = [
    ethicsForLibrary(),
    command.name(),
    ...optionsTyped(command, typed, codesNamed.length > 0 ? CODE_NAME_FLAGS : []),
    ...topics.flatMap((run) => ["--topic", shellWord(run.id)]),
    ...(meant !== undefined && topicTaken ? ["--topic", shellWord(meant)] : []),
    ...codeList,
  ];
  const sibling = pluralSibling(command.name());
  const oneTheme = meant !== undefined && !topicTaken && sibling === "topic" ? `, or one theme: \`${[ethicsForLibrary(), sibling, shellWord(meant), ...codeList].join(" ")}\`` : "";
  return new UsageError(`${command.name()} takes no arguments: ${parts.join("; ")}`, `\`${hint.join(" ")}\`${oneTheme}`);
}

/**
 * `random abc`, `quiz --code wi 12`: arguments of which none names a code or a topic. It was
 * commander's "too many arguments … Expected 0 arguments but got 1", with the hint `ethics
 * random`, the options typed dropped. Said is what the words are not, and what the command takes
 * instead; words that are a topic's name slipped (`random giftz`) are offered as that topic, as
 * --topic offers it. Where the command a letter apart takes the words (`topics gifts`: topic),
 * that is said (commander's message, usage-messages.ts): undefined.
 */
function namingNothing(command: Command, library: Library, typed: readonly string[]): UsageError | undefined {
  const sibling = siblingTakingArguments(command, process.argv.slice(2));
  if (sibling !== undefined) return namingNoMatter(command, library, typed, sibling.name);
  const name = command.name();
  const takesTopic = command.options.some((each) => each.long === "--topic") && command.getOptionValue("topic") === undefined;
  const words = command.args.join(" ");
  const run = (...more: string[]) => `\`${[ethicsForLibrary(), name, ...optionsTyped(command, typed), ...more].join(" ")}\``;
  // No more words than a topic's name has: a script's thousands are no name slipped.
  const slipped = takesTopic && command.args.length <= MOST_TOPIC_WORDS ? slipMended(library, words, false) : undefined;
  if (slipped?.found.kind === "topic") {
    const id = slipped.found.topic.id;
    return new UsageError(`${name} takes a topic with --topic, not as ${command.args.length === 1 ? "an argument" : "arguments"}, and there is no topic '${words}': did you mean ${id}?`, run("--topic", shellWord(id)));
  }
  const what = takesTopic ? "neither a code (--code) nor a topic (--topic)" : "no code (--code takes codes)";
  return new UsageError(`${name} takes no arguments: '${words}' is ${what}`, `${run()}; examples: \`${ethicsForLibrary()} help ${name}\``);
}

/**
 * `topics xyz`, `topics gfts`: words the crosswalk does not take, which name no topic or concept
 * either. The command a letter apart was offered with the words as typed ("did you mean
 * topic?", `ethics topic xyz`), which failed in turn. Said now is that they name nothing, and a
 * slip's mended name where there is one (`ethics topic gifts`), as `ethics topic gfts` says it;
 * undefined where `sibling` reads the words (commander's "did you mean topic?").
 */
function namingNoMatter(command: Command, library: Library, typed: readonly string[], sibling: string): UsageError | undefined {
  if (sibling !== "topic") return undefined;
  const words = command.args.join(" ");
  // No more words than a name has: a script's thousands are no name, nor slipped. A slip
  // `ethics topic` offers mended names none.
  const named = command.args.length <= MOST_TOPIC_WORDS && topicOrConceptNamed(library, words) !== undefined;
  // Topics and codes alone are read by topic (`topics gifts wi`); a word beside them naming
  // nothing (`topics gifts xyz`) is not, and is said as topic says it: the words name nothing.
  if (named || argumentRuns(library, command.args).every((run) => run.kind === "topic" || run.kind === "code")) return undefined;
  const what = library.concepts.length > 0 ? "topic or concept" : "topic";
  const lists = `\`${[ethicsForLibrary(), command.name(), ...optionsTyped(command, typed)].join(" ")}\` lists the topics`;
  const slipped = command.args.length <= MOST_TOPIC_WORDS ? slipMended(library, words, true) : undefined;
  const missing = `${command.name()} takes no arguments, and there is no ${what} '${queryShown(words)}'`;
  if (slipped === undefined) return new UsageError(missing, lists);
  return new UsageError(`${missing}: did you mean ${slipped.name}?`, `\`${[ethicsForLibrary(), sibling, shellWord(slipped.name), ...optionsTyped(command, typed)].join(" ")}\`; ${lists}`);
}

/** The code names given with --code (or --codes, its old name), and the flag typed; undefined where none were. */
interface CodesGiven {
  flag: string;
  names: string[];
}

function codesGiven(command: Command): CodesGiven | undefined {
  const typed = CODE_NAME_FLAGS.filter((flag) => command.getOptionValue(flag.slice(2)) !== undefined);
  if (typed.length === 0) return undefined;
  return { flag: typed[0]!, names: typed.flatMap((flag) => command.getOptionValue(flag.slice(2)) as string[]) };
}

/** The hint's command with one --code, of the names `given` it and then `added`, each code once. */
function withCodeList(command: Command, typed: readonly string[], given: CodesGiven | undefined, added: readonly string[]): string {
  const codes = [...new Set([...(given?.names ?? []), ...added])].join(",");
  return `\`${[ethicsForLibrary(), command.name(), ...optionsTyped(command, typed, CODE_NAME_FLAGS), "--code", shellWord(codes)].join(" ")}\``;
}

/**
 * `topics --code nc carolina`, `random --code ak wi`: codes as the arguments beside --code. The
 * hint gave them a --code of their own, and so a code --code named already twice (`--code nc
 * --code north-carolina`), and the message said that codes go with --code, which was used. The
 * hint's --code is one list, each code once.
 */
function codesBesideCodeOption(command: Command, library: Library, typed: readonly string[], given: CodesGiven, codes: readonly Code[]): UsageError {
  const name = command.name();
  const beside = `'${command.args.join(" ")}' beside ${given.flag} ${given.names.join(",")}`;
  const named = new Set(given.names.flatMap((each) => {
    const found = findCode(library, each);
    return found.kind === "found" ? [found.value.id] : [];
  }));
  const added = [...new Set(codes.map((code) => code.id))].filter((id) => !named.has(id));
  if (added.length === 0) {
    const again = joinedTyped(codes.map((code) => code.shortName), "and");
    return new UsageError(`${beside} names ${again} again: ${name} takes no arguments`, `\`${[ethicsForLibrary(), name, ...optionsTyped(command, typed)].join(" ")}\``);
  }
  return new UsageError(`${beside}: ${name} takes no arguments, and ${given.flag} one value, codes separated by commas`, withCodeList(command, typed, given, added));
}

/**
 * `random alsaka`: arguments that are codes, one or more misspelt (each near one code's name),
 * refused with the command that gives the codes meant to --code. It was "too many arguments".
 */
function misspeltCodes(command: Command, library: Library, typed: readonly string[], codes: readonly Lookup<Code>[], given: CodesGiven | undefined): UsageError | undefined {
  const args = command.args;
  // Read up to the first word near no code, each word once: 100,000 words near none were each
  // held to every code's names.
  const offers = new Map<string, string | null>();
  const meant: string[] = [];
  for (const [at, found] of codes.entries()) {
    const id = found.kind === "found" ? found.value.id : remembered(offers, RUNS_KEPT, args[at]!, () => codeOffered(library, args[at]!) ?? null);
    if (id === null) return undefined;
    meant.push(id);
  }
  const misspelt = args.filter((_, at) => codes[at]!.kind !== "found");
  const offered = meant.filter((_, at) => codes[at]!.kind !== "found");
  const name = command.name();
  // Beside --code, the codes meant join its list, as codes beside it that are spelt right do.
  const refused =
    given === undefined
      ? `${name} takes ${args.length === 1 ? "a code" : "codes"} with --code, not as ${args.length === 1 ? "an argument" : "arguments"}`
      : `'${args.join(" ")}' beside ${given.flag} ${given.names.join(",")}: ${name} takes no arguments`;
  return new UsageError(`${refused}, and there is no code ${joinedTyped(misspelt.map((arg) => `'${arg}'`), "or")}: did you mean ${joinedTyped(offered, "and")}?`, withCodeList(command, typed, given, meant));
}

/**
 * `random --topic boundaries gifts`: a topic with --topic and another as the arguments. It was
 * "too many arguments" with the command given back without either; each is a command of its own.
 */
function twoTopics(command: Command, typed: readonly string[], given: string, named: string): UsageError {
  const name = command.name();
  const withTopic = (topic: string) => `\`${[ethicsForLibrary(), name, ...optionsTyped(command, typed, ["--topic"]), "--topic", shellWord(topic)].join(" ")}\``;
  return new UsageError(`${name} takes one topic, with --topic: '${given}' is given there, and '${command.args.join(" ")}' beside it`, `one at a time: ${withTopic(given)}, or ${withTopic(named)}`);
}

/**
 * `random gifts boundaries`: arguments that are several topics, each named whole. It was "too
 * many arguments" with `ethics random` as the hint, the topics dropped; --topic takes one, so
 * each is a command of its own, as `ethics topic gifts boundaries` says it. Arguments that name
 * one topic whole, or parts that name one (`gifts gifts`, a topic and a concept of it), are that
 * topic's id.
 */
function topicsNamed(command: Command, library: Library, typed: readonly string[]): string | UsageError | undefined {
  const name = command.name();
  // askFor is asked only where every part names a topic: the error is then oneOfSeveral's own.
  let severalNamed = false;
  try {
    return oneOfSeveral(command.args.join(" "), (words) => resolveTopic(library.topics, words, () => library.concepts), {
      taker: name,
      what: "topic",
      askFor: (part) => {
        severalNamed = true;
        return `\`${[ethicsForLibrary(), name, ...optionsTyped(command, typed), "--topic", shellWord(part)].join(" ")}\``;
      },
      placeOf: (topic) => [topic.id],
    }).id;
  } catch (error) {
    if (severalNamed && error instanceof UsageError) return error;
    if (!isEthicsError(error)) throw error;
    return undefined;
  }
}

/** The topic `words` name, as --topic reads them; undefined where they name none. */
function topicNamed(library: Library, words: string): string | undefined {
  try {
    return resolveTopic(library.topics, words, () => library.concepts).id;
  } catch (error) {
    if (isEthicsError(error)) return undefined;
    throw error;
  }
}

/**
 * The command's options as typed after its name (`typed`: the words after the script, as read),
 * each with its value in the forms commander reads (typedOption), its arguments left out; the
 * program's --data too, which the command's start (ethicsForLibrary) carries. `except`: options
 * (their long names) left out too.
 */
function optionsTyped(command: Command, typed: readonly string[], except: readonly string[] = []): string[] {
  const takingValues = command.options.filter((option) => option.required && option.long !== undefined);
  const flagLetters = flagLettersOf(command);
  const kept: string[] = [];
  // After `--` no word is an option: the arguments are all that is left.
  for (let at = typed.indexOf(command.name()) + 1; at > 0 && at < typed.length && typed[at] !== "--"; at++) {
    const data = typedOption(typed, at, "--data");
    if (data !== undefined) {
      at = data.last;
      continue;
    }
    if (!typed[at]!.startsWith("-") || typed[at] === "-") continue;
    const valued = takingValues.map((option) => ({ long: option.long, found: typedOption(typed, at, option.long!, option.short, flagLetters) })).find((each) => each.found !== undefined);
    const last = valued?.found?.last ?? at;
    if (valued === undefined || !except.includes(valued.long!)) kept.push(shellWord(typed[at]!), ...typed.slice(at + 1, last + 1).map(shellPath));
    // Left out, the option keeps the flags run together with it: `-rt gifts` leaves `-r`.
    else if (valued.found!.flagsBefore !== undefined) kept.push(valued.found!.flagsBefore);
    at = last;
  }
  return kept;
}
