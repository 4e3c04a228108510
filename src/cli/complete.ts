// Candidates for the word being completed, given the words before it. A first line that is a
// directive asks the shell script to complete paths itself (bash compgen -f / -d, zsh _files,
// fish __fish_complete_path); the lines after it are what to offer for a word starting with -.
import type { Command, Option } from "commander";
import { codeNames, findCode, mostCodeNameParts, resolveCode, slugify, wordsOneNameTakes } from "../core/codes/resolve.js";
import { codeNamesTyped } from "../core/codes/code-names-typed.js";
import { WORDING_STRENGTHS, type Code, type Library } from "../model.js";
import { DIFF_STATUSES } from "./commands/diff.js";
import { takesCodeNames } from "./options.js";
import { madeWhenUsed } from "../core/made-when-used.js";

/** Complete file and directory names (validate's paths). */
export const FILES = ":files";
/** Complete directory names (--data). */
export const DIRECTORIES = ":dirs";

function optionNames(command: Command): string[] {
  return (command.options as readonly Option[]).flatMap((option) => [option.long, option.short]).filter((name): name is string => Boolean(name));
}

function codeIds(library: Library): string[] {
  return library.codes.map((code) => code.id);
}

function findOption(commands: readonly Command[], word: string): Option | undefined {
  for (const command of commands) {
    const option = (command.options as readonly Option[]).find((candidate) => candidate.long === word || candidate.short === word);
    if (option) return option;
  }
  return undefined;
}

const takesValue = (option: Option): boolean => option.required || option.optional;

/** The code a name typed on the line stands for (id, alias, name or unique prefix), if any. */
function codeNamed(library: Library, name: string | undefined): Code | undefined {
  if (name === undefined) return undefined;
  try {
    return resolveCode(library, name);
  } catch {
    return undefined;
  }
}

/**
 * The code the first words typed name, as `show` reads them (north carolina, working well
 * together: the longest run of first words that names one, exact names first), and how many
 * words it takes; undefined where none does.
 */
function codeOfWords(library: Library, words: readonly string[]): { code: Code; count: number } | undefined {
  const most = wordsOneNameTakes(words, mostCodeNameParts(library));
  for (const stage of ["exact", "prefix"] as const) {
    for (let count = most; count >= 1; count--) {
      const found = findCode(library, words.slice(0, count).join(" "), [stage]);
      if (found.kind === "found") return { code: found.value, count };
    }
  }
  return undefined;
}

/**
 * The next word of the codes' names of several words that the words typed begin (`north` →
 * carolina, `working well` → together), as a name is typed without quotes: `show north carolina 15`.
 */
function nextNameWords(library: Library, words: readonly string[]): string[] {
  const typed = words.map(slugify);
  // A name said whole (`working well together`) goes on to its sections, not to a longer title.
  if (typed.some((word) => word === "" || word.includes("-")) || findCode(library, words.join(" "), ["exact"]).kind === "found") return [];
  const next = library.codes.flatMap((code) =>
    codeNames(code).flatMap(({ slug }) => {
      const parts = slug.split("-");
      return parts.length > typed.length && typed.every((word, at) => parts[at] === word) ? [parts[typed.length]!] : [];
    }),
  );
  return [...new Set(next)];
}

/** What show names after a code: its sections, then the parts of its file it holds (values, preamble, definitions). */
function placesOf(code: Code): string[] {
  const parts = [
    ...(code.values.length > 0 ? ["values"] : []),
    ...(code.preamble.length > 0 ? ["preamble"] : []),
    ...(code.definitions.length > 0 ? ["definitions"] : []),
  ];
  return [...code.sections.map((section) => section.id), ...parts];
}

function sectionIds(codes: readonly Code[]): string[] {
  return [...new Set(codes.flatMap((code) => code.sections.map((section) => section.id)))];
}

/**
 * The sections --section may name: of the codes chosen by --code on search, of code A on diff,
 * else of every code.
 */
function sectionsFor(line: ReadLine, library: Library): string[] {
  // diff's first code, which may be a name of several words (`diff north carolina alaska`).
  const named = line.command?.name() === "diff" ? codeNamesTyped(library, line.positionals).slice(0, 1) : (line.values.get("code") ?? []).flatMap((value) => value.split(","));
  const codes = named.map((name) => codeNamed(library, name.trim())).filter((code): code is Code => code !== undefined);
  return sectionIds(codes.length > 0 ? codes : library.codes);
}

/**
 * What follows an option that takes a value, by what the option takes: its choices, codes,
 * sections, topics (quiz, random and export read --topic as a topic, not a concept; diff takes
 * either), strengths,
 * diff statuses, a directory. Numbers, seeds and new ids are the user's own: nothing to offer.
 */
function valuesFor(option: Option, line: ReadLine, library: Library): string[] {
  if (option.argChoices) return option.argChoices;
  switch (option.attributeName()) {
    case "code":
    case "codes":
      return codeIds(library);
    case "section":
      return sectionsFor(line, library);
    case "topic":
      return [...library.topics.map((topic) => topic.id), ...(line.command?.name() === "diff" ? library.concepts.map((concept) => concept.id) : [])];
    case "strength":
      return [...WORDING_STRENGTHS];
    case "only":
      return [...DIFF_STATUSES];
    case "data":
      return [DIRECTORIES];
    default:
      return [];
  }
}

/** An option that takes a comma-separated list: of codes (`--code alaska,medi-cal`), of diff statuses, of quiz kinds. */
const takesList = (option: Option): boolean => takesCodeNames(option) || option.attributeName() === "only" || option.attributeName() === "kind";

/**
 * The rest of a list after its last comma, as git and kubectl complete one: the values not yet
 * named (a code by id or alias), each with what is typed up to that comma in front, so that the
 * shell, which matches candidates against the whole word, offers them.
 */
function listValues(current: string, option: Option, line: ReadLine, library: Library): string[] {
  const head = current.slice(0, current.lastIndexOf(",") + 1);
  const named = new Set(head.split(",").map((name) => name.trim().toLowerCase()));
  const left =
    takesCodeNames(option)
      ? library.codes.filter((code) => !named.has(code.id) && !code.aliases.some((alias) => named.has(alias))).map((code) => code.id)
      : valuesFor(option, line, library).filter((value) => !named.has(value));
  return left.map((value) => head + value);
}

/** The words typed so far, read as commander will: the command, its positionals, option values. */
interface ReadLine {
  command: Command | undefined;
  positionals: string[];
  /** The option whose value the next word is, if any. */
  pending: Option | undefined;
  /** The values given to options so far, by the option's attribute name (--codes as code). */
  values: Map<string, string[]>;
}

function readLine(program: Command, before: readonly string[]): ReadLine {
  let command: Command | undefined;
  const positionals: string[] = [];
  let pending: Option | undefined;
  let variadic: Option | undefined; // an option taking every word after it that is not an option
  const values = new Map<string, string[]>();
  const given = (option: Option, value: string) => {
    const name = option.attributeName() === "codes" ? "code" : option.attributeName();
    values.set(name, [...(values.get(name) ?? []), value]);
  };
  for (const word of before) {
    const scope = command ? [command, program] : [program];
    // An option whose value may be left out (`quiz --worksheet [format]`) takes no word that is
    // an option, as commander reads the line: `--worksheet --count 5` gives --count its 5.
    if (pending?.optional && word.startsWith("-")) pending = undefined;
    if (pending) {
      // This word is the option's value.
      given(pending, word);
      if (pending.variadic) variadic = pending;
      pending = undefined;
      continue;
    }
    if (word.startsWith("-")) {
      variadic = undefined;
      const option = findOption(scope, word);
      if (option && takesValue(option)) pending = option;
      continue;
    }
    if (variadic) {
      given(variadic, word);
      continue;
    }
    if (!command) {
      command = program.commands.find((candidate) => candidate.name() === word);
      if (command) continue;
    }
    positionals.push(word);
  }
  return { command, positionals, pending: pending ?? variadic, values };
}

/**
 * A word that ends a reference of show: its number(s) (`12`, `5-7`, `5,12`, `12a`, `#12`, `§12`),
 * a citation with its number (`medi-cal:integrity:12`, `"Alaska · Conduct 4"`), or a `;`.
 */
const endsReference = madeWhenUsed(() => /^[#§]?\p{Nd}|[:·].*\p{Nd}\)?$|;$/u);

/** An item's letter as typed after a number (`a`, `(a)`, `a.`), which a reference may follow (`12 a nc 2`). */
const ITEM_LETTER_TYPED = /^(?:[a-z]\.?|\([a-z]\)|[a-z]\)),?$/i;

/** The words of the last reference typed to show: those after the last word that ended one. */
function lastReferenceWords(positionals: readonly string[]): string[] {
  let start = positionals.length;
  while (start > 0 && !endsReference().test(positionals[start - 1]!)) start--;
  return positionals.slice(start);
}

/**
 * Candidates for the word being completed. `current` is that word as typed so far: it matters
 * only within a list (after a comma); elsewhere the shell matches the candidates to it.
 */
export function completeWords(program: Command, library: Library, before: readonly string[], current = ""): string[] {
  const line = readLine(program, before);
  const { command, positionals, pending } = line;
  if (pending) {
    const values = takesList(pending) && current.includes(",") ? listValues(current, pending, line, library) : valuesFor(pending, line, library);
    // A variadic option's next word may be another value or an option; so may an optional value's.
    if (pending.optional || (pending.variadic && before[before.length - 1] !== pending.long && before[before.length - 1] !== pending.short)) {
      return [...values, ...optionNames(command ?? program)];
    }
    return values;
  }
  if (!command) {
    return [...program.commands.filter((candidate) => !candidate.name().startsWith("_")).map((candidate) => candidate.name()), ...optionNames(program)];
  }
  const options = optionNames(command);
  switch (command.name()) {
    case "show":
    case "list":
    case "diff": {
      if (positionals.length === 0) return [...codeIds(library), ...options];
      // diff's two codes may be names of several words too (`diff north carolina alaska`): the
      // next word of the name begun, and codes while fewer than two are named.
      if (command.name() === "diff") {
        const joining = /^(?:and|&)$/i.test(positionals.at(-1)!);
        const names = codeNamesTyped(library, joining ? positionals.slice(0, -1) : positionals);
        const begun = joining ? [] : nextNameWords(library, names.at(-1)!.split(" "));
        return [...begun, ...(names.length < 2 ? codeIds(library) : []), ...options];
      }
      // show takes several references (`show medi-cal integrity 12 alaska conduct 4`): after a
      // reference's numbers (or an item's letters, or an `and`, after them) the next one starts,
      // with a code.
      const words = command.name() === "show" ? lastReferenceWords(positionals) : positionals;
      if (words.length === 0 || (words.length < positionals.length && words.every((word) => ITEM_LETTER_TYPED.test(word) || /^(?:and|&)$/i.test(word)))) return [...codeIds(library), ...options];
      // A code's name may be several words typed without quotes: `show north carolina <Tab>`
      // offered only options, where `show nc <Tab>` offered the sections.
      const named = codeOfWords(library, words);
      const sections = command.name() === "show" && named !== undefined && named.count === words.length ? placesOf(named.code) : [];
      return [...new Set([...nextNameWords(library, words), ...sections])].concat(options);
    }
    // Codes as arguments, any number: those not named yet, as arguments or with --code.
    case "export": {
      const named = [...positionals, ...(line.values.get("code") ?? []).flatMap((value) => value.split(","))];
      const chosen = new Set(named.map((name) => codeNamed(library, name.trim())));
      return [...library.codes.filter((code) => !chosen.has(code)).map((code) => code.id), ...options];
    }
    // topic and concepts take a topic or a concept.
    case "topic":
    case "concepts":
      return positionals.length === 0 ? [...library.topics.map((topic) => topic.id), ...library.concepts.map((concept) => concept.id), ...options] : options;
    case "validate":
      return [FILES, ...options];
    // Its options too (--json), before the shell and after it, as every command's are offered.
    case "completion":
      return positionals.length === 0 ? [...(command.registeredArguments[0]?.argChoices ?? []), ...options] : options;
    default:
      return options;
  }
}

/** The words of a line to complete, an option's value apart from the option, as completeWords reads them. */
export interface TypedLine {
  before: string[];
  current: string;
  /** What the candidates go after in the word being completed: "--format=" of --format=m. */
  prefix: string;
}

/** A long option and its value in one word, as commander reads it: "--format=md". */
const OPTION_WITH_VALUE = /^(--[^=\s]+)=([^]*)$/;

/**
 * The words as the shells give them, read as commander reads `--option=value`. bash splits the
 * word at "=" (a break in COMP_WORDBREAKS): "--format", "=", "m"; zsh and fish give it whole,
 * "--format=m". Either way the value completes as after "--format m" (and, given whole, the
 * candidates go after "--format="): each offered every option, as if no value had begun.
 */
export function typedLine(words: readonly string[], current: string): TypedLine {
  const before: string[] = [];
  for (const word of words) {
    const joined = OPTION_WITH_VALUE.exec(word);
    if (joined) before.push(joined[1]!, joined[2]!);
    else if (!(word === "=" && before.at(-1)?.startsWith("-"))) before.push(word);
  }
  const joined = OPTION_WITH_VALUE.exec(current);
  if (joined) return { before: [...before, joined[1]!], current: joined[2]!, prefix: `${joined[1]!}=` };
  // bash, right after the "=": the word being completed is the "=" itself.
  if (current === "=" && before.at(-1)?.startsWith("--")) return { before, current: "", prefix: "" };
  return { before, current, prefix: "" };
}

/**
 * A path as the shell will read it, from the word as typed: quotes and backslashes taken out
 * ('my codes', "my codes", my\ codes), a ~ at its start the home folder. Nothing is expanded.
 */
export function typedPath(word: string, home = process.env.HOME): string {
  let path = "";
  let at = 0;
  while (at < word.length) {
    const char = word[at]!;
    if (char === "'") {
      const end = word.indexOf("'", at + 1);
      path += word.slice(at + 1, end < 0 ? word.length : end);
      at = end < 0 ? word.length : end + 1;
    } else if (char === '"') {
      for (at++; at < word.length && word[at] !== '"'; at++) {
        if (word[at] === "\\" && at + 1 < word.length && '"\\$`'.includes(word[at + 1]!)) at++;
        path += word[at];
      }
      at++;
    } else if (char === "\\" && at + 1 < word.length) {
      path += word[at + 1];
      at += 2;
    } else {
      path += char;
      at++;
    }
  }
  // The shell expands a ~ only where it is not quoted: at the very start of the word.
  return home && /^~(?=\/|$)/.test(word) ? home + path.slice(1) : path;
}

/** The directories named by --data in the words typed (typedLine's), so that their codes complete too. */
export function typedDataDirectories(program: Command, before: readonly string[]): string[] {
  const dataOption = findOption([program], "--data");
  const directories: string[] = [];
  for (let at = 0; at < before.length - 1; at++) {
    if (dataOption && (before[at] === dataOption.long || before[at] === dataOption.short)) directories.push(before[++at]!);
  }
  // An empty one names no folder, as the option's own parser says (program.ts): not the current one.
  return directories.filter((directory) => directory !== "").map((directory) => typedPath(directory));
}
