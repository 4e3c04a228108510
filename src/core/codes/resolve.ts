// Lenient, honest lookup, in three levels, any case: (1) an exact id or alias, (2) another exact
// name — a code's short name or title, a section's title, as slugs — (3) a unique prefix. The
// first level with an answer wins; two things answering at the same level is an error naming
// both; an unknown name suggests the nearest. The clash check (library/merge.ts) refuses two
// codes that answer to one exact name, so citations stay unambiguous.
import type { Code, Library, Section } from "../../model.js";
import { EthicsError, UsageError } from "../errors.js";
import { editDistance, nearest } from "../suggest.js";
import { ethicsFor, ethicsForLibrary } from "../command-start.js";
import { meantAsTyped } from "../spelt-right.js";
import { asLatin, describeLookalikes, lookalikeLetters } from "./lookalike-letters.js";
import { VALUES_SECTION, VALUES_TITLE_SLUG } from "./slug.js";
import { isSmallWord } from "./small-words.js";
import { nearestByWords } from "./words-near.js";

const ASCII = /^[\x00-\x7f]*$/;

/**
 * A name as ids are written: "Safety & Protection" → safety-and-protection, "Médi-Cal" →
 * medi-cal. Letters and digits of every script stay, so that a word in another script is a word
 * that names nothing, not a word that vanishes ("integrity 十二" is not "integrity"). Characters
 * that show nothing (Unicode's default-ignorables: zero width joiner and space, soft hyphen,
 * word joiner, …) are no part of a name: "Ala<ZWJ>ska" reads as Alaska, so it is alaska.
 * Case is folded as Unicode folds it (the lowercase of the uppercase, as CaseFolding.txt's full
 * folding maps nearly every letter): "Medı-Cal" (Turkish dotless ı) and "MEDİ-CAL" are
 * medi-cal, "Straße" is strasse, final ς is σ. Letters of other scripts that look alike
 * (Cyrillic а, Latin a) stay apart: they are other letters, not other cases of one.
 */
export function slugify(input: string): string {
  // Plain ASCII, as nearly every name is, skips compiling Unicode classes (~0.7 ms at start-up).
  if (ASCII.test(input)) return input.toLowerCase().replace(/&/g, "and").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return input
    .normalize("NFKD")
    .toUpperCase()
    .toLowerCase()
    .replace(/[\p{M}\p{Default_Ignorable_Code_Point}]/gu, "")
    .replace(/&/g, "and")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Cyrillic or Greek letters drawn as Latin ones ("аlaska", "ѕupervision"), read as those, may
 * give a name exactly: `lookup` of that name (as a slug), with what tells the letters apart,
 * " ('а' is Cyrillic (U+0430), not Latin a)", since they look the same on the screen. For an
 * unknown code's, section's, topic's or concept's "did you mean …?"; undefined where the input
 * has no such letter, or read as Latin names nothing.
 */
export function lookalikeMatch<T>(input: string, lookup: (asName: string) => T | undefined): { match: T; apart: string } | undefined {
  const lookalikes = ASCII.test(input) ? [] : lookalikeLetters(input);
  if (lookalikes.length === 0) return undefined;
  const match = lookup(slugify(asLatin(input)));
  return match === undefined ? undefined : { match, apart: ` (${describeLookalikes(lookalikes)})` };
}

/**
 * Whether a slug starts with what was typed, word by word, or (from three letters on) one of its
 * later words does: "conflicts" names conflicts-of-interest, "cultural" cultural-responsiveness-
 * and-humility, "nort carolina" north-carolina, "work well" working-well-together.
 */
export function startsName(name: string, wanted: string): boolean {
  // Each word typed begins a word of the name: what is typed is never longer than the name. Told
  // first, a page pasted as a theme is not cut into words again for every name it is held to.
  if (wanted.length > name.length) return false;
  return partsStart(name.split("-"), wanted.split("-"), wanted.length >= 3);
}

/** startsName of a name's parts and the typed ones; `anyWord`: a later word of the name may be where they start. */
function partsStart(parts: readonly string[], typed: readonly string[], anyWord: boolean): boolean {
  const last = Math.min(anyWord ? parts.length : 0, parts.length - typed.length);
  for (let index = 0; index <= last; index++) {
    if (typed.every((word, offset) => parts[index + offset]!.startsWith(word))) return true;
  }
  return false;
}

/**
 * How many of the first `words` one name of at most `mostParts` slug words can take: each word
 * with a letter or digit is at least one word of the slug (an "&" or "·" none), so a longer run
 * names nothing. Trying only these keeps a reference of thousands of words from trying every
 * run of them as a name (5,000 words: over 20 s). Nor more marks than a name has places for,
 * one before, after and between its words: a reference of 40,000 commas was tried whole at every
 * length, for each of them (over a minute, then out of memory).
 */
export function wordsOneNameTakes(words: readonly string[], mostParts: number): number {
  let parts = 0;
  let marks = 0;
  for (let count = 0; count < words.length; count++) {
    if (slugify(words[count]!) !== "" ? ++parts > mostParts : ++marks > mostParts + 1) return count;
  }
  return words.length;
}

/**
 * How many of the first `words` (at least `fewest`) make the longest run `names` accepts, the
 * runs tried longest first, each of one name's words at most (wordsOneNameTakes); 0 where none.
 */
export function longestNamingRun(words: readonly string[], mostParts: number, names: (run: readonly string[]) => boolean, fewest = 1): number {
  for (let count = wordsOneNameTakes(words, mostParts); count >= fewest; count--) {
    if (names(words.slice(0, count))) return count;
  }
  return 0;
}

/** The most slug words any of these names has. */
function mostParts(names: readonly ExactName[]): number {
  return names.reduce((most, name) => Math.max(most, name.slug.split("-").length), 0);
}

/** One exact name: level 1 an id or alias, level 2 a name or title; `field` is where it is written. */
export interface ExactName {
  slug: string;
  level: 1 | 2;
  field: string;
  text: string;
}

function distinct(names: ExactName[]): ExactName[] {
  const seen = new Set<string>();
  return names.filter((name) => name.slug !== "" && !seen.has(name.slug) && seen.add(name.slug));
}

/** Every exact name a code answers to, each once (the first field that gives it). */
export function codeNames(code: Code): ExactName[] {
  return distinct(namesByField(code));
}

/**
 * The name each field of a code gives, a name given twice given by both
 * (id: wisconsin, shortName: Wisconsin): a clash is each field's to fix,
 * and one left out was found only once the other was fixed.
 */
export function namesByField(code: Code): ExactName[] {
  const names: ExactName[] = [
    { slug: code.id, level: 1, field: "id", text: code.id },
    ...code.aliases.map((alias, index): ExactName => ({ slug: alias, level: 1, field: `aliases[${index}]`, text: alias })),
    { slug: slugify(code.shortName), level: 2, field: "shortName", text: code.shortName },
    { slug: slugify(code.title), level: 2, field: "title", text: code.title },
  ];
  return names.filter((name) => name.slug !== "");
}

interface Choice<T> {
  value: T;
  /** The name to show the user for this choice. */
  label: string;
  names: ExactName[];
}

/** A name as match compares it: made once for each name (formsOf), not at every lookup. */
interface NameForm {
  level: 1 | 2;
  slug: string;
  unparted: string;
  parts: string[];
}

/**
 * Each choice's names as match compares them, kept with the choices, which are kept for each
 * code (codeChoices, sectionChoices): a lookup compared every name of every code afresh, and
 * words tried as names by the thousand (`ethics list` given a pasted page) took a minute.
 */
const FORMS = new WeakMap<Choice<unknown>, NameForm[]>();

function formsOf(choice: Choice<unknown>): NameForm[] {
  let forms = FORMS.get(choice);
  if (forms === undefined) {
    forms = choice.names.map((name) => ({ level: name.level, slug: name.slug, unparted: unparted(name.slug), parts: name.slug.split("-") }));
    FORMS.set(choice, forms);
  }
  return forms;
}

/** What is looked up, where, and the command that lists the choices. */
interface Scope {
  what: "code" | "section";
  where: string;
  /** The hint where the choices are too many to list. */
  listHint: string;
  /** Said after the hint where no choice is near what was typed: where else it may be found. */
  elsewhere?: string;
}

export type Lookup<T> =
  | { kind: "found"; value: T }
  | { kind: "ambiguous"; message: string; hint: string }
  | { kind: "none" };

export type Stage = "exact" | "prefix";

/** Hints are one line of an 80-column terminal, after "hint: ". */
const HINT_WIDTH = 74;

/** "a, b, c", or the first few and how many more, so that a thousand codes make no wall of text. */
function listLabels(labels: readonly string[], most = 6): string {
  return labels.length <= most ? labels.join(", ") : `${labels.slice(0, most).join(", ")}, … (${labels.length} in all)`;
}

function describeMatch<T>(choice: Choice<T>, wanted: string): string {
  const name = choice.names.find((candidate) => candidate.slug === wanted);
  if (!name || name.field === "id") return choice.label;
  const field = name.field === "shortName" ? "short name" : name.field.startsWith("aliases") ? "alias" : "title";
  return `${choice.label} (its ${field} '${name.text}')`;
}

/** A slug without what parts its words: "to-gether" and "together" are one word said two ways. */
const unparted = (slug: string) => slug.replace(/-/g, "");

function match<T>(wanted: string, choices: readonly Choice<T>[], stage: Stage, scope: Scope, input: string): Lookup<T> {
  const wantedUnparted = unparted(wanted);
  const typed = wanted.split("-");
  const levels =
    stage === "exact"
      ? [
          ...[1, 2].map((level) => () => choices.filter((choice) => formsOf(choice).some((name) => name.level === level && name.slug === wanted))),
          // A name with a word said in two ("working well to gether", as dictation may write
          // it) or two run together ("northcarolina"): that name, where none is so exactly.
          () => choices.filter((choice) => formsOf(choice).some((name) => name.unparted === wantedUnparted)),
        ]
      : [() => choices.filter((choice) => formsOf(choice).some((name) => partsStart(name.parts, typed, wanted.length >= 3)))];
  for (const level of levels) {
    const matches = level();
    if (matches.length === 1) return { kind: "found", value: matches[0]!.value };
    if (matches.length > 1 && stage === "exact") {
      return {
        kind: "ambiguous",
        message: `'${input}' names ${matches.length} ${scope.what}s${scope.where}: ${matches.map((choice) => describeMatch(choice, wanted)).join(" and ")}`,
        hint: `use the id: ${matches.map((choice) => choice.label).join(" or ")}`,
      };
    }
    if (matches.length > 1) {
      const labels = matches.map((choice) => choice.label);
      return { kind: "ambiguous", message: `'${input}' is ambiguous${scope.where}: it could be ${listLabels(labels)}`, hint: "type more of the name" };
    }
  }
  return { kind: "none" };
}

function find<T>(input: string, choices: readonly Choice<T>[], scope: Scope, stages: readonly Stage[]): Lookup<T> {
  const wanted = slugify(input);
  if (wanted === "") return { kind: "none" };
  for (const stage of stages) {
    // A small word alone ("the", "me", "a") begins a code's name by chance, not to name it:
    // "the" named North Carolina ("The North Carolina …"), "me" Medi-Cal, as said aloud
    // before a citation. Named exactly (a user's code "me"), it is that code still.
    if (stage === "prefix" && scope.what === "code" && !wanted.includes("-") && isSmallWord(wanted)) continue;
    const result = match(wanted, choices, stage, scope, input);
    if (result.kind !== "none") return result;
  }
  return { kind: "none" };
}

/**
 * The choice with the name nearest to what was typed, if it is near enough, and that name. What
 * splits a reference asks this, whether or not the words are English: "rode of conduct" is a
 * name mistyped, not a name and a number. Whether "did you mean" offers it is `offered`'s call.
 */
function nearestName<T>(input: string, choices: readonly Choice<T>[]): { label: string; name: string } | undefined {
  const typed = slugify(input);
  // A name the edits change every letter of is no nearer than any other: 'abc' kept only the a
  // of 'ak' (Alaska's alias), and was offered Alaska. Fewer edits than the name's letters.
  const byName = new Map(choices.flatMap((choice) => choice.names.map((name) => [name.slug, choice.label] as const)));
  const near = nearest(typed, [...byName.keys()], (a, b) => {
    const edits = editDistance(a, b);
    return edits >= b.length ? Infinity : edits;
  });
  return near === undefined ? undefined : { label: byName.get(near)!, name: near };
}

function suggest<T>(input: string, choices: readonly Choice<T>[]): string | undefined {
  return nearestName(input, choices)?.label;
}

/** The suggestion a message makes: none for English meant as typed (spelt-right.ts). */
function offered<T>(input: string, choices: readonly Choice<T>[]): string | undefined {
  const near = nearestName(input, choices);
  return near === undefined || meantAsTyped(input, near.name) ? undefined : near.label;
}

/**
 * The suggestion a message makes from the runs of the names' words (words-near.ts): one word of
 * a name misspelt ("saftey": safety-and-protection), where one choice is clearly meant.
 */
function offeredByWords<T>(input: string, choices: readonly Choice<T>[]): string | undefined {
  const near = nearestByWords(slugify(input), choices.map((choice) => ({ label: choice.label, slugs: choice.names.map((name) => name.slug) })));
  return near === undefined || meantAsTyped(input, near.run) ? undefined : near.label;
}

/**
 * The choice an unknown name's "did you mean" offers: its look-alike read as Latin, else the
 * nearest, else, with `byWords` (sections), the one a word of whose names is misspelt.
 */
function meantChoice<T>(input: string, choices: readonly Choice<T>[], byWords = false): { label: string; apart: string } | undefined {
  const lookedLike = lookalikeMatch(input, (asName) => choices.find((choice) => choice.names.some((name) => name.slug === asName)));
  if (lookedLike !== undefined) return { label: lookedLike.match.label, apart: lookedLike.apart };
  const label = offered(input, choices) ?? (byWords ? offeredByWords(input, choices) : undefined);
  return label === undefined ? undefined : { label, apart: "" };
}

function unknown<T>(input: string, choices: readonly Choice<T>[], scope: Scope): EthicsError {
  const listed = `expected one of: ${choices.map((choice) => choice.label).join(", ")}`;
  const hint = listed.length <= HINT_WIDTH ? listed : scope.listHint;
  // An empty name is a usage error; so is one of punctuation alone ('*'), which names nothing.
  if (input.trim() === "") return new UsageError(`no ${scope.what} given${scope.where}`, hint);
  if (slugify(input) === "") return new UsageError(`no ${scope.what} '${input}'${scope.where}: a name has letters or digits`, hint);
  const meant = meantChoice(input, choices, scope.what === "section");
  if (meant === undefined) return new EthicsError(`no ${scope.what} '${input}'${scope.where}`, scope.elsewhere === undefined ? hint : `${hint}; ${scope.elsewhere}`);
  return new EthicsError(`no ${scope.what} '${input}'${scope.where} — did you mean ${meant.label}?${meant.apart}`, hint);
}

function settle<T>(input: string, result: Lookup<T>, choices: readonly Choice<T>[], scope: Scope): T {
  if (result.kind === "found") return result.value;
  if (result.kind === "ambiguous") throw new EthicsError(result.message, result.hint);
  throw unknown(input, choices, scope);
}

/** Asked for when a code is not found: by then the run's --data folders are recorded (command-start.ts). */
const CODES: Scope = {
  what: "code",
  where: "",
  get listHint() {
    return `\`${ethicsForLibrary()} list\` shows the codes`;
  },
  // A name near none of the codes is likelier one of the user's own, in a folder not loaded
  // (`show riverbend gifts 3` with --data forgotten) than a slip: the hint says how to load it.
  elsewhere: "a code of your own: add --data DIR (its folder) or set ETHICS_DATA=DIR",
};

/** Each code's choice, made once: a code's names do not change once it is read. */
const CODE_CHOICES = new WeakMap<Code, Choice<Code>>();

function codeChoices(library: Library): Choice<Code>[] {
  return library.codes.map((code) => {
    let choice = CODE_CHOICES.get(code);
    if (choice === undefined) {
      choice = { value: code, label: code.id, names: codeNames(code) };
      CODE_CHOICES.set(code, choice);
    }
    return choice;
  });
}

/** A code by name, without throwing: for trying where a code's name ends among several words. */
export function findCode(library: Library, input: string, stages: readonly Stage[] = ["exact", "prefix"]): Lookup<Code> {
  return find(input, codeChoices(library), CODES, stages);
}

/** The code whose name is nearest to what was typed, if any is near enough. */
export function suggestCode(library: Library, input: string): string | undefined {
  return suggest(input, codeChoices(library));
}

/**
 * The code an unknown code's message offers ("did you mean alaska?"), by its id: none where the
 * name is English meant as typed, as the message offers none. For a name that names no code.
 */
export function codeOffered(library: Library, input: string): string | undefined {
  if (slugify(input) === "") return undefined;
  return meantChoice(input, codeChoices(library))?.label;
}

export function unknownCode(library: Library, input: string): EthicsError {
  return unknown(input, codeChoices(library), CODES);
}

export function resolveCode(library: Library, input: string): Code {
  const choices = codeChoices(library);
  return settle(input, find(input, choices, CODES, ["exact", "prefix"]), choices, CODES);
}

export type SectionTarget = { kind: "section"; section: Section } | { kind: "values" };

/** Each code's section choices, made once, as its code's choice is (codeChoices). */
const SECTION_CHOICES = new WeakMap<Code, Choice<SectionTarget>[]>();

function sectionChoices(code: Code): Choice<SectionTarget>[] {
  let choices = SECTION_CHOICES.get(code);
  if (choices === undefined) {
    choices = sectionChoicesOf(code);
    SECTION_CHOICES.set(code, choices);
  }
  return choices;
}

function sectionChoicesOf(code: Code): Choice<SectionTarget>[] {
  const choices: Choice<SectionTarget>[] = code.sections.map((section) => ({
    value: { kind: "section", section },
    label: section.id,
    names: distinct([
      { slug: section.id, level: 1, field: "id", text: section.id },
      { slug: slugify(section.title), level: 2, field: "title", text: section.title },
    ]),
  }));
  // The pseudo-section that addresses a code's value statements: `ethics show alaska values 2`.
  // A code whose values are its sections (Medi-Cal) has no separate value statements. No
  // section has its names: the schema reserves them (slug.ts).
  if (code.values.length > 0) {
    choices.push({
      value: { kind: "values" },
      label: VALUES_SECTION,
      names: [
        { slug: VALUES_SECTION, level: 1, field: "id", text: VALUES_SECTION },
        { slug: VALUES_TITLE_SLUG, level: 2, field: "title", text: "Value statements" },
      ],
    });
  }
  return choices;
}

function sectionsOf(code: Code): Scope {
  return { what: "section", where: ` in ${code.id}`, listHint: `\`${ethicsFor(code)} list ${code.id}\` shows its sections` };
}

/**
 * Whether a run of words whose first word's slug is `slug` may name a code, for trying runs of
 * many words cheaply: false only where findCode finds no such run, as no name of any code has
 * a word that begins as the slug's first word does (an exact or a prefix name), nor begins as
 * the slug does with the words of both run together ("nor thcarolina"). Made for one library.
 */
export function mayBeginCodeName(library: Library): (slug: string) => boolean {
  const forms = codeChoices(library).flatMap((choice) => formsOf(choice));
  const told = new Map<string, boolean>();
  return (slug) => {
    let may = told.get(slug);
    if (may === undefined) {
      const first = slug.split("-", 1)[0]!;
      const joined = unparted(slug);
      may = forms.some((form) => form.unparted.startsWith(joined) || form.parts.some((part) => part.startsWith(first)));
      told.set(slug, may);
    }
    return may;
  };
}

/**
 * mostCodeNameParts of each library, by its codes (a library copied with the same codes shares
 * it): every reference parsed asks, and it worked out every name of every code at each ask. A
 * library's codes are never changed once it is made.
 */
const MOST_CODE_NAME_PARTS = new WeakMap<readonly Code[], number>();

/** The most slug words any code's name has (a run of more words names no code). */
export function mostCodeNameParts(library: Library): number {
  let most = MOST_CODE_NAME_PARTS.get(library.codes);
  if (most === undefined) {
    most = mostParts(codeChoices(library).flatMap((choice) => choice.names));
    MOST_CODE_NAME_PARTS.set(library.codes, most);
  }
  return most;
}

/**
 * mostSectionNameParts of each code, kept with it as its section choices are: every reference
 * and --section joined to words asks, and it recounted every name of every section at each ask.
 */
const MOST_SECTION_NAME_PARTS = new WeakMap<Code, number>();

/** The most slug words any name of one of `code`'s sections has. */
export function mostSectionNameParts(code: Code): number {
  let most = MOST_SECTION_NAME_PARTS.get(code);
  if (most === undefined) {
    most = mostParts(sectionChoices(code).flatMap((choice) => choice.names));
    MOST_SECTION_NAME_PARTS.set(code, most);
  }
  return most;
}

export function findSection(code: Code, input: string, stages: readonly Stage[] = ["exact", "prefix"]): Lookup<SectionTarget> {
  return find(input, sectionChoices(code), sectionsOf(code), stages);
}

/** Whether a section name that finds nothing is near one that exists (then it is a typo, not a number). */
export function hasNearSection(code: Code, input: string): boolean {
  return suggest(input, sectionChoices(code)) !== undefined;
}

/**
 * The section an unknown section's "did you mean" offers, by its id, and what tells look-alike
 * letters apart: for a command that shows it. Undefined where the message offers none.
 */
export function sectionMeant(code: Code, input: string): { value: SectionTarget; label: string; apart: string } | undefined {
  const choices = sectionChoices(code);
  const meant = slugify(input) === "" ? undefined : meantChoice(input, choices, true);
  const choice = meant && choices.find((each) => each.label === meant.label);
  return choice && { value: choice.value, label: choice.label, apart: meant!.apart };
}

export function resolveSection(code: Code, input: string): SectionTarget {
  const choices = sectionChoices(code);
  return settle(input, findSection(code, input), choices, sectionsOf(code));
}
