// `random --topic dual relationships`, `topics --code north carolina`, `diff alaska wi --section
// relationship with clients`: a name of several words typed unquoted after an option that takes
// one. The shell gives the option the first word and leaves the others as arguments, which were
// then refused ("too many arguments", "no code 'relationships'") or read as something else (a
// theme "gifts carolina"). A name may be several words unquoted wherever it is typed (show,
// export, diff, topic): so after an option too, the words after its value that, joined to it,
// are a whole name of what it takes (a name as written, not the start of one) are read as its
// value, as if quoted. Words that join no name stay the command's arguments, as they were.
import type { Command, Option } from "commander";
import { findSection, slugify } from "../core/codes/resolve.js";
import { countSaidAt } from "../core/count-said.js";
import { wordsJoiningCode, wordsJoiningName } from "../core/codes/words-joining-name.js";
import { namesWhole, slipMended, topicOrConceptNamed } from "../core/concepts/topics.js";
import type { Library } from "../model.js";
import { argumentPlaces } from "./argument-places.js";
import { argumentsTaken } from "./arguments-taken.js";
import { typedOption } from "./command-name.js";
import { flagLettersOf } from "./flag-letters.js";

/** What one option's value names: how many of the words after a value join it into a whole name. */
type NameKind = (value: string, words: readonly string[]) => number;

/** The most slug words any of `names` has. */
const mostPartsOf = (names: readonly string[]): number => Math.max(1, ...names.map((name) => slugify(name).split("-").length));

/** Codes, as --code names them (comma-separated), by an id, alias, short name or title. */
function codeNames(library: Library): NameKind {
  return (value, words) => wordsJoiningCode(library, value, words);
}

/** A section of any code, by its id or title: which code's, the command asks once it has them. */
function sectionNames(library: Library): NameKind {
  const names = (name: string) => library.codes.some((code) => findSection(code, name, ["exact"]).kind === "found");
  const mostParts = mostPartsOf(library.codes.flatMap((code) => code.sections.flatMap((section) => [section.id, section.title])));
  return (value, words) => wordsJoiningName(value, words, names, mostParts);
}

/**
 * A topic or a concept, by a name written whole: its id, name, a synonym or an entry term; or
 * such a name with slips (`--topic socail media`), read whole so that its message offers the
 * name mended, where its words apart were taken for codes ("no code 'media'").
 */
function themeNames(library: Library): NameKind {
  const names = (name: string) => {
    const found = topicOrConceptNamed(library, name);
    if (found !== undefined && namesWhole(found, name)) return true;
    return slipMended(library, name, true) !== undefined;
  };
  const mostParts = mostPartsOf([
    ...library.topics.flatMap((topic) => [topic.id, topic.name, ...topic.synonyms]),
    ...library.concepts.flatMap((concept) => [concept.id, concept.name, ...concept.terms]),
  ]);
  return (value, words) => wordsJoiningName(value, words, names, mostParts);
}

/**
 * A count said in words (`quiz --count twenty five`, `--count a hundred and two`, `a dozen`):
 * the words after the first that the count goes on in (countParser reads it whole).
 */
function countWords(): NameKind {
  return (value, words) => Math.max(0, (countSaidAt([value, ...words], 0)?.count ?? 1) - 1);
}

/**
 * The options whose words are theirs whatever the arguments need: a count said in words takes
 * all its words or none (`search --limit twenty five` was a limit of 25 and a search for "five",
 * the word read twice). The command then says that no argument is left.
 */
const COUNTS = new Set(["--count", "--limit"]);

/** The options whose value may be a name of several words, by long name, and what they name. */
const KINDS: Readonly<Record<string, (library: Library) => NameKind>> = {
  "--code": codeNames,
  "--codes": codeNames,
  "--topic": themeNames,
  "--section": sectionNames,
  "--count": countWords,
  "--limit": countWords,
};

/** One value typed, and the words after it read as part of it. */
interface ValueTyped {
  /** Where the word holding the value is (`--topic dual`: dual's; `--topic=dual`: its own). */
  last: number;
  value: string;
  /** The places of the words joined to it. */
  joined: number[];
}

/**
 * Each value of `option` typed in `typed`, with the words after it (among the `free` arguments,
 * at most `spare` of them in all) that join it into a whole name; those taken out of `free`.
 * `flagLetters`: the command's (flagLettersOf), which may run together with the option's.
 */
function valuesTyped(option: Option, typed: readonly string[], kind: () => NameKind, free: Set<number>, spare: { count: number }, flagLetters: string): ValueTyped[] {
  const values: ValueTyped[] = [];
  for (let at = 0; at < typed.length && typed[at] !== "--"; at++) {
    const found = typedOption(typed, at, option.long!, option.short, flagLetters);
    if (found === undefined) continue;
    at = found.last;
    if (found.value === undefined) continue;
    const after: number[] = [];
    for (let place = found.last + 1; free.has(place) && after.length < spare.count; place++) after.push(place);
    const joined = after.length === 0 ? [] : after.slice(0, kind()(found.value, after.map((place) => typed[place]!)));
    for (const place of joined) free.delete(place);
    spare.count -= joined.length;
    values.push({ last: found.last, value: [found.value, ...joined.map((place) => typed[place]!)].join(" "), joined });
  }
  return values;
}

/** `values` given to `option` in order, as commander gives them (each through its parser). */
function setValues(command: Command, option: Option, values: readonly ValueTyped[]): void {
  let value: unknown = option.defaultValue;
  for (const each of values) value = option.parseArg ? option.parseArg(each.value, value) : each.value;
  command.setOptionValueWithSource(option.attributeName(), value, "cli");
}

/**
 * Reads the words after a value of `command`'s --code, --codes, --topic or --section that join
 * it into a whole name (a code's, a topic's or concept's, a section's of any code) as part of
 * that value: the option is given the value anew, and the words are taken out of
 * `command.args`. The arguments the command requires are left it (`topic --code north carolina`
 * is no code and no theme), unless `orNone`: the command then says that none is left (search's
 * query, `search --code north carolina`, is not "carolina"); a count's words are its own always
 * (COUNTS). `typed`: the words after the
 * script. Returns them as now read, each value so joined one word, for a hint that gives the
 * command back.
 */
export function readValuesOfSeveralWords(command: Command, library: Library, typed: readonly string[], orNone = false): string[] {
  const places = command.args.length === 0 ? undefined : argumentPlaces(command, typed);
  if (places === undefined) return [...typed];
  const free = new Set(places);
  const required = orNone ? 0 : argumentsTaken(command).least;
  const spare = { count: places.length - required };
  const joinedValues: ValueTyped[] = [];
  for (const option of command.options) {
    const kindOf = option.long === undefined ? undefined : KINDS[option.long];
    if (kindOf === undefined) continue;
    let kind: NameKind | undefined;
    const room = COUNTS.has(option.long!) ? { count: free.size } : spare;
    const values = valuesTyped(option, typed, () => (kind ??= kindOf(library)), free, room, flagLettersOf(command));
    // What a count took is no name's to take.
    if (room !== spare) spare.count -= values.reduce((sum, value) => sum + value.joined.length, 0);
    if (!values.some((value) => value.joined.length > 0)) continue;
    setValues(command, option, values);
    joinedValues.push(...values.filter((value) => value.joined.length > 0));
  }
  if (joinedValues.length === 0) return [...typed];
  command.args = command.args.filter((_, at) => free.has(places[at]!));
  const asRead = typed.map((word, at) => {
    const value = joinedValues.find((each) => each.last === at);
    return value === undefined ? word : [word, ...value.joined.map((place) => typed[place]!)].join(" ");
  });
  const taken = new Set(joinedValues.flatMap((value) => value.joined));
  return asRead.filter((_, at) => !taken.has(at));
}
