// `ethics search gifts --code wi and nc`: an option takes one word, so "and nc" was searched for
// as words, in Wisconsin alone, without a word said. Since `export alaska and wi` and `list wi
// and nc` read "and" between codes, the habit comes to --code too. As getopt-style tools do, the
// option still takes one value; the words after it that join more codes to it are a usage error
// whose hint is the command with the codes in --code's own list. Words after --code that join
// no code's name (`--code wi and money`) stay the query's, as `search gifts and money`'s do.
// So for --section, which takes one section: the hint is a search of each.
import { UsageError } from "../core/errors.js";
import { remembered } from "../core/remembered.js";
import { ALIAS_MIN_LENGTH } from "../core/codes/named-codes.js";
import { findCode, findSection, mostCodeNameParts, mostSectionNameParts, wordsOneNameTakes } from "../core/codes/resolve.js";
import { shellWord } from "../core/shell-path.js";
import type { Code, Library } from "../model.js";
import { typedOption } from "./command-name.js";

/** What joins one more code to a list, said aloud or typed: "and", "&", a comma. */
const JOINER = /^(?:and|&|,)$/i;

/**
 * The names `words` join to a list from `from` ("and nc", "& north carolina, alaska",
 * ",nc"): each a joiner, then a name `named` knows whole (giving its id), of at most `mostParts`
 * words; each as typed where one word names it, else its id, and how many of the words they
 * take. Undefined where the first words join none. `bare`, where given, names what may follow
 * with no joiner before it (`--code wi nc`): the stricter test of a name typed so.
 */
function namesJoined(
  words: readonly string[],
  from: number,
  mostParts: number,
  named: (name: string) => string | undefined,
  bare?: (name: string) => string | undefined,
): { names: string[]; count: number } | undefined {
  // A comma is a joiner of its own where it is written onto a word ("nc,", ",nc"). The words are
  // split only as far as the names go, and a name is read from one name's words at most
  // (wordsOneNameTakes): 20,000 `--code nc` each split and copied all the words after them.
  const tokens: { text: string; at: number }[] = [];
  let split = from;
  const tokensTo = (end: number): void => {
    for (; tokens.length < end && split < words.length; split++) {
      const at = split - from;
      tokens.push(...words[split]!.split(/(,)/).filter((part) => part.trim() !== "").map((text) => ({ text, at })));
    }
  };
  const nameTokens = 2 * mostParts + 2;
  const names: string[] = [];
  let next = 0;
  let count = 0;
  tokensTo(1);
  while (next < tokens.length && (JOINER.test(tokens[next]!.text) || bare !== undefined)) {
    const joiner = JOINER.test(tokens[next]!.text) ? 1 : 0;
    const naming = joiner === 1 ? named : bare!;
    // The name ends at the next joiner: "nc ," names North Carolina as "nc" does.
    tokensTo(next + joiner + nameTokens);
    const rest = tokens.slice(next + joiner, next + joiner + nameTokens).map((token) => token.text);
    const ends = rest.findIndex((text) => JOINER.test(text));
    const after = ends < 0 ? rest : rest.slice(0, ends);
    let found: { name: string; length: number } | undefined;
    for (let length = wordsOneNameTakes(after, mostParts); length >= 1 && found === undefined; length--) {
      const id = naming(after.slice(0, length).join(" "));
      if (id !== undefined) found = { name: length === 1 ? after[0]! : id, length };
    }
    if (found === undefined) break;
    names.push(found.name);
    next += joiner + found.length;
    count = tokens[next - 1]!.at + 1;
    tokensTo(next + 1);
  }
  return names.length === 0 ? undefined : { names, count };
}

/** The code a name names exactly (id, alias, name or title), by its id: each name looked up once, however often typed. */
function codeNamed(library: Library): (name: string) => string | undefined {
  // None remembered as null: remembered takes undefined for not known yet.
  const ids = new Map<string, string | null>();
  return (name) =>
    remembered(ids, NAMES_KEPT, name, () => {
      const lookup = findCode(library, name, ["exact"]);
      return lookup.kind === "found" ? lookup.value.id : null;
    }) ?? undefined;
}

/** Names looked up, kept for when they are typed again: a few megabytes at most. */
const NAMES_KEPT = 16_384;

/** A value option typed with names joined to its value after it. */
interface JoinedAfter {
  /** Where the word holding the value is. */
  at: number;
  /** The option's long name, whichever of its names was typed. */
  flag: string;
  value: string;
  joined: { names: string[]; count: number };
}

/** An option's long name and its short one, if it has one. */
export type OptionFlags = readonly [long: string, short?: string];

/**
 * The first of the `flags` options in `args` whose value names `joined` reads join; undefined
 * where none. `flagLetters`: the command's that may run together with them (flagLettersOf).
 */
function joinedAfter(
  args: readonly string[],
  flags: readonly OptionFlags[],
  joined: (args: readonly string[], from: number, value: string) => JoinedAfter["joined"] | undefined,
  flagLetters = "",
): JoinedAfter | undefined {
  for (let at = 0; at < args.length && args[at] !== "--"; at++) {
    const typed = flags.map(([long, short]) => ({ flag: long, option: typedOption(args, at, long, short, flagLetters) })).find(({ option }) => option !== undefined);
    if (typed === undefined) continue;
    const { flag, option } = typed as { flag: string; option: NonNullable<ReturnType<typeof typedOption>> };
    at = option.last;
    if (option.value === undefined) continue;
    const names = joined(args, at + 1, option.value);
    if (names !== undefined) return { at, flag, value: option.value, joined: names };
  }
  return undefined;
}

/** `args` as a command, the value typed (`wi`, `--code=wi`, `-cwi`) given as `value`, the joined words after it left out. */
function commandWith(args: readonly string[], { at, value: typed, joined }: JoinedAfter, value: string): string {
  const word = args[at]!;
  const command = [...args.slice(0, at), `${word.slice(0, word.length - typed.length)}${value}`, ...args.slice(at + 1 + joined.count)];
  return `\`${["ethics", ...command.map(shellWord)].join(" ")}\``;
}

/** Searches a hint gives for sections joined after --section, at most. */
const SECTIONS_SEARCHED = 3;

/**
 * `search gifts --section conduct and integrity`: as with --code, "and integrity" was searched
 * for as words, in Conduct alone. --section takes one section (a section's name may hold "and":
 * "Safety & Protection", found whole before this is asked), so the hint is a search of each.
 * `codes`: the codes searched, in whose sections the words after it are looked for.
 */
export function sectionsJoinedAfterOption(codes: readonly Code[], args: readonly string[]): UsageError | undefined {
  const named = (name: string) => {
    for (const code of codes) {
      const found = findSection(code, name, ["exact"]);
      if (found.kind === "found" && found.value.kind === "section") return found.value.section.id;
    }
    return undefined;
  };
  const most = Math.max(1, ...codes.map(mostSectionNameParts));
  const found = joinedAfter(args, [["--section", "-s"]], (words, from) => namesJoined(words, from, most, named));
  if (found === undefined) return undefined;
  const typed = args.slice(found.at + 1, found.at + 1 + found.joined.count).join(" ");
  const sections = [found.value, ...found.joined.names];
  const commands = sections.slice(0, SECTIONS_SEARCHED).map((section) => commandWith(args, found, section));
  return new UsageError(
    `'${typed}' after --section ${found.value} would be searched for as words: --section takes one section`,
    `search each: ${commands.join(", ")}${sections.length > SECTIONS_SEARCHED ? ", …" : ""}`,
  );
}

/**
 * The usage error for codes joined after the value of --code (or of another of the `flags` that
 * take code names: topics' --codes, its old name), `args` the words after the script; undefined
 * where none are. `read`: what is wrong with the words joined, said after them, of the option
 * typed: search would search for them as words; random takes no arguments. `flagLetters`: the
 * command's that may run together with the option's (`quiz -rc wi and nc`).
 */
export function codesJoinedAfterOption(
  library: Library,
  args: readonly string[],
  read: (flag: string) => string = (flag) => ` would be searched for as words: ${flag} takes one value`,
  flags: readonly OptionFlags[] = [["--code", "-c"]],
  flagLetters = "",
): UsageError | undefined {
  const named = codeNamed(library);
  const found = joinedAfter(args, flags, (words, from) => namesJoined(words, from, mostCodeNameParts(library), named), flagLetters);
  return found === undefined ? undefined : codesJoinedError(args, found, read(found.flag), "");
}

/**
 * search's reading of codes after --code's value (codesJoinedAfterOption): joined by "and" or a
 * comma, or typed next with nothing between (`search texting --code alaska medi-cal`), which
 * searched Alaska alone for "texting medi-cal", without a word said. A code typed so is one
 * `named` exactly and no word of everyday English (`--code alaska medical records` searches
 * Alaska for medical records, as a query reads the alias "medical"), nor one the value names
 * already (`--code alaska alaska native`). `queryWords`: how many words the query has, these
 * among them; where they are all of it, the hint's search is given an example query, so that it runs.
 */
export function codesAfterSearchCode(library: Library, args: readonly string[], isEverydayWord: (word: string) => boolean, queryWords: number): UsageError | undefined {
  const named = codeNamed(library);
  const found = joinedAfter(args, [["--code", "-c"]], (words, from, value) => {
    const given = new Set(value.split(",").map((name) => named(name.trim())));
    const typedNext = (name: string) => {
      const id = named(name);
      return id === undefined || given.has(id) || (!/\s/.test(name.trim()) && name.length >= ALIAS_MIN_LENGTH && isEverydayWord(name.toLowerCase())) ? undefined : id;
    };
    return namesJoined(words, from, mostCodeNameParts(library), named, typedNext);
  });
  if (found === undefined) return undefined;
  return codesJoinedError(args, found, " would be searched for as words: --code takes one value", queryWords <= found.joined.count ? " gifts" : "");
}

/** The error for `found`, what is wrong said after the words joined; `example`, words the hint's command needs to run. */
function codesJoinedError(args: readonly string[], found: JoinedAfter, read: string, example: string): UsageError {
  const typed = args.slice(found.at + 1, found.at + 1 + found.joined.count).join(" ");
  // The whole list in the value of the option typed, as typed (`wi`, `--code=wi`, `-cwi`), each
  // name once: `--code alaska wi nc wi nc …` gave a list of every one, 600 names for three codes.
  const command = commandWith(args, found, [...new Set([found.value, ...found.joined.names])].join(","));
  return new UsageError(
    `'${typed}' after ${found.flag} ${found.value}${read}, codes separated by commas`,
    example === "" ? command : `e.g. ${command.slice(0, -1)}${example}\``,
  );
}
