// `diff alaska medi-cal --topic astrology stuff`: the shell gives --topic its first word alone,
// and the words after it stay the command's arguments. Where together they name a theme (or
// one with slips) value-of-several-words.ts joins them; where they name none, "stuff" was read
// as a third code ("no code 'stuff'"), or as an argument random and quiz take none of ("too
// many arguments"). When the value alone names no theme and the arguments read whole without
// the words typed right after it, those words are the theme's, so that its message names what
// was typed: "no topic or concept 'astrology stuff'". When the value alone names one (`--topic
// gifts stuff`), the words are neither the theme's nor a code: that is said, with the command
// on the theme alone. A code typed last (`--topic astrology stuff wi`) is not the theme's: it
// was read into it ("no topic 'astrology stuff wi'"), where after a theme of one word (`--topic
// astrology wi`) it was a code, as every command reads a code after its theme.
import type { Command } from "commander";
import { codeOffered, findCode, suggestCode } from "../core/codes/resolve.js";
import { resolveTopic, topicNamesWhole } from "../core/concepts/topics.js";
import { isEthicsError, UsageError } from "../core/errors.js";
import { shellWord } from "../core/shell-path.js";
import type { Library } from "../model.js";
import { argumentPlaces } from "./argument-places.js";
import { typedOption } from "./command-name.js";
import { flagLettersOf } from "./flag-letters.js";
import { oneTopicOption } from "./several-topics.js";
import { commandAsTyped } from "./typed-command.js";

/** Where the value of the last --topic typed ends in `typed` (commander keeps the last). */
function lastTopicValueAt(command: Command, typed: readonly string[]): number | undefined {
  const short = command.options.find((option) => option.long === "--topic")?.short;
  const flagLetters = flagLettersOf(command);
  let last: number | undefined;
  for (let at = 0; at < typed.length && typed[at] !== "--"; at++) {
    const found = typedOption(typed, at, "--topic", short, flagLetters);
    if (found === undefined) continue;
    at = found.last;
    if (found.value !== undefined) last = found.last;
  }
  return last;
}

/** The words typed right after --topic's value, taken out of the arguments. */
interface WordsTaken {
  /** The words, in order. */
  words: string[];
  /** The command's arguments without them. */
  args: string[];
  /** Their places in `typed`. */
  places: number[];
}

/**
 * The most of the arguments typed right after --topic's value, in a run, that leave the other
 * arguments reading whole (`readWithout`), and that `mayTake` lets be taken; undefined where
 * none do, or the words typed cannot be placed. `typed`: the words after the script.
 */
function wordsAfterValue(command: Command, typed: readonly string[], readWithout: (args: readonly string[]) => boolean, mayTake: (words: readonly string[]) => boolean = () => true): WordsTaken | undefined {
  const places = argumentPlaces(command, typed);
  const valueAt = places === undefined ? undefined : lastTopicValueAt(command, typed);
  if (places === undefined || valueAt === undefined) return undefined;
  // The arguments typed right after the value, in a run: their places among command.args. (Each
  // place looked up, and each argument's being taken, in a map and a set: searched in the lists,
  // 150,000 words after --topic took 50 s.)
  const argumentAt = new Map(places.map((place, at) => [place, at]));
  const after: number[] = [];
  for (let place = valueAt + 1; argumentAt.has(place); place++) after.push(argumentAt.get(place)!);
  for (let count = after.length; count >= 1; count--) {
    const taken = after.slice(0, count);
    const takenSet = new Set(taken);
    const words = taken.map((at) => command.args[at]!);
    const args = command.args.filter((_, at) => !takenSet.has(at));
    if (mayTake(words) && readWithout(args)) return { words, args, places: taken.map((at) => places[at]!) };
  }
  return undefined;
}

/** Whether a word names a code, by a name or a prefix of one, or is a slip of one's name (`alsaka`), as an argument is read. */
export function namesCode(library: Library, word: string): boolean {
  return findCode(library, word).kind !== "none" || codeOffered(library, word) !== undefined;
}

/** The theme read with the words after it, and what the words typed are, so read: the theme's words one value, as if quoted. */
export interface ThemeRead {
  theme: string;
  args: string[];
  typed: string[];
}

/**
 * The theme `topic` and the words typed right after it, and the command's arguments without
 * them, where `topic` alone names no theme (`namesTheme`) and the arguments without the words
 * still read whole (`readWithout`); the most such words that leave them so, the last of them no
 * code's name (a code typed after a theme is a code). Undefined where none do, or the words
 * typed cannot be placed. `typed`: the words after the script.
 */
export function themeWithWordsLeft(
  command: Command,
  library: Library,
  typed: readonly string[],
  topic: string,
  namesTheme: (theme: string) => boolean,
  readWithout: (args: readonly string[]) => boolean,
): ThemeRead | undefined {
  if (command.args.length === 0 || namesTheme(topic)) return undefined;
  const taken = wordsAfterValue(command, typed, readWithout, (words) => !namesCode(library, words.at(-1)!));
  if (taken === undefined) return undefined;
  const theme = [topic, ...taken.words].join(" ");
  // The value's word (`astrology`, `--topic=astrology`, `-tastrology`) ends in the topic: the theme in its place.
  const valueAt = lastTopicValueAt(command, typed)!;
  const asRead = typed.map((word, at) => (at === valueAt && word.endsWith(topic) ? word.slice(0, word.length - topic.length) + theme : word));
  // Looked up in a set: each word looked for in the list of them all, 100,000 took seconds.
  const placesTaken = new Set(taken.places);
  return { theme, args: taken.args, typed: asRead.filter((_, at) => !placesTaken.has(at)) };
}

/** What a command's --topic takes, and whether it takes codes as its arguments, for the messages. */
export interface ThemeTaker {
  /** "topic", or "topic or concept" (diff). */
  what: string;
  takesCodes: boolean;
}

/**
 * `diff alaska medi-cal --topic gifts stuff`: `topic` names a theme, and the words typed right
 * after it (that the arguments read whole without) name no code, nor one with a slip, and
 * joined to it no theme (else value-of-several-words.ts had read them so). Read as a code,
 * "stuff" was "no code 'stuff'", as if the theme were not typed before it; the error says it
 * is neither, with the command on the theme alone. Undefined where no such words are typed.
 */
export function wordsBesideTheme(
  command: Command,
  library: Library,
  typed: readonly string[],
  topic: string,
  taker: ThemeTaker,
  readWithout: (args: readonly string[]) => boolean,
): UsageError | undefined {
  if (command.args.length === 0) return undefined;
  const namesNoCode = (words: readonly string[]) => words.every((word) => findCode(library, word).kind === "none" && suggestCode(library, word) === undefined);
  const taken = wordsAfterValue(command, typed, readWithout, namesNoCode);
  if (taken === undefined) return undefined;
  const words = taken.words.join(" ");
  const theme = taker.what === "topic" ? "topic" : "theme";
  const neither = taker.takesCodes ? `neither a code nor part of the ${theme}` : `not part of the ${theme}`;
  const takesNone = taker.takesCodes ? "" : `, and ${command.name()} takes no arguments`;
  const placesTaken = new Set(taken.places);
  const withoutThem = typed.filter((_, at) => !placesTaken.has(at));
  return new UsageError(
    `'${words}' after --topic ${shellWord(topic)} is ${neither}: no ${taker.what} is named '${topic} ${words}'${takesNone}`,
    `for ${topic} alone: \`${commandAsTyped(withoutThem)}\``,
  );
}

/** Whether `name` names a topic as --topic reads it for random, quiz and export. */
function namesTopic(library: Library, name: string): boolean {
  try {
    oneTopicOption(name, (each) => resolveTopic(library.topics, each, () => library.concepts), topicNamesWhole);
    return true;
  } catch (error) {
    if (isEthicsError(error)) return false;
    throw error;
  }
}

/**
 * The words typed after the topic of `command` (random, quiz, export), read as above: the
 * theme's, given to --topic and taken out of the arguments, where the topic alone names none;
 * else, where it names one, the error that they are neither the topic's nor (`takesCodes`) a
 * code. `readWithout`: whether the arguments read whole without them; `leftReadWithout`, where
 * the topic names none (the words left after the theme's may be codes an error then names).
 * Returns the words typed as now read, where the theme took words.
 */
export function readWordsAfterTopic(
  command: Command,
  library: Library,
  typed: readonly string[],
  takesCodes: boolean,
  readWithout: (args: readonly string[]) => boolean,
  leftReadWithout: (args: readonly string[]) => boolean = readWithout,
): string[] | undefined {
  const topic = command.getOptionValue("topic") as string | undefined;
  if (topic === undefined || command.args.length === 0) return undefined;
  const left = themeWithWordsLeft(command, library, typed, topic, (theme) => namesTopic(library, theme), leftReadWithout);
  if (left !== undefined) {
    command.setOptionValueWithSource("topic", left.theme, "cli");
    command.args = left.args;
    return left.typed;
  }
  const beside = wordsBesideTheme(command, library, typed, topic, { what: "topic", takesCodes }, readWithout);
  if (beside !== undefined) throw beside;
  return undefined;
}
