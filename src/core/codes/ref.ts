// The reference grammar, in one place (also in `ethics show --help` and the README):
//   1. <code>                           a whole code              ethics show alaska
//   2. <code> <section>                 one section               ethics show medi-cal integrity
//   3. <code> <section> <n>             one standard              ethics show medi-cal integrity 12
//   4. <code> <section> <a>-<b>         a range                   ethics show medi-cal integrity 5-7
//   5. <code> <section> <a>-            an open range: a to last  ethics show medi-cal integrity 12-
//   6. <code> <section> <a>,<b>[,…]     a list (ranges allowed)   ethics show medi-cal integrity 5,7,10-12
//   7. <code> <n|range|list>            in a code with one list   ethics show wisconsin 8
//   8. <code> values [<n|range|list>]   value statements          ethics show alaska values 2
//   9. <code> · <section> <n>           a citation as printed     ethics show "Alaska · Conflicts of Interest 3"
//  10. <code>:<section>[:<n|…>]         the one-word form         ethics show medi-cal:integrity:12
//      (its names may be several words: "north carolina:15", "medi-cal:safety & protection:7")
//  11. <reference> <reference> …        several at once           ethics show medi-cal integrity 12 alaska conduct 4
// Words:
//   - Quoting changes nothing: `"medi-cal integrity 12"` is the three words medi-cal integrity 12.
//   - A code or a section may be several words (north carolina, Safety & Protection) and is
//     named by its id, an alias, its name or title, or a unique prefix, in any case
//     (src/core/codes/resolve.ts). Without a `·` or `:`, the code is the longest run of first
//     words that names one.
//   - Numbers are digits of any script (١٢ and １２ are 12); `5 - 7` and `5, 7` are 5-7 and 5,7.
//   - A number may be written as handouts and habits print it: `12.` (a list's marker, as the
//     HTML and Markdown exports print it), `#12`, `§12`, `§ 12`, `standard 12` (where the
//     words with "standard" name no section: words-before-number.ts); a range as `5..7`, `5...7`,
//     `5…7`, `5 to 7` or `5 through 7` (`5 to § 7`); a list as `5 and 7` or `5 & 7`; onto the
//     name (`integrity-12`, `medi-cal_integrity_12`) where no name is so (target/glued-numbers.ts). These are read after
//     printed citations, so a title that holds them ("1. Conduct") still cites back; and a
//     marked number with a name after it is a title's word as typed (`riverside 1. conduct 2`).
//   - The first number after a section's words is its title's where only with it they name a
//     section (`sect part 2 1`, "Part 2" beside "Part 1": section-titled-with-number.ts).
//   - A word with no letter or digit ('!!!', '*') names nothing and is an error (target/resolve-target.ts); a
//     dash alone is punctuation between names ("Alaska – Conduct 4"). So no id is digits alone
//     (schema.ts): `2024` is always a number.
// Several references:
//   - A reference ends after its number(s); a new one starts with the next word.
//   - It also ends at `;` (and at diff's `+` and `→`); an `and` or `&` after its numbers joins
//     it to the next (`wi 1 and nc 2`). Where no number ends it, a name that names nothing
//     whole is read as references joined by `and`, `&` or a comma, if each part names one
//     (`alaska conduct and nc 2`, `wi, nc`, `wi, nc, and alaska`, and `wi nc and alaska`, codes
//     named whole before the last joiner: target/joined.ts), so a title with `and` is read whole.
//     A joining word with nothing after it, or written twice (`wi and and nc`), is an error.
//     A comma with no space between numbers and a name (`nc 15,wi 12`) parts references as
//     `nc 15, wi 12` does, where the words do not read as typed (withCommasSpaced, target/arguments.ts).
//   - It also ends before an argument that is a citation
//     (a name, then `·`) or a one-word form, so that pasted citations need no `;`:
//     ethics show "Medi-Cal · Integrity" "Alaska · Conduct".
//   - A section named alone after a reference is the code's named last, where it has one so
//     named (`medi-cal integrity 12 respect 2`, "Medi-Cal Integrity 1, Integrity 9": target/named-before.ts).
//   - Numbers after a reference's numbers are more of its list: `integrity 5 7`, `wi 1 and 3` are
//     5,7 and 1,3 ("show me Integrity 12 and 13"); after `;` a number still needs a code before it;
//     before a name said without a number of its own (`wi 1 12 nc`), target/code-last.ts decides: more
//     of the list where the code has no such number, else a command for each reading that
//     names something, every reference typed in it (`wi 1 12 of nc`: Wisconsin 1, NC 12).
//   - An item is named after its standard's number (`12 a`, `12a`, `12(a)`, `12.a`, `1(ii)`); one
//     labelled with a number only in parentheses (`1(3)`, `1 (3)`), as `1 3` is 1,3 (target/items.ts).
//     `12a` before more numbers (`12a 13`) is a name's word here, read as the item where no
//     section is named so (target/items.ts); `12 a 13` is a reference `a 13`, read as the item and
//     the numbers after it where a standard comes before it (target/items.ts). Letters after a list
//     or range (`5,12 a`, `5 12 a`, `12-13 a`) are its last number's, as after `12 a 13 b`.
//   - A code named last (`integrity 12 in medi-cal`, `conduct 4 alaska`, `12 of wi`) is refused,
//     with the reference the code-first way in the hint where that names something (target.ts);
//     after a list (`wi 1 and 12 of nc`), the code is its last number's, and numbers right
//     after the code (`wi 1 12 of nc 2`) its too; references after it (`wi 12 of nc alaska
//     conduct 2`) are read as after any reference. After one number, a code before it and
//     another after (`wi 12 of nc`, `alaska conduct 2 of medi-cal`), either may be meant: the
//     hint gives each, where the second has the number (in one of its sections, for example).
// Printed citations:
//   - A citation as ethics prints it is read whole before this grammar reads the rest
//     (printed-citation.ts), so that a user's section titled "3" or "Part 2 Conduct" cites back:
//     "Y · 3 1" is standard 1 of section 3, not standard 3 and a stray 1. After its number, it
//     takes what the grammar takes after a reference's (`5 to 7`, `5 7`, `3 and wi 12`: numbersFrom).
//   - What the tool prints around a citation is left out: a user's code's mark, topic's strength,
//     the colon of a diff pair's line (here); diff's remark after a number, "(similarity 0.44)",
//     where the words do not read as typed (target.ts); the strength a topic or diff row prints
//     right after its code (target/code-named.ts).
//   - What is copied around a reference is left out: brackets around it, around a section and
//     its number after the code's name, or around a number after a name ("(13)", "[13]":
//     parenthesised-place.ts), a closing quote after a number (closing-quote.ts).
// Numbers are resolved against what exists (target.ts): a range is never walked number by number.
// A range whose end is past a section's last standard runs to the last (said on stderr); else its
// ends, and each number of a list, must exist (pickNumbers).
import { STRENGTH_ORDER } from "../../model.js";
import { UsageError, isEthicsError } from "../errors.js";
import { hasWhatShowsNothing, withoutWhatShowsNothing } from "./hidden-characters.js";
import { ethicsForLibrary } from "../command-start.js";
import { asciiDigits } from "./digit-value.js";
import { quotedWord } from "./quoted-word.js";
import { runsBackwards } from "./backwards-ranges.js";
import { numbersAsWritten } from "./spelled-numbers.js";
import { withPlacesUnbracketed } from "./parenthesised-place.js";
import { withoutClosingQuote } from "./closing-quote.js";

/** One number as typed: its value (Infinity past Number.MAX_SAFE_INTEGER: no standard has it) and its digits. */
export interface TypedNumber {
  value: number;
  text: string;
  /** The words it was said in, where not in digits ("fifty"): what a message about it names. */
  said?: string;
}

/** A number as a message names it: as it was typed ("fifty"), not as the digits read. */
export const writtenAs = (number: TypedNumber): string => number.said ?? number.text;

/** `n`, `a-b`, or `a-` (to the last). */
export interface NumberSpan {
  from: TypedNumber;
  to: TypedNumber | "last";
}

export interface NumberSelection {
  form: "one" | "range" | "list";
  spans: NumberSpan[];
  text: string;
}

export interface Reference {
  /** The name words, the code's then the section's. */
  words: string[];
  /** How many of the words are the code's, where a `·` or the one-word form says so. */
  codeWords?: number;
  /**
   * The `·` or the one-word form was typed (`alaska:conduct medi-cal integrity`): codeWords is
   * the user's, not a code named before put in front (named-before.ts, code-of.ts).
   */
  codeMarked?: true;
  selection?: NumberSelection;
  /** The reference as read, for messages. */
  text: string;
  /** Its words are the item label written with the number before it (`12a`, `1(3)`): an item, or an error. */
  itemLabel?: true;
}

const SELECTION_SHAPE = /^\d+(?:-\d*)?(?:,\d+(?:-\d*)?)*$/;
/**
 * Digits, commas and hyphens only: a number the user meant, perhaps malformed. (A digit looked
 * for ahead, not matched between two runs: that tried every digit of "111…1x" as the one, and
 * a word of 120,000 of them took seconds a try.)
 */
const NUMBERISH = /^(?=\D*\d)[\d,-]+$/;
/** What marks the end of a code's name: the `·` of printed citations (and a bullet, as pasted). */
const CODE_MARK = /[·•]/;
const DASHES = /[‐‑‒–—−]/g;

export { asciiDigits };

/** Fullwidth and other compatibility forms as plain text, digits of every script as 0-9, dashes as "-". */
export function normalizeWord(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return asciiDigits(text.normalize("NFKC")).replace(DASHES, "-");
}

export function looksLikeSelection(word: string): boolean {
  return SELECTION_SHAPE.test(normalizeWord(word).replace(/\s+/g, ""));
}

function typedNumber(digits: string): TypedNumber {
  const text = digits.replace(/^0+(?=\d)/, "");
  const value = Number(text);
  return { value: Number.isSafeInteger(value) ? value : Infinity, text };
}

/** A span of numbers as a command takes it: `12`, `5-7`, `12-`. */
export const spanTyped = ({ from, to }: NumberSpan): string => (to === from ? from.text : `${from.text}-${to === "last" ? "" : to.text}`);

/**
 * A range written high to low: whatever else a reader tries of the words (their code named
 * after them), this is what is wrong with them. Told by its field, not instanceof (errors.ts).
 */
export class BackwardsRange extends UsageError {
  readonly backwardsRange = true;
}

export const isBackwardsRange = (error: unknown): error is BackwardsRange => isEthicsError(error) && "backwardsRange" in error;

/**
 * `typed`: the words the numbers were written in, where they were not these digits ("twelve-five",
 * "12 to 5"), quoted in a message about them: it quoted the digits they were read as ("'12-5' runs
 * backwards" of `integrity twelve-five`), which the user never typed.
 */
export function parseSelection(word: string, typed?: string): NumberSelection {
  const text = normalizeWord(word).replace(/\s+/g, "");
  if (!SELECTION_SHAPE.test(text)) {
    throw new UsageError(`'${word.trim()}' is not a standard number`, "expected a number (12), a range (5-7), an open range (12-) or a list (5,7)");
  }
  const parts = text.split(",");
  const asTyped = typed === undefined || typed === "" ? undefined : typed.trim();
  const spans = parts.map((part): NumberSpan => {
    const [fromText, toText] = part.split("-");
    const from = typedNumber(fromText!);
    const to = toText === undefined ? from : toText === "" ? "last" : typedNumber(toText);
    if (from.value < 1 || (to !== "last" && to.value < 1)) throw new UsageError(`'${asTyped ?? word.trim()}': standards are numbered from 1`);
    if (to !== "last" && to.value < from.value) {
      // The words quoted where they are the range alone, as its one part.
      const range = parts.length === 1 ? asTyped : undefined;
      throw new BackwardsRange(`'${range ?? part}' runs backwards`, `write it as ${(range && reversedAsTyped(range)) ?? `${to.text}-${from.text}`}`);
    }
    return { from, to };
  });
  if (asTyped !== undefined && /\p{L}/u.test(asTyped)) withNumbersAsWritten(spans, asTyped);
  const form = parts.length > 1 ? "list" : parts[0]!.includes("-") ? "range" : "one";
  return { form, spans, text };
}

/**
 * Each number of `spans` with the words `typed` said it in, where those are words ("twelve-fifty":
 * twelve and fifty); none where the words say another count of numbers than the spans hold.
 */
function withNumbersAsWritten(spans: NumberSpan[], typed: string): void {
  const written = numbersAsWritten(typed);
  const numbers = spans.flatMap(({ from, to }) => (to === from || to === "last" ? [from] : [from, to]));
  if (written.length !== numbers.length) return;
  numbers.forEach((number, at) => {
    if (/\p{L}/u.test(written[at]!)) number.said = written[at]!;
  });
}

/**
 * `selection` with the numbers typed after it (`integrity 10 11`: 10,11) as one list, read as
 * parseSelection reads `whole`, the list so far. Only the numbers added are read: reading the
 * whole list again for each number typed made 20,000 of them take 45 seconds. Where they are
 * wrong, the whole list is read, to say so as it says of the list typed at once.
 */
function withMoreNumbers(selection: NumberSelection, more: string, whole: string, typed?: string): NumberSelection {
  let added: NumberSelection;
  try {
    added = parseSelection(more, typed);
  } catch {
    // Written in words ("integrity 7 twelve-five"), the numbers added are quoted as written.
    if (typed !== undefined && typed !== more) parseSelection(more, typed);
    return parseSelection(whole);
  }
  // The spans are this list's own, made by parseSelection for it: added to, not copied each time.
  selection.spans.push(...added.spans);
  return { form: "list", spans: selection.spans, text: `${selection.text},${added.text}` };
}

/**
 * The numbers of a selection that exist, in the order asked (each once), and those asked for
 * that do not. The work is bounded by what exists, never by the span a user typed.
 * `toLast`: a range from a number that exists to one past the last runs to the last, as `12-`
 * does, and its end is said in `pastLast` (`show`'s `integrity 10-15`, Integrity ending at 14),
 * whatever its size: an end past the safe integers was missing, so that `3-9007199254740991`
 * showed 3 to 14 and `3-9007199254740992` refused the range. Else such an end is missing (a
 * data file's). Both name a range's ends as typed (writtenAs): `nc twelve-fifty` ends at 21,
 * "not fifty"; it was "not 50", which the user never typed.
 */
export function pickNumbers(selection: NumberSelection, available: readonly number[], toLast = false): { found: number[]; missing: string[]; pastLast: string[] } {
  const sorted = [...new Set(available)].sort((a, b) => a - b);
  const exists = new Set(sorted);
  const last = sorted.at(-1) ?? 0;
  // Sets beside the lists: a search of the list for each number made `1-` over a section of
  // 40,000 standards (a 1.5 MB file) billions of comparisons.
  const found = new Set<number>();
  const missing = new Set<string>();
  const pastLast = new Set<string>();
  for (const { from, to } of selection.spans) {
    const runsPast = toLast && to !== "last" && to !== from && exists.has(from.value) && to.value > last;
    if (runsPast) pastLast.add(writtenAs(to));
    const absent = [from, ...(to === "last" || to === from || runsPast ? [] : [to])].filter((number) => !exists.has(number.value));
    if (absent.length > 0) {
      // A range neither end of which exists is said as the range ("has no 15-20", not "15, 20").
      if (absent.length === 2 && to !== "last") missing.add(`${writtenAs(from)}-${writtenAs(to)}`);
      // A number alone is said in the digits it was read as ("no 102" of "a hundred and two").
      else for (const number of absent) missing.add(to === from ? number.text : writtenAs(number));
      continue;
    }
    const upper = to === "last" ? Infinity : to.value;
    for (const number of sorted) if (number >= from.value && number <= upper) found.add(number);
  }
  return { found: [...found], missing: [...missing], pastLast: [...pastLast] };
}

/** The words tokens `from` to `to` were typed as (numbers said in words, spoken-numbers.ts, kept), less the marks after them. */
function numbersTyped(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((token) => token.typed ?? token.text)
    .filter((word) => word !== "")
    .join(" ")
    .replace(/(?<![.,?!])[.,?!]+$/, "");
}

/**
 * A range typed in words, the other way round: "twelve-five" as "five-twelve", "12 to 5" as
 * "5 to 12". Undefined where it is no two numbers around one hyphen or range word.
 */
export function reversedAsTyped(range: string): string | undefined {
  const words = range.split(" ");
  if (words.length === 3 && RANGE_WORDS.has(words[1]!.toLowerCase())) return [words[2], words[1], words[0]].join(" ");
  const halves = range.split("-");
  return words.length === 1 && halves.length === 2 && halves.every((half) => half !== "") ? `${halves[1]}-${halves[0]}` : undefined;
}

export interface Token {
  text: string;
  /** The first token of an argument that is a citation or a one-word form: it starts a reference. */
  opens: boolean;
  /**
   * What was typed, to quote back: the whole word on the first token of a one-word form
   * (`:conduct:4`, whose `:` is read as ·), "" on its others; else the token's text.
   */
  typed?: string;
  /** The item label of a number written with it (`12a`, `12(a)`, `1(3)`): it must be one of that standard's items. */
  itemLabel?: true;
}

export const CODE_SEPARATOR = "·";
export const REFERENCE_SEPARATORS = new Set([";", "+", "→"]);

/**
 * The one-word form with names of several words in it, each colon between two names' letters:
 * `medi-cal:cultural responsiveness:1`, `north carolina:1` (as a shell passes them quoted). Read
 * word by word, the first was a code named 'medi-cal:cultural'.
 */
const SPACED_ONE_WORD_FORM = /^[^\s:](?:[^:]*[^\s:])?:[^\s:](?:[^:]*[^\s:])?(?::[^\s:](?:[^:]*[^\s:])?)?$/;

/** `medi-cal:integrity:12` as the words of `medi-cal · integrity 12`. */
function oneWordForm(word: string): string[] | undefined {
  if (!word.includes(":") || CODE_MARK.test(word)) return undefined;
  if (/\s/.test(word)) {
    // Several references in one argument ("alaska conduct 4; nc:2") are read word by word.
    if (!SPACED_ONE_WORD_FORM.test(word) || /[;+→]/.test(word)) return undefined;
    const [code, ...rest] = word.split(":");
    const codeWords = splitWords(code!);
    if (codeWords.some((part) => /^\d+$/.test(part))) return undefined;
    return [...codeWords, CODE_SEPARATOR, ...rest.flatMap(splitWords)];
  }
  const parts = word.split(":");
  if (parts.length > 3) {
    const oneWord = ({ code, section, number }: ExampleReference) => (section === undefined ? `expected code:number, e.g. ${code}:${number}` : `expected code:section:number, e.g. ${code}:${section}:${number}`);
    throw new ExampleRefusal(`'${word}' has too many parts`, oneWord, parts.slice(0, 2));
  }
  const [code, section, selection] = parts;
  return [...(code ? [code] : []), CODE_SEPARATOR, ...[section, selection].filter((part): part is string => part !== undefined && part !== "")];
}

/** A text's words as references are read: marks (·, •, ;, →) words of their own, • as ·. */
export function splitWords(text: string): string[] {
  return normalizeWord(text)
    .replace(/[·•;→]/g, (mark) => ` ${mark === "•" ? CODE_SEPARATOR : mark} `)
    .split(/\s+/)
    .filter((word) => word !== "");
}

/**
 * A number and the colon after it that ends an argument: diff's pair line, "Alaska · Relationship
 * with Clients 3 → Medi-Cal · Safety & Protection 6:", pasted up to its text. No code's id is
 * digits alone, so the colon is no one-word form's: `6:` was the code '6' and nothing in it.
 */
const NUMBER_THEN_COLON = /(^|\s)(\d[\d,-]*):$/;

function tokenize(argument: string): Token[] {
  const text = normalizeWord(argument).trim().replace(NUMBER_THEN_COLON, "$1$2");
  const oneWord = oneWordForm(text);
  const words = oneWord ?? splitWords(text);
  // "Alaska · Conduct 4" and "alaska:conduct:4" start a reference; a "·" or ":" of its own, or
  // "· Conduct 4" and ":conduct:4", go on one, as "nc :" is "nc:" (it was a reference with no code).
  const opens = words[0] !== CODE_SEPARATOR && (oneWord !== undefined || CODE_MARK.test(text));
  return words.map((word, index) => ({ text: word, opens: opens && index === 0, ...(oneWord ? { typed: index === 0 ? text : "" } : {}) }));
}

/** `5 - 7`, `5, 7` and `5 ,7` (spaces the shell split apart) as the one word 5-7 or 5,7. */
/**
 * `text` less the commas and dashes it ends in. Not by a pattern of them at the end: that is
 * tried from every comma of a run, and a word of 120,000 commas took minutes.
 */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "," || text[end - 1] === "-")) end--;
  return text.slice(0, end);
}

function joinNumbers(tokens: Token[]): Token[] {
  const joined: Token[] = [];
  // Whether the last token joined, less its trailing commas and dashes, is numbers: told once
  // for each token, not again of the whole run at every token glued to it (thousands of "1,"
  // typed apart took seconds, growing with their square).
  let previousNumberish = false;
  // Its last character, kept apart: read from the text glued so far, that text was made whole
  // again at every token.
  let last = "";
  for (const token of tokens) {
    const previous = joined[joined.length - 1];
    const glue =
      previous !== undefined &&
      !token.opens &&
      previousNumberish &&
      ((/[,-]/.test(last) && /^\d/.test(token.text) && NUMBERISH.test(token.text)) ||
        (/\d/.test(last) && /^[,-]/.test(token.text) && /^[\d,-]+$/.test(token.text)));
    if (glue) {
      if (previous.typed !== undefined) previous.typed += token.typed ?? token.text;
      // Numbers and numbers joined are numbers still.
      previous.text += token.text;
    } else {
      joined.push({ ...token });
      previousNumberish = NUMBERISH.test(withoutTrailingMarks(token.text) || "x");
    }
    last = token.text[token.text.length - 1] ?? (glue ? last : "");
  }
  return joined;
}

/**
 * A word written as an item's label after its standard's number: a letter (`a`, `B`), or a
 * small Roman numeral (`ii`, `iv`, `xii`, up to 39), as outlines label items under a standard
 * (a user's items i, ii, iii). Read as a number in words, `12 iii` was "'iii' is a number (3)
 * with no code before it", a usage error, where `12 x` said Integrity 12 has no item x.
 */
export const ITEM_LETTERS = "(?:[a-z]|(?=[ivx]{2})x{0,3}(?:ix|iv|v?i{0,3}))";

/**
 * A standard's number written with one of its items' labels, as legal citations are: `12a`,
 * `12(a)`, `12.a`, `1(ii)`; an item labelled with a number only in parentheses, `1(3)`, since
 * `1 3` is standards 1 and 3 and `1.3` reads as a number of its own.
 */
const NUMBER_WITH_ITEM = new RegExp(`^(\\d+)\\.?(?:(${ITEM_LETTERS})|\\((${ITEM_LETTERS}|\\d+)\\))$`, "i");

/** `12a`, `12(a)`, `12.a`, `1(3)`: the number and the item's label; undefined for any other word. */
export function numberWithItem(word: string): { number: string; label: string } | undefined {
  const parts = NUMBER_WITH_ITEM.exec(word);
  return parts === null ? undefined : { number: parts[1]!, label: (parts[2] ?? parts[3])! };
}

/** A list's or range's last number written with an item's label: `5,12a`, `5-7(b)`, as `12a` is. */
const NUMBERS_WITH_ITEM = new RegExp(`^(\\d+(?:[,-]\\d+)*)\\.?(?:(${ITEM_LETTERS})|\\((${ITEM_LETTERS}|\\d+)\\))$`, "i");

/**
 * `12a`, `12(a)` and `1(3)` as the number and the item label after it, as `12 a` is read (target.ts);
 * `5,12a` as `5,12 a`, the label its last number's.
 * Only where the word ends its reference (nothing, a separator or another citation after it):
 * `2b 3` may be a user's section `2b` and its standard 3.
 */
function withItemLabelsApart(tokens: Token[]): Token[] {
  return tokens.flatMap((token, at) => {
    const next = tokens[at + 1];
    const endsReference = next === undefined || next.opens || REFERENCE_SEPARATORS.has(next.text);
    const parts = endsReference ? NUMBERS_WITH_ITEM.exec(token.text) : null;
    if (parts === null) return [token];
    const typed = token.typed ?? token.text;
    return [
      { ...token, text: parts[1]!, typed },
      { text: (parts[2] ?? parts[3])!, opens: false, typed: "", itemLabel: true as const },
    ];
  });
}

/**
 * A word with no letter (a number, range, list or mark) or a number with its item's letter,
 * without what shows nothing in it (copied from a web page or a PDF: hidden-characters.ts).
 * Names ignore such characters already (resolve.ts compares words); a number with one
 * (`1\u200d5`) was refused as "'15' is not a standard number; North Carolina has 1–21".
 */
function withoutHiddenInNumber(token: Token): Token {
  if (!hasWhatShowsNothing(token.text)) return token;
  const text = withoutWhatShowsNothing(token.text);
  const numberLike = text !== "" && (!/\p{L}/u.test(text) || NUMBER_WITH_ITEM.test(text));
  return numberLike ? { ...token, text } : token;
}

/** A reference for an example: a code's id, its section's where it has several, and a number. */
export interface ExampleReference {
  code: string;
  section?: string;
  number: number;
}

/**
 * A refusal whose hint gives an example reference, read before the library is known: Medi-Cal
 * Integrity 12 here; a reader that knows the library gives one in the code the words typed
 * before it name (target/example-standard.ts), since a reader working in Wisconsin (`wi ""`,
 * `wi:1:2:3`) was offered Medi-Cal Integrity, a code of sections.
 */
export class ExampleRefusal extends UsageError {
  constructor(
    message: string,
    readonly hintFor: (example: ExampleReference) => string,
    /** The words typed before what is refused, which may name the code at hand. */
    readonly typedBefore: readonly string[],
  ) {
    super(message, hintFor({ code: "medi-cal", section: "integrity", number: 12 }));
  }
}

/**
 * `ethics show medi-cal integrity "$N"`, N unset: an empty argument has no words, so the rest
 * was read alone and showed the whole section without a word. Refused as `show ""` is; where
 * every argument is empty, nothing was given, and parseTokens says the code is missing.
 */
function refuseEmptyArgument(argv: readonly string[]): void {
  const empty = argv.findIndex((word) => word.trim() === "");
  if (empty === -1 || argv.every((word) => word.trim() === "")) return;
  const typed = argv.map((word) => (word.trim() === "" ? '""' : word)).join(" ");
  const words = ({ code, section, number }: ExampleReference) => `an unset shell variable gives one; expected e.g. ${[code, section, number].filter((part) => part !== undefined).join(" ")}`;
  throw new ExampleRefusal(`argument ${empty + 1} of '${typed}' is empty`, words, argv.slice(0, empty));
}

/**
 * The mark search prints after a user's code's citation, "Riverside · Boundaries 1 (user code)",
 * and show after its headings, "(user code: riverside.yaml)", left out: pasted into `show`, the
 * heading was "no code '(user'", where a built-in code's heading cites back as printed. Only
 * after a word, as it is printed; the file's path is the mark's, whatever it holds.
 */
function withoutUserCodeMarks(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const next = tokens[at + 1]?.text.toLowerCase();
    if (at === 0 || tokens[at]!.text.toLowerCase() !== "(user" || next === undefined) {
      kept.push(tokens[at]!);
      continue;
    }
    let end = next === "code)" ? at + 1 : -1;
    if (next === "code:") end = tokens.findIndex((token, index) => index > at + 1 && token.text.endsWith(")"));
    if (end === -1) kept.push(tokens[at]!);
    else at = end;
  }
  return kept;
}

/** The strengths `topic` prints after a standard's citation. */
export const STRENGTH_WORDS: ReadonlySet<string> = new Set<string>(STRENGTH_ORDER);

/**
 * The strength `topic` prints after a citation, "Alaska · Conflicts of Interest 3 · prohibits
 * (substantial gifts or loans; note: …)", left out with its qualifiers: pasted into `show`, the
 * line was "'· prohibits' names no code". Only after a word, as it is printed.
 */
function withoutStrengthMarks(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const next = tokens[at + 1]?.text.toLowerCase();
    if (at === 0 || tokens[at]!.text !== "·" || next === undefined || !STRENGTH_WORDS.has(next)) {
      kept.push(tokens[at]!);
      continue;
    }
    at++;
    if (!tokens[at + 1]?.text.startsWith("(")) continue;
    const end = tokens.findIndex((token, index) => index > at && token.text.endsWith(")"));
    // A qualifier left open (cut short when pasted) runs to the end of what was typed.
    at = end === -1 ? tokens.length : end;
  }
  return kept;
}

/** The words after `ethics show` as the tokens references are read from. */
export function readTokens(argv: readonly string[]): Token[] {
  refuseEmptyArgument(argv);
  const read = withoutStrengthMarks(withoutUserCodeMarks(argv.flatMap(tokenize))).map(withoutClosingQuote);
  return withItemLabelsApart(joinNumbers([...withPlacesUnbracketed(read)].map(withoutHiddenInNumber)));
}

/**
 * A number and a name with a comma and no space between them (`15,wi`, `5,7,wi`): the numbers
 * with their comma, and the name; undefined for any other word. Read in one pass: the regular
 * expression it was (`^([\d,-]*\d[\d-]*,)(\p{L}.*)$`) tried every way of splitting a run of
 * digits, and a word of 130,000 digits (as long as an argument can be) took a minute.
 */
function commaBeforeName(text: string): [numbers: string, name: string] | undefined {
  const numbers = /^[\d,-]*/.exec(text)![0];
  if (!numbers.endsWith(",")) return undefined;
  // A digit in the last of the numbers, the one the comma ends: `5,7,` but not `5,,` or `-,`.
  const last = numbers.slice(numbers.lastIndexOf(",", numbers.length - 2) + 1);
  const name = text.slice(numbers.length);
  return /\d/.test(last) && /^\p{L}.*$/u.test(name) ? [numbers, name] : undefined;
}

/**
 * `15,wi` as the words `15,` and `wi`, as typed with a space after the comma (`nc 15, wi 12`);
 * the tokens themselves where no word is so. Read as one word, it was a name: "no section
 * '15,wi' in north-carolina". target.ts reads the tokens so only where they do not read as
 * typed, since a user's title may hold such a comma.
 */
export function withCommasSpaced(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((token) => commaBeforeName(token.text) !== undefined)) return tokens;
  return tokens.flatMap((token) => {
    const parts = commaBeforeName(token.text);
    if (parts === undefined) return [token];
    return [{ ...token, text: parts[0] }, { text: parts[1], opens: false, ...(token.typed !== undefined && { typed: "" }) }];
  });
}

/** The marks people put before a number: `#12`, `§12` (and `§§12-14`, `§ 12`). */
const NUMBER_MARK = /^(?:#|§§?)/;
/** The words between two numbers that make a range: `5 to 7`. */
export const RANGE_WORDS = new Set(["to", "through", "thru"]);
/** The words between two numbers that make a list: `5 and 7`, `5 & 7`. */
export const LIST_WORDS = new Set(["and", "&"]);

/**
 * `word` as a number, range or list where it is one as people write them: `12.` (a list's
 * marker, or a sentence's end, as `12?` and `12!` are), `#12`, `§12`, `5..7`, `5...7` (`5…7`
 * is that once normalized), `12..` (an open range); undefined where it is not one (`12.0`,
 * `1.3`, `12a`, a name).
 */
function numberWord(word: string): string | undefined {
  if (NUMBERISH.test(word)) return word;
  const bare = word
    .replace(NUMBER_MARK, "")
    .replace(/(\d)[.?!]$/, "$1")
    .replace(/(\d)\.{2,3}(?=\d|$)/g, "$1-");
  return bare !== word && NUMBERISH.test(bare) ? bare : undefined;
}

/** Whether `word` is a number, range or list as people write them (see numberWord). */
export const isNumberWord = (word: string): boolean => numberWord(word) !== undefined;

/**
 * `1-3 to 5`, `5 to 7 to 9`: a range word with a range on one side. Read up to the range, the
 * word began the next reference: "no code 'to'". What was meant is one range, or a list.
 */
function rangeOfRange(typed: readonly Token[], word: string, before: string, after: string): UsageError {
  const words = typed.map((token) => token.typed ?? token.text).filter((text) => text !== "");
  const listed = before.split(",").filter((part) => part !== "");
  const last = listed.at(-1) ?? "";
  const [from = "", through = from] = last.split("-");
  const to = after.split(",")[0]!.split("-").at(-1)!;
  const head = listed.slice(0, -1).map((part) => `${part},`).join("");
  const ways: string[] = [];
  if (from !== "" && to === "") ways.push(`for ${from} to the last, write ${head}${from}-`);
  else if (from !== "" && Number(to) > Number(through || from)) ways.push(`for ${from} to ${to}, write ${head}${from}-${to}`);
  if (/\d$/.test(before) && after !== "") ways.push(`for both, ${before},${after}`);
  const what = before.includes("-") || after.includes("-") ? "has a range on one side of" : "has no number right before";
  return new UsageError(`'${words.join(" ")}' ${what} '${word}': expected a number each side`, ways.join("; ") || undefined);
}

/** A mark typed as a word of its own, before the number it marks: `§ 12`. */
const isMarkAlone = (word: string) => NUMBER_MARK.test(word) && word.replace(NUMBER_MARK, "") === "";

/**
 * The one number, range or list written from `at` (`12`, `§12`, `§ 12`: a mark of its own is
 * read with the number after it) and how many tokens it takes; undefined where none starts.
 */
export function writtenNumberAt(tokens: readonly Token[], at: number): { text: string; count: number } | undefined {
  const word = tokens[at]?.text;
  // The 3 of `1(3)` is an item's label, not standard 3.
  if (word === undefined || tokens[at]!.itemLabel) return undefined;
  if (!isMarkAlone(word)) {
    const text = numberWord(word);
    return text === undefined ? undefined : { text, count: 1 };
  }
  const next = tokens[at + 1];
  if (next === undefined || next.opens || !/^\d/.test(next.text)) return undefined;
  const text = numberWord(next.text);
  return text === undefined ? undefined : { text, count: 2 };
}

/**
 * The number, range or list written from `at` on, read alone (see numberAt); whether a token
 * that may be a name follows it, and whether it is one marked number (`#2`, `§ 2`, `2.`) so
 * followed, which is a title's word where that token is a name.
 */
function numberRunAt(tokens: readonly Token[], at: number): { text: string; count: number; nameMayFollow: boolean; lone: boolean } | undefined {
  const follows = (offset: number) => (tokens[at + offset] && !tokens[at + offset]!.opens ? tokens[at + offset]!.text : undefined);
  const first = writtenNumberAt(tokens, at);
  if (first === undefined) return undefined;
  // "5 to 7" and "5 and 7": numbers joined by range and list words, as many as are written
  // ("1 to 3 and 5"); "and" was read as a code's name ("no code 'and' — did you mean alaska?").
  let joined = first.text;
  let count = first.count;
  for (;;) {
    const word = follows(count)?.toLowerCase();
    const next = follows(count + 1) === undefined ? undefined : writtenNumberAt(tokens, at + count + 1);
    if (word === undefined || next === undefined) break;
    if (RANGE_WORDS.has(word) && /(?:^|,)\d+$/.test(joined) && /^\d+(?:$|,)/.test(next.text)) joined = `${joined}-${next.text}`;
    else if (LIST_WORDS.has(word) && /\d$/.test(joined) && /^\d/.test(next.text)) joined = `${joined},${next.text}`;
    else if (RANGE_WORDS.has(word)) throw rangeOfRange(tokens.slice(at, at + count + 1 + next.count), follows(count)!, joined, next.text);
    else if (LIST_WORDS.has(word) && openRangeEndsAt(joined, next.text)) throw openRangeBeforeNumber(tokens.slice(at, at + count + 1 + next.count), follows(count)!, joined, next.text);
    // "10- and 2": 2 cannot end a range from 10, so it is the list 10-,2.
    else if (LIST_WORDS.has(word) && /(?:^|,)\d+-$/.test(joined) && /^\d/.test(next.text)) joined = `${joined},${next.text}`;
    else break;
    count += 1 + next.count;
  }
  const after = tokens[at + count];
  const nameMayFollow = after !== undefined && !after.opens && after.text !== CODE_SEPARATOR && !REFERENCE_SEPARATORS.has(after.text);
  const marked = first.count > 1 || first.text !== tokens[at]!.text;
  return { text: joined, count, nameMayFollow, lone: count === first.count && marked && nameMayFollow };
}

/** What numberAt found at each place of the tokens it was asked of, kept while they are read. */
const numbersRead = new WeakMap<readonly Token[], Map<number, { text: string; count: number } | undefined>>();

/**
 * The number, range or list the tokens hold from `at` on, and how many tokens it takes: `12`,
 * `#12`, `§ 12`, `5 to 7`, `1 to § 3`. Undefined where the token at `at` starts none.
 */
function numberAt(tokens: readonly Token[], at: number): { text: string; count: number } | undefined {
  let read = numbersRead.get(tokens);
  if (read === undefined) numbersRead.set(tokens, (read = new Map()));
  if (read.has(at)) return read.get(at);
  // A marked number with a name after it is a title's word, typed: "1. Conduct", "#2 Privacy".
  // Whether what follows it is a name depends in turn on what follows that ("#1 #2 Privacy"),
  // so the numbers written one after another are read in turn to the end of their run, and
  // each is known from the last back, once. Asked of each number by the one before it, as it
  // once was, 10,000 numbers typed after `show` overflowed the stack.
  const runs: { at: number; run: ReturnType<typeof numberRunAt> }[] = [];
  for (let position = at; ; ) {
    const run = read.has(position) ? undefined : numberRunAt(tokens, position);
    runs.push({ at: position, run });
    if (read.has(position) || run === undefined || !run.nameMayFollow) break;
    position += run.count;
  }
  let next = read.get(runs.at(-1)!.at);
  for (const { at: position, run } of runs.reverse()) {
    if (read.has(position)) continue;
    const found = run === undefined || (run.lone && next === undefined) ? undefined : { text: run.text, count: run.count };
    read.set(position, found);
    next = found;
  }
  return read.get(at);
}

/**
 * The numbers from `at` on, as parseTokens reads them after a reference's name, where what came
 * before is read apart (a printed citation, printed-citation.ts): the number there with those
 * joined to it (`5 to 7`, `5 and 7`), the numbers after them as more of its list (`5 7`), and a
 * joining word after them where a reference follows it (`3 and Wisconsin 12`). Read apart, they
 * were a reference with no code: "no code 'to'", "'7' has no code before it". A number a name
 * follows is left to the grammar (`5 7 nc`: the code may be said last). Undefined where no
 * number starts at `at`; `end`: the token after what was read.
 */
export function numbersFrom(tokens: readonly Token[], at: number): { text: string; end: number } | undefined {
  const first = numberAt(tokens, at);
  if (first === undefined) return undefined;
  const plain = (token: Token | undefined) => token !== undefined && !token.opens;
  let text = first.text.replace(/,$/, "");
  let end = at + first.count;
  // "1- 5": an open range's end left out? The grammar says so.
  while (!text.endsWith("-")) {
    const joins = plain(tokens[end]) && isListWord(tokens[end]!.text) ? 1 : 0;
    const from = end + joins;
    const next = plain(tokens[from]) ? numberAt(tokens, from) : undefined;
    if (next !== undefined && !namedAfter(tokens, from + next.count)) {
      text = `${text},${next.text.replace(/,$/, "")}`;
      end = from + next.count;
      continue;
    }
    // Not before nothing, a `;` or another joining word: those are the grammar's errors to say.
    if (joins === 1 && next === undefined && plain(tokens[from]) && !REFERENCE_SEPARATORS.has(tokens[from]!.text) && !isListWord(tokens[from]!.text)) end = from;
    break;
  }
  return { text, end };
}

/**
 * The numbers written one after another from `at` on, as one list (`12 5`, `12 and 5 7`),
 * where the words open with them: no code comes before them to be the list's, and a code's name
 * after them may be theirs (`12 5 wi`, code-last.ts).
 */
function numbersOpening(tokens: readonly Token[], at: number): { text: string; count: number } {
  const first = numberAt(tokens, at)!;
  let text = first.text.replace(/,$/, "");
  let count = first.count;
  for (;;) {
    const token = tokens[at + count];
    if (token === undefined || token.opens || text.endsWith("-")) break;
    const next = numberAt(tokens, at + count);
    if (next === undefined) break;
    text = `${text},${next.text.replace(/,$/, "")}`;
    count += next.count;
  }
  return { text, count };
}

/**
 * Whether `before` ends in an open range from a plain number ("1-", "3,6-", not "1-3-") and
 * `after` starts with a number above it, which the range was most likely meant to end at.
 */
function openRangeEndsAt(before: string, after: string): boolean {
  const from = /(?:^|,)(\d+)-$/.exec(before)?.[1];
  const to = /^\d+/.exec(after)?.[0];
  return from !== undefined && to !== undefined && Number(to) > Number(from);
}

/**
 * `1- and 5`: an open range, then a number joined to it. Read as 1 to the last, the "and" began
 * the next reference, and 5 was that reference: "'5' has no code before it". The range's end
 * was most likely left out, or the range meant to end at the number.
 */
function openRangeBeforeNumber(typed: readonly Token[], word: string, before: string, after: string): UsageError {
  const words = typed.map((token) => token.typed ?? token.text).filter((text) => text !== "");
  const head = before.slice(0, before.lastIndexOf(",") + 1);
  const from = before.slice(head.length, -1);
  const to = /^\d+/.exec(after)![0];
  const ways = [`for ${from} to ${to}, write ${head}${from}-${to}`, `for ${from} to the last, ${head}${from}- alone`];
  return new UsageError(`'${words.join(" ")}' has a range with no end before '${word}': expected the number the range ends at`, ways.join("; "));
}

/**
 * "'12' has no code before it", and where the number is among the tokens read: a reader that
 * knows the codes sees whether one is named right after it (`12 wi`: target.ts).
 */
export class NoCodeBefore extends UsageError {
  constructor(
    readonly numbers: string,
    hint: string,
    /** The number's first token, and how many tokens it takes (`§ 12` two). */
    readonly at: number,
    readonly count: number,
    /** It follows a reference's numbers (`wi 12 13 alaska`): more of its list, but for the name after it. */
    readonly afterList = false,
    /** No reference comes before it (`show 50`): its hint is an example, one a reader that knows the library may name anew. */
    readonly opensWords = false,
  ) {
    // Glued from many arguments ("1," typed 5,000 times), a list is in no argument the command
    // line's cut finds: quoted cut here (a 21 KB message). A range the wrong way round is said
    // to be, as its example gives it the other way (numbersFirstHint).
    super(`'${quotedWord(numbers)}' has no code before it${runsBackwards(numbers) ? ", and runs backwards" : ""}`, hint);
  }
}

/**
 * Whether words that may be a name come at `at` and end the reference with no number of their
 * own (`wi 1 12 nc`: maybe a code said after its number); `nc 2` after it is a reference whole.
 */
function namedAfter(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  if (next === undefined || next.opens || REFERENCE_SEPARATORS.has(next.text) || isListWord(next.text)) return false;
  let lettersOnly = true;
  for (let end = at; end < tokens.length && (end === at || !tokens[end]!.opens) && !REFERENCE_SEPARATORS.has(tokens[end]!.text); end++) {
    if (numberAt(tokens, end) !== undefined) return false;
    if (!ITEM_LETTER_WORD.test(tokens[end]!.text) && !isListWord(tokens[end]!.text)) lettersOnly = false;
  }
  // `integrity 5 7 a`: item letters of the number before them (target.ts), not a code said last.
  return !lettersOnly;
}

/** A word written as an item's letter (a, A., (a), a), ii), as target.ts reads one after numbers. */
const ITEM_LETTER_WORD = new RegExp(`^(?:${ITEM_LETTERS}\\.?|\\(${ITEM_LETTERS}\\)|${ITEM_LETTERS}\\)),?$`, "i");

/** "and", "&" (and ",and,") as a word that joins references or numbers. */
const isListWord = (text: string) => LIST_WORDS.has(text.toLowerCase().replace(/^,|,$/g, ""));

const isEmptyReference = (reference: Reference) => reference.words.length === 0 && reference.codeWords === undefined && reference.selection === undefined;

/** Turn the words after `ethics show` into references; names are resolved later (target.ts). */
export function parseReferences(argv: readonly string[]): Reference[] {
  return parseTokens(readTokens(argv));
}

/**
 * Tokens into references (see parseReferences). `listedAt`: where numbers end (their last
 * tokens) that join the list before them though a name follows (`wi 12 13 alaska`), as
 * target.ts reads it where the name is no code said last.
 */
export function parseTokens(tokens: readonly Token[], listedAt: ReadonlySet<number> = new Set()): Reference[] {
  const references: Reference[] = [];
  let current: Reference = { words: [], text: "" };
  let read: string[] = [];
  // The numbers the last reference closed on, while nothing but more numbers (or "and") follow.
  let lastNumbers: string | undefined;
  const close = () => {
    if (current.words.length > 0 || current.codeWords !== undefined || current.selection !== undefined) {
      current.text = read.filter((word) => word !== "").join(" ");
      references.push(current);
    }
    current = { words: [], text: "" };
    read = [];
  };
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.opens) close();
    if (REFERENCE_SEPARATORS.has(token.text) || token.opens) lastNumbers = undefined;
    if (REFERENCE_SEPARATORS.has(token.text)) {
      close();
      continue;
    }
    // "wi 1 and nc 2": an "and" (or "&") after a reference's numbers joins it to the next, as
    // `;` does; read as a name, it was "no code 'and' — did you mean alaska?".
    if (references.length > 0 && isEmptyReference(current) && isListWord(token.text)) continue;
    read.push(token.typed ?? token.text);
    const number = token.text === CODE_SEPARATOR ? undefined : numberAt(tokens, at);
    if (token.text === CODE_SEPARATOR) {
      if (current.codeWords !== undefined) {
        throw new UsageError(`'${read.filter((word) => word !== "").join(" ")}' has two ·`, "put ; between two references: 'Alaska · Conduct; Medi-Cal · Integrity'");
      }
      current.codeWords = current.words.length;
      current.codeMarked = true;
    } else if (number !== undefined) {
      for (const taken of tokens.slice(at + 1, at + number.count)) read.push(taken.typed ?? taken.text);
      at += number.count - 1;
      const numbers = number.text.replace(/,$/, "");
      if (current.words.length === 0 && current.codeWords === undefined) {
        const previous = references.at(-1);
        // "integrity 10 11", "wi 1 and 3": more numbers of the reference before, as 10,11 is.
        // Not an open range's ("1- and 5": its end left out?), nor a number a name follows
        // ("wi 1 12 nc": the code after it, said last), which are told apart below and in target.ts.
        const afterList = previous !== undefined && lastNumbers !== undefined && !lastNumbers.endsWith("-");
        if (afterList && (!namedAfter(tokens, at + 1) || listedAt.has(at))) {
          lastNumbers = `${lastNumbers},${numbers}`;
          previous.selection = withMoreNumbers(previous.selection!, numbers, lastNumbers, numbersTyped(tokens, at + 1 - number.count, at + 1));
          previous.text = [previous.text, ...read.filter((word) => word !== "")].join(" ");
          read = [];
          continue;
        }
        const start = at - number.count + 1;
        // Opening the words, the numbers after it too (`show 12 5`, as `show 12 and 5`): the
        // message named 12 alone, and its hint's command dropped the 5.
        const run = references.length === 0 ? numbersOpening(tokens, start) : undefined;
        throw new NoCodeBefore(
          run?.text ?? numbers,
          references.length > 0 ? "a list is 5,7 and a range 5-7; a reference starts with its code" : "expected e.g. `ethics show medi-cal integrity 12`",
          start,
          run?.count ?? number.count,
          afterList,
          references.length === 0,
        );
      }
      current.selection = parseSelection(numbers, numbersTyped(tokens, at + 1 - number.count, at + 1));
      close();
      lastNumbers = numbers;
    } else {
      lastNumbers = undefined;
      current.words.push(token.text);
      if (token.itemLabel) current.itemLabel = true;
    }
  }
  close();
  if (references.length === 0) {
    throw new MissingCode();
  }
  for (const reference of references) {
    if (reference.codeWords === 0) throw new UsageError(`'${reference.text}' names no code`, "expected e.g. 'Medi-Cal · Integrity 12' or medi-cal:integrity:12");
  }
  return references;
}

/** Recognised by a brand, as an EthicsError is: each lazily loaded module has its own copy of this one. */
const MISSING_CODE = Symbol.for("ethics.MissingCode");

export function isMissingCode(error: unknown): error is MissingCode {
  return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[MISSING_CODE] === true;
}

/**
 * No reference at all (`show ""`): its example the standard `example` shows, Medi-Cal Integrity
 * 12 unless the caller, who may know the code its reader works in, names another.
 */
export class MissingCode extends UsageError {
  readonly [MISSING_CODE] = true;

  constructor(example = "ethics show medi-cal integrity 12") {
    super("missing code", `expected e.g. \`${example}\`; \`${ethicsForLibrary()} list\` shows the codes`);
  }
}

/** Exactly one reference, for callers that name one standard (the evaluation set, tests). */
export function parseReference(argv: readonly string[]): Reference {
  const references = parseReferences(argv);
  if (references.length > 1) throw new UsageError(`'${argv.join(" ")}' is ${references.length} references; expected one`);
  return references[0]!;
}
