import { Command, Option } from "commander";
import { EthicsError, isNoStandardMatches, NoStandardMatches, UsageError } from "../../core/errors.js";
import { contextOf, type CommandContext } from "../context.js";
import { allCodesOption, CODE_BY_DEFAULT, codesOfVariable } from "../default-codes.js";
import { chosenCodesAt, CODE_OPTION, codeOption, sectionOption } from "../options.js";
import type { Code, Library, Strength } from "../../model.js";
import type { SearchResult } from "../../core/search/search.js";
import { countParser, strengthOption } from "../study-options.js";
import { isEnglishWord as englishWord } from "../english-words.js";
import { builtinConceptEntryTerms } from "../concept-entries.js";
import { ALIAS_MIN_LENGTH, namesIn } from "../../core/codes/named-codes.js";
import { findCode, mostCodeNameParts } from "../../core/codes/resolve.js";
import { saysEnglishNumber } from "../../core/codes/spelled-numbers.js";
import { either } from "../../core/word-list.js";
import { ethicsForLibrary } from "../../core/command-start.js";
import { shellWord } from "../../core/shell-path.js";
// In the main bundle already (imported as it is, not as a lazy file of its own copy).
import { hasMeaningfulWord, words } from "../../core/text.js";

interface SearchOptions {
  code?: string[];
  allCodes?: boolean;
  section?: string;
  limit: number;
  strength?: Strength;
}

export const search = (): Command =>
  new Command("search")
  .description("find the standards about a situation, in every code, best first")
  .argument("<query...>", "words, a question or a situation: gifts, \"can I lend money to a peer?\"")
  .addOption(codeOption(CODE_BY_DEFAULT))
  .addOption(allCodesOption())
  .addOption(sectionOption("-s, --section <section>", "only this section (id, title or prefix) of each code searched"))
  .addOption(new Option("-n, --limit <n>", "at most this many hits").argParser(countParser("--limit", 1)).default(10))
  .option(
    "--json",
    "print JSON: { query, hits: [{ code, section, sectionTitle, number, text, citation, score, matched, items, notes, editorial, concepts, loose, seeAlso?, strength?, qualifiers? }], concepts, suggestion?, more? } (hits' concepts: what each standard is about; loose: shown apart, loosely related; seeAlso: loose, on a matter of the first hits; concepts: those the query names; strength and qualifiers (what narrows it): with --strength; suggestion: when nothing matches, a word near the query; more: how many more standards answer than --limit let through)",
  )
  .addOption(strengthOption())
  .addHelpText(
    "after",
    `
Examples:
  $ ethics search gifts
  $ ethics search "can I accept a gift from someone I support?"
  $ ethics search romantic relationship --code wi
  $ ethics search confidentialty --limit 3          typos are forgiven
  $ ethics search supervision --code medi-cal --section authenticity
  $ ethics search gifts --strength prohibits       those that forbid

Stop words are ignored, word forms match (supervise, supervision, supervisor), the concept
index's entry terms say what a question is about, and standards about that matter rank above
ones that only mention a word. A question naming a code is still searched in every code: a hint
gives the --code that searches it alone.
Exit status: 0 when something matched, 1 when nothing did (as grep).`,
  )
  .action(async (_words: string[], options: SearchOptions, command: Command) => {
    const context = contextOf(command);
    const loaded = await context.loaded();
    const { search: runSearch } = await import("../../core/search/search.js");
    const { renderSearch } = await import("../../render/search.js");
    // `--code north carolina`, `--section conflicts of interest`: the words that join a value
    // into a whole name are its, as elsewhere; those that join none stay the query's. Where all
    // do, no query is left (`search --code north carolina` searched "carolina"): said below.
    const argv = process.argv.slice(2);
    const typedValues = { code: options.code, section: options.section };
    const nameTyped = options.code !== undefined || options.section !== undefined;
    // A name typed in part may take them all (name-took-every-word.ts).
    const naming = nameTyped ? await import("../name-took-every-word.js") : undefined;
    // A count said in words may take the one word left (`--limit twenty five`): read it too.
    // Words with no option among them (no word begins with "-") give no value more words, and
    // are read as typed without loading the reader.
    const optionTyped = argv.some((word) => word.startsWith("-"));
    const asRead = command.args.length > 0 && optionTyped ? (await import("../value-of-several-words.js")).readValuesOfSeveralWords(command, loaded.library, argv, naming?.namedInPart(loaded.library, options) ?? false) : argv;
    const typed = command.args.join(" ");
    // Digits of every script are read as 0–9, as `show` reads them: `search ١٢` is `search 12`
    // (fullwidth and other compatibility forms are read so already, as all text is).
    const digitsRead = /^[\x00-\x7f]*$/.test(typed) ? typed : (await import("../../core/codes/ref.js")).asciiDigits(typed);
    // `wi:12`, `medi-cal:integrity:12`: a reference written as `show` also takes it, read as its
    // words are (`wi 12`), not as one word search splits its own way.
    const query = COLON_REFERENCE.test(digitsRead.trim()) ? digitsRead.trim().replaceAll(":", " ") : digitsRead;
    // An option's mistake is told before the query's: it is no search at all.
    const chosen = await chosenCodesAt({ ...CODE_OPTION, section: true }, loaded.library, options.code);
    const myCodes = await codesOfVariable(loaded.library, options);
    if (options.code !== undefined) {
      const joined = (await import("../joined-after-option.js")).codesAfterSearchCode(loaded.library, asRead, englishWord, command.args.length);
      if (joined !== undefined) throw joined;
    }
    if (options.section !== undefined) {
      const { sectionsSearched } = await import("../../core/search/scope.js");
      sectionsSearched(loaded.library, { codes: (chosen ?? myCodes)?.map((code) => code.id) ?? [], section: options.section });
      const joined = (await import("../joined-after-option.js")).sectionsJoinedAfterOption(chosen ?? myCodes ?? loaded.library.codes, asRead);
      if (joined !== undefined) throw joined;
    }
    if (command.args.length === 0) {
      if (naming) throw naming.nothingLeft(loaded.library, "search", "<query...>", "no words to search for", "gifts", options, typedValues, chosen);
      throw new UsageError(`search needs <query...>: the words after --limit say its count (${options.limit}), which leaves no words to search for`, `e.g. \`${ethicsForLibrary()} search gifts --limit ${options.limit}\``);
    }
    await orEmptyResult(context, typed, () => refuseUnreadQuery(query));
    // The codes the question names: search puts their answers first, and the hint names them.
    const namedInWords = options.code === undefined ? namesIn(loaded.library, query, (word) => englishWord(word)) : undefined;
    // Numbers alone keep only the hits that hold them (number-queries.ts): all are ranked, so
    // that --limit counts those kept. Loaded only for a query with a digit, or a number said in
    // words, as few are.
    const digits = mayHoldDigit(query);
    const numbers = digits || saysEnglishNumber(query) ? await import("../number-queries.js") : undefined;
    // Beside numbers, a word is a code's name as `show` reads it: `wi 12` is Wisconsin's 12.
    const named = digits && numbers && namedInWords ? await numbers.namesBesideNumbers(loaded.library, query, namedInWords) : namedInWords;
    // Numbers said in words alone (`twelve`, `twenty five 3`) are numbers alone, as their digits
    // are: "twelve" found the standards of a concept one of whose entry terms holds the word
    // ("rehab twelve times"), and under --code, where none did, said other codes matched.
    const numbersOnly = (numbers?.isNumbersOnly(query, named) ?? false) || numbers?.numbersSaidAlone(query) !== undefined;
    // A code's name alone (`alaska`, `nc`) looks for the code: as for numbers alone, only the
    // standards whose words hold it are answers, and the hint says how to print or search it.
    const codeAlone = options.code === undefined && !numbersOnly ? codeNamedAlone(loaded.library, query) : undefined;
    const literal = numbersOnly || codeAlone ? (numbers ?? (await import("../number-queries.js"))) : undefined;
    // ETHICS_CODE narrows a search whose words name no code: "what does alaska say about gifts" asks Alaska.
    const scope = chosen ?? (codeAlone === undefined && !named?.codes.length ? myCodes : undefined);
    const index = await loaded.searchIndex();
    const searched = (codes: readonly Code[] | undefined, section: string | undefined, limit: number, countMore = false) => {
      const found = runSearch(index, loaded.library, query, {
        codes: codes?.map((code) => code.id) ?? [],
        limit: literal ? Number.MAX_SAFE_INTEGER : limit,
        ...(section !== undefined ? { section } : {}),
        isEnglishWord: (word) => englishWord(word),
        conceptEntryTerms: builtinConceptEntryTerms,
        ...(named && { namesInQuery: named }),
        // Hits filtered after the search: the room under the limit is not yet the reader's.
        ...((literal || options.strength) && { seeAlso: false }),
        // Those filtered are all ranked, and counted as they are kept.
        ...(countMore && !literal && !options.strength && { countMore }),
      });
      return literal ? literal.literalHits(found, limit) : found;
    };
    // --strength filters the ranked hits, so it needs all of them
    const kept = await orEmptyResult(context, typed, () => searched(scope, options.section, options.strength ? Number.MAX_SAFE_INTEGER : options.limit, true));
    const ranked = options.strength
      ? (await import("../strength-filter.js")).searchByStrength(loaded.library, kept, options.strength, options.limit)
      : kept;
    // The query said back as typed, its digits in their own script.
    const result = query === typed ? ranked : { ...ranked, query: typed };
    // A number said in words (`north carolina seven`) reads as a reference as its digits do.
    const hinting = numbers ?? (saysEnglishNumber(query) ? await import("../number-queries.js") : undefined);
    // The codes the words name, else those searched (ETHICS_CODE's too): `search 12 5` under Alaska's is Alaska's 12.
    const showHint = codeAlone
      ? await codeAloneHint(typed, codeAlone)
      : hinting && (await hinting.numberShowHint(loaded.library, query, numbersOnly, named?.codes.length ? named.codes : (scope ?? []), named?.names));
    const userCodes = new Set(loaded.library.codes.filter((code) => code.origin === "user").map((code) => code.id));
    if (result.hits.length === 0) {
      if (context.json) await context.print(result, () => "");
      const { queryShown } = await import("../../core/shorten.js");
      const shown = queryShown(typed);
      // "gifts --code alaska --strength requires" matched nothing, and the hint said to try other
      // words: the words match, and what the options kept out is the answer.
      const filtered = await keptOut(loaded.library, options, scope, kept, { inCodes: () => searched(scope, undefined, 1), anywhere: () => searched(undefined, undefined, 1) });
      // A number beside that (`search 2 --code wi`): the standard of that number is most likely what was asked.
      if (filtered) throw new EthicsError(`no standard ${filtered.which} matches '${shown}'`, showHint ? `${showHint}; ${filtered.hint}` : filtered.hint);
      throw new NoStandardMatches(
        shown,
        undefined,
        // "ethics search -- --json": after `--` an option is searched for as words; a slip of
        // its letters ("did you mean son?") would miss what went wrong. A dash before a number
        // ("-5") is no option, and commander passes it without a `--`.
        /^\s*--?\p{L}/u.test(query)
          ? `an option after \`--\` is searched for as words; without the \`--\`: ${withoutEndOfOptions(query)}`
          : showHint ??
            (result.suggestion !== undefined && /^\d+$/.test(result.suggestion) ? `try other words, or \`${ethicsForLibrary()} topics\` for the themes` : undefined) ??
            (result.suggestion
              ? `did you mean ${result.suggestion}? (\`${ethicsForLibrary()} topics\` lists the themes)`
              : `try other words, or \`${ethicsForLibrary()} topics\` for the themes`),
      );
    }
    await context.print(result, (renderOptions) => renderSearch(result, renderOptions, userCodes));
    // More answer than the limit let through: said, with the limit that shows them all.
    if (result.more !== undefined && !context.json) {
      const { stderrText, writeErr } = await import("../output.js");
      const { moreAnswersLine } = await import("../../render/search.js");
      writeErr(stderrText(`hint: ${moreAnswersLine(result.more, options.limit)}`) + "\n");
    }
    if (named && !codeAlone && !context.json) await hintNamedCodes(named.codes, () => namedTheme(loaded.library, result.concepts, query, named.names));
    // Narrowed to some codes, a matter the question names that none of their answers is on, where other codes have rules on it.
    if (scope !== undefined && options.section === undefined && !literal && !options.strength && !context.json) {
      const elsewhere = (await import("../matter-elsewhere.js")).matterElsewhere(loaded.library, scope, result, () => searched(undefined, undefined, options.limit));
      if (elsewhere !== undefined) {
        const { stderrText, writeErr } = await import("../output.js");
        writeErr(stderrText(`hint: ${elsewhere}`) + "\n");
      }
    }
    if (showHint && !context.json) {
      const { stderrText, writeErr } = await import("../output.js");
      writeErr(stderrText(`hint: ${showHint}`) + "\n");
    }
  });

/**
 * The code a query names and says nothing else of (`alaska`, `nc`, `north carolina`), named
 * exactly, as `show` reads it. A name of one everyday word (the alias "medical" of Medi-Cal, a
 * user's code named "boundaries") is searched as a word, as namesIn reads it: someone typing it
 * looks for what the standards say of it. An abbreviation (`nc`, `wi`) is the code's.
 */
function codeNamedAlone(library: Library, query: string): Code | undefined {
  const name = query.trim();
  const parts = name.split(/\s+/);
  // A query of more words than any code's name has (a pasted page) names none.
  if (parts.length > 1 && parts.length > mostCodeNameParts(library)) return undefined;
  const found = findCode(library, name, ["exact"]);
  if (found.kind !== "found") return undefined;
  // Asked last: the word list is read from disk, and most searches name no code.
  if (parts.length === 1 && name.length >= ALIAS_MIN_LENGTH && englishWord(name.toLowerCase())) return undefined;
  return found.value;
}

async function codeAloneHint(typed: string, code: Code): Promise<string> {
  const { queryShown } = await import("../../core/shorten.js");
  const { ethicsFor } = await import("../../core/command-start.js");
  return `'${queryShown(typed)}' names a code: \`${ethicsFor(code)} show ${code.id}\` prints it whole; to search it, e.g. \`${ethicsFor(code)} search gifts --code ${code.id}\``;
}

/**
 * `search -- --json gifts`: the command with the option as an option, the query's other words
 * (shell-quoted) its query, or an example query where it had none, so that it runs as printed.
 */
function withoutEndOfOptions(query: string): string {
  const [option, ...words] = query.trim().split(/\s+/);
  const command = `\`${[ethicsForLibrary(), "search", ...(words.length > 0 ? words.map(shellWord) : ["gifts"]), shellWord(option!)].join(" ")}\``;
  return words.length > 0 ? command : `e.g. ${command}`;
}

/** Names and a number joined by colons, one word: code:number or code:section:number. */
const COLON_REFERENCE = /^[^\s:]+(?::[^\s:]+)+$/;

/**
 * A query refused for having no words search reads (emoji, another script, common words alone)
 * is a search that found nothing, as `xyzzy` is: with --json, stdout holds the same empty result,
 * so that a script reads every "no standard matches" alike.
 */
async function orEmptyResult<T>(context: CommandContext, query: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (context.json && isNoStandardMatches(error)) await context.print({ query, hits: [], concepts: [] }, () => "");
    throw error;
  }
}

/** How a search of the words alone, with fewer of the options, would go. */
interface Widened {
  /** Without --section, in the codes --code names. */
  inCodes: () => SearchResult;
  /** Without --section or --code. */
  anywhere: () => SearchResult;
}

/**
 * What the options kept out of a search that found nothing, when the words match with fewer of
 * them: standards that bind otherwise, or of another section or code. `scope`: the codes searched,
 * by --code or ETHICS_CODE. Undefined when the words match nothing anyway.
 */
async function keptOut(library: Library, options: SearchOptions, scope: readonly Code[] | undefined, beforeStrength: SearchResult, widened: Widened) {
  if (options.strength && beforeStrength.hits.length > 0) {
    const strengths = (await import("../strength-filter.js")).strengthsOfHits(library, beforeStrength);
    return { which: `that ${options.strength}`, hint: `it matches standards that bind otherwise: --strength ${either(strengths)}` };
  }
  if (scope === undefined && options.section === undefined) return undefined;
  const codes = scope?.map((code) => code.shortName);
  const inSection = options.section === undefined ? "" : `in a section '${options.section}'`;
  const which = [codes && `of ${either(codes)}`, inSection].filter(Boolean).join(" ");
  if (options.section !== undefined && widened.inCodes().hits.length > 0) return { which, hint: "it matches standards of other sections: search without --section" };
  // The codes ETHICS_CODE chose are not on the command line to leave out.
  const everyCode = options.code === undefined ? `with --all-codes${inSection ? " and without --section" : ""}` : `without --code${inSection ? " or --section" : ""}`;
  if (codes !== undefined && widened.anywhere().hits.length > 0) return { which, hint: `it matches standards of other codes: search ${everyCode}` };
  return undefined;
}

/** Whether the query may hold a digit of any script; ASCII text is told without compiling \p{Nd}. */
function mayHoldDigit(query: string): boolean {
  return /[0-9]/.test(query) || (!/^[\x00-\x7f]*$/.test(query) && /\p{Nd}/u.test(query));
}

/** Codes a hint names one by one, at most: a place ("California") may name every code kept for it. */
const NAMED_LISTED = 4;

/**
 * A question that names codes ("what does alaska say about gifts") is still searched in every
 * code, their answers first, since a name may be part of the matter ("Alaska Native"); a hint
 * on stderr says how to search the named ones alone, and, for two or more, how to compare them.
 */
async function hintNamedCodes(named: readonly Code[], theme: () => Promise<string | undefined>): Promise<void> {
  if (named.length === 0) return;
  const { stderrText, writeErr } = await import("../output.js");
  const { ethicsFor } = await import("../../core/command-start.js");
  const names = named.map((code) => code.shortName);
  const listed = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)!}`;
  const alone =
    named.length > NAMED_LISTED
      ? `the question names ${named.length} codes (${names.slice(0, 2).join(", ")} and ${named.length - 2} more); --code searches those you list alone`
      : `to search ${listed} alone, add --code ${named.map((code) => code.id).join(",")}`;
  const matter = named.length >= 2 ? await theme() : undefined;
  const on = matter === undefined ? "" : ` --topic ${matter}`;
  const compare = named.length >= 2 ? `; to compare two codes${on ? " on this matter" : ""}, \`${ethicsFor(named[0]!, named[1]!)} diff ${named[0]!.id} ${named[1]!.id}${on}\`` : "";
  writeErr(stderrText(`hint: ${alone}${compare}`) + "\n");
}

/** The one matter a question naming codes is about, beside them, for diff --topic. */
async function namedTheme(library: Library, concepts: readonly string[], query: string, names: readonly string[]): Promise<string | undefined> {
  const { themeNamed } = await import("../../core/concepts/theme-named.js");
  const { withoutNames } = await import("../../core/codes/named-codes.js");
  return themeNamed(library, concepts, withoutNames(query, names));
}

/**
 * Search reads words in Latin letters (English, accents taken off: a–z) and digits (of any
 * script, read as 0–9 before this); a query in another script (礼物, подарок), or of emoji, has
 * none it can read, and saying that its words are too common would mislead. Nor has a number
 * beside such words (هدیه ۱۲, 礼物 12): searched for the number alone, it answered with
 * whatever holds a 12. Said here, before search; what search reads is not changed.
 */
async function refuseUnreadQuery(query: string): Promise<void> {
  // A query with a word search reads (nearly every one) is let through before the Unicode
  // pattern below is compiled or run: that costs ~2 ms of every search.
  // Beside numbers alone, words in a script search does not read are looked for (ASCII has none).
  const readsWords = hasMeaningfulWord(query);
  if (readsWords && (/^[\x00-\x7f]*$/.test(query) || !words(query).every((word) => /^\d+$/.test(word)))) return;
  // The joiner and tag characters too: an emoji joined of several (👨‍👩‍👧, a flag) is one run;
  // and the soft hyphen and non-joiner, so that a query of nothing else is named, not ignored.
  // ASCII's symbols (^ ~ ` + = | < > $) are no script: a query of nothing else has no words,
  // as one of ( or * has, and was told that search reads Latin letters only.
  const unreadRuns = (query.match(/[\p{L}\p{M}\p{N}\p{S}\u00ad\u200c\u200d\u{e0020}-\u{e007f}]+/gu) ?? []).filter(
    (run) => words(run).length === 0 && !/^[\x00-\x7f]+$/.test(run),
  );
  // Beside numbers, only words are refused: a mark (12 ✓, 12 →) leaves a search of numbers.
  const unread = readsWords ? unreadRuns.filter((run) => /\p{L}/u.test(run)) : unreadRuns;
  if (unread.length === 0) return;
  const { queryShown } = await import("../../core/shorten.js");
  const { namedIfShowingNothing } = await import("../../render/terminal-text.js");
  throw new NoStandardMatches(
    queryShown(unread.map(namedIfShowingNothing).join(" ")),
    "search reads Latin letters only (a–z), and digits of any script (12, ١٢, १२)",
    `search in English, e.g. gifts, money, confidentiality; \`${ethicsForLibrary()} list\` names the codes; \`${ethicsForLibrary()} show alaska\` prints one whole`,
  );
}
