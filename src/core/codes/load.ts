// The only place that reads code files and parses YAML. Every problem comes back located as
// file:line:col plus the path inside the document, never as an exception.
//
// YAML is parsed by js-yaml (YAML 1.2, core schema): ~8× faster than the yaml package on a
// code file, which is what lets a thousand users' codes be read in a few seconds; its event
// stream carries the offsets that place a problem. Tags other than the core schema's are a
// problem, not silently dropped.
import { CORE_SCHEMA, constructFromEvents, parseEvents, SCALAR_STYLE, YAMLException, type Event } from "js-yaml";
import type { z } from "zod";
import type { Code } from "../../model.js";
import { formatPath } from "./field-path.js";
import { listCodeDirectory } from "./code-files.js";
import { DataError, describeFsError, inFileOrder, type FileProblem } from "../errors.js";
import { normalizeCode } from "./normalize.js";
import { decodeText, readFileBytes } from "./read-file.js";
import { codeSchemas, isDigitsText, numberAsTextMessage, type CodeFile } from "./schema.js";
import { plainlyMeetsSchema } from "./plain-check.js";
import { notTextMessage } from "./not-text.js";
import { colonInPlainText } from "./colon-in-text.js";
import { CONTROL_IN_QUOTES, controlInQuotesMessage } from "./control-in-quotes.js";
import { hiddenLineEndBefore } from "./hidden-line-end.js";
import { isYamlDirectiveReason, unreadYamlVersion, yamlDirectiveProblem } from "./yaml-directive.js";
import { closingQuote, QUOTED_VALUE, quoteClosedEarly } from "./early-quote.js";
import { textReadAsSyntax } from "./text-read-as-syntax.js";
import { textsCutByYaml } from "./cut-text.js";
import { LINE_BREAKS_MESSAGE, textsWithLineBreaks } from "./line-breaks.js";
import { didYouMean } from "../suggest.js";
import { notAConcept } from "./unknown-tags.js";
import { duplicateKeyMessage } from "./duplicate-key.js";
import { fieldMeant, type HeldBelow } from "./field-meant.js";
import { eventPositions, firstCollectionKey, lineAndColumn, lineColumns, secondDocumentStart } from "./yaml-position.js";
import { shellPath } from "../shell-path.js";
import { numbersNotInDigits, slipMessage, type NumberSlip } from "./written-numbers.js";
import { nonBreakingSpaces } from "./non-breaking-space.js";
import { setAsideEntryAt, type EntrySetAside } from "./set-aside-entry.js";
import { EMPTY_FILE_MESSAGE } from "./empty-file.js";
import { hasHiddenCharacters, hiddenCharacterCount, hiddenCharactersNamed, hiddenCharactersShown, withoutHiddenCharacters } from "./hidden-characters.js";

/** Far above any real code (Medi-Cal is 25 KB); keeps a runaway file from eating memory. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Real code files use no aliases; a handful is plenty and stops alias bombs early. */
const MAX_ALIAS_COUNT = 50;
/** Nodes and characters a document may expand to through its aliases: a few times any real code. */
const MAX_EXPANDED_SIZE = 4 * MAX_FILE_BYTES;
/** Nesting deeper than any code needs, and shallow enough that nothing recurses out of stack. */
export const MAX_DEPTH = 64;

export interface ParsedFile {
  code: Code | null;
  problems: FileProblem[];
  /** Nothing was at the path when it was read (read-file.ts FileRead's gone): deleted or renamed away since it was listed. */
  gone?: true;
}

/** What reading may check beyond the schema. */
export interface ReadChecks {
  /**
   * The concept ids a standard may be tagged with (the concept index's, which the loader does
   * not read itself): a tag not among them is a problem.
   */
  conceptIds?: readonly string[];
  /**
   * Each topic's concept ids, by topic id: a topic's id where a concept's is expected (`gifts`
   * for accepting-gifts) is named as a topic, with the concepts to choose from.
   */
  topicConcepts?: ReadonlyMap<string, readonly string[]>;
}

/** The fields allowed where an unknown one was found, for "did you mean …?". */
/** Whether `key` is a field of any mapping of a code file. */
function isFieldName(key: string): boolean {
  return ["standards", "items", "sections", "source", "preamble", "values", "definitions", ""].some((container) => knownKeys(container === "" ? [] : [container]).includes(key));
}

function knownKeys(path: readonly PropertyKey[]): string[] {
  const named = path.filter((key): key is string => typeof key === "string");
  const container = named[named.length - 1];
  const { codeFileSchema, itemSchema, provenanceSchema, sectionSchema, standardSchema } = codeSchemas();
  const fields: Record<string, string[]> = {
    standards: Object.keys(standardSchema.shape),
    items: Object.keys(itemSchema.shape),
    sections: Object.keys(sectionSchema.shape),
    source: Object.keys(provenanceSchema.shape),
    preamble: ["heading", "text"],
    values: ["text"],
    definitions: ["term", "text"],
  };
  return (container && fields[container]) || Object.keys(codeFileSchema.shape);
}

/** What the place at `path` holds whose fields a slip may have written there: see fieldMeant. */
function heldBelow(path: readonly PropertyKey[]): HeldBelow[] {
  const named = path.filter((key): key is string => typeof key === "string");
  const container = named[named.length - 1];
  const { itemSchema, provenanceSchema, sectionSchema, standardSchema } = codeSchemas();
  const held = (field: string, fields: object, holder: string): HeldBelow => ({ field, fields: Object.keys(fields), named: holder });
  if (container === undefined) return [held("source", provenanceSchema.shape, "source"), held("sections", sectionSchema.shape, "a section")];
  if (container === "sections") return [held("standards", standardSchema.shape, "a standard")];
  if (container === "standards") return [held("items", itemSchema.shape, "an item")];
  return [];
}

/** What holds the fields at `path`, as the message names it: "a standard takes number, text, …". */
const HOLDER_NAMES: Record<string, string> = {
  standards: "a standard",
  items: "an item",
  sections: "a section",
  source: "source",
  preamble: "a preamble entry",
  values: "a value",
  definitions: "a definition",
};

function holderOf(path: readonly PropertyKey[]): string {
  const named = path.filter((key): key is string => typeof key === "string");
  const container = named[named.length - 1];
  return (container && HOLDER_NAMES[container]) || "a code file";
}

type Locate = ReturnType<typeof eventPositions>;

/** The value at `path` in the parsed data. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[step] : undefined;
  return value;
}

/**
 * A concept tag not written as an id ("Accepting gifts", "accepting_gifts") whose id-like form
 * is a concept's: " — did you mean accepting-gifts?", as a tag the index lacks gets.
 */
function conceptTagHint(issue: z.core.$ZodIssue, data: unknown, checks: ReadChecks): string {
  const at = issue.path;
  if (checks.conceptIds === undefined || at.length < 2 || at[at.length - 2] !== "concepts" || !at.includes("standards")) return "";
  const tag = valueAt(data, at);
  if (typeof tag !== "string") return "";
  const asId = tag
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return checks.conceptIds.includes(asId) ? ` — did you mean ${asId}?` : "";
}

/**
 * Digits where a number belongs, written as text: the fix said by what was written. `!!str 5`
 * was told "write it without quotes", though no quote was typed.
 */
function numberAsText(issue: z.core.$ZodIssue, locate: Locate, data: unknown): string | undefined {
  const value = valueAt(data, issue.path);
  if (issue.code !== "invalid_type" || issue.expected !== "number" || !isDigitsText(value)) return undefined;
  const written = locate.writtenAt(issue.path);
  // An alias (*n) of text written elsewhere: what to write, not what to take out here.
  if (written === undefined) return numberAsTextMessage(value, {});
  const quoted = written.style === SCALAR_STYLE.SINGLE_QUOTED || written.style === SCALAR_STYLE.DOUBLE_QUOTED;
  const block = written.style === SCALAR_STYLE.LITERAL_BLOCK || written.style === SCALAR_STYLE.FOLDED_BLOCK;
  return numberAsTextMessage(value, { quoted, block, ...(written.tag !== undefined && { tag: written.tag }) });
}

/**
 * A value YAML read as no text (a number, true, null, nothing) where text
 * is wanted, said as read (not-text.ts).
 */
function notText(
  issue: z.core.$ZodIssue,
  locate: Locate,
  data: unknown,
): string | undefined {
  if (issue.code !== "invalid_type") return undefined;
  const written = locate.writtenAt(issue.path);
  // Quoted or a block, it was read as written: the schema says it. A tag (`!!int 1999`) made it
  // what it is read as, and the message names the tag.
  if (written === undefined || (written.style !== SCALAR_STYLE.PLAIN && written.tag === undefined)) return undefined;
  const value = valueAt(data, issue.path);
  const { message, expected, path } = issue;
  return notTextMessage(message, expected, value, written.text, path, written.tag);
}

/**
 * `- Printed Name: _____` in a list of lines: YAML reads a field and its value, and the schema
 * said "expected signature line", as if the line were missing. Said as read, with the fix.
 */
function fieldAsText(issue: z.core.$ZodIssue, locate: Locate, data: unknown): string | undefined {
  if (issue.code !== "invalid_type" || issue.expected !== "string" || typeof issue.path[issue.path.length - 1] !== "number") return undefined;
  const value = valueAt(data, issue.path);
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  // `- text: hello` among notes is a field meant, not a line: the schema's message says so.
  if (keys.length !== 1 || isFieldName(keys[0]!)) return undefined;
  const written = locate.writtenAt([...issue.path, keys[0]!]);
  if (written === undefined || written.style !== SCALAR_STYLE.PLAIN || written.tag !== undefined) return undefined;
  const line = `${keys[0]}: ${written.text}`;
  return `YAML reads '${line}' as a field and its value, not text; double-quote the line: - ${JSON.stringify(line)}`;
}

function problemsFromIssues(issues: z.core.$ZodIssue[], file: string, locate: Locate, data: unknown, checks: ReadChecks): FileProblem[] {
  const told = new Set<string>();
  const hiddenSlips = fieldsWrittenWithHiddenCharacters(issues);
  return issues.flatMap((issue) => {
    // `secti\u200cons:` is one slip: its unknown field says so, and the field it was meant to be
    // is not missing as well.
    if (hiddenSlips.has(formatPath(issue.path)) && valueAt(data, issue.path) === undefined) return [];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        if (key === "<<") {
          // YAML 1.1's merge key, which the core schema (YAML 1.2) reads as a field named "<<":
          // the fields it was to bring are missing, each reported where it belongs.
          return { file, ...locate(issue.path, key), path: formatPath([...issue.path, key]), message: "a merge key (<<: *name) is not read: code files are plain YAML 1.2; write each field out" };
        }
        const known = knownKeys(issue.path);
        if (hasHiddenCharacters(key)) return hiddenInKey(issue.path, key, known, file, locate);
        // Nothing close: what the place takes, so that the fix is in the message ("retrieved"
        // where a source takes "adopted"), once a file for each kind of place (a file of
        // thousands of stray keys would say it thousands of times).
        const holder = holderOf(issue.path);
        const takes = told.has(holder) ? undefined : `${holder} takes ${known.join(", ")}`;
        const suggestion = fieldMeant(key, known, heldBelow(issue.path)) ?? takes;
        if (suggestion === takes) told.add(holder);
        // A non-breaking space echoed as it is reads as a space: the key seemed to be 'text'.
        const shown = key.replace(/\u00a0/g, "<U+00A0>");
        return {
          file,
          ...locate(issue.path, key),
          path: formatPath([...issue.path, shown]),
          message: `unknown field '${shown}'${suggestion ? ` — ${suggestion}` : ""}`,
        };
      });
    }
    const asRead =
      numberAsText(issue, locate, data) ?? notText(issue, locate, data) ?? fieldAsText(issue, locate, data);
    const message =
      asRead ??
      issue.message +
        conceptTagHint(issue, data, checks) +
        hiddenInValue(valueAt(data, issue.path));
    const path = formatPath(issue.path);
    return [{ file, ...locate(issue.path), path, message }];
  });
}

/** The paths of known fields written with a character that shows nothing in their name. */
function fieldsWrittenWithHiddenCharacters(issues: z.core.$ZodIssue[]): Set<string> {
  const paths = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    for (const key of issue.keys) {
      const meant = withoutHiddenCharacters(key);
      if (meant !== key && knownKeys(issue.path).includes(meant)) paths.add(formatPath([...issue.path, meant]));
    }
  }
  return paths;
}

/**
 * A field name with a character that shows nothing in it (`secti\u200cons`): quoted as it is,
 * it read "unknown field 'sections' — did you mean sections?". The characters are written out
 * and named, and the fix is to delete them.
 */
function hiddenInKey(path: readonly PropertyKey[], key: string, known: readonly string[], file: string, locate: Locate): FileProblem {
  const shown = hiddenCharactersShown(key);
  const meant = withoutHiddenCharacters(key);
  const deleteThem = `delete ${deletedAs(key)}`;
  const fix = known.includes(meant) ? `${deleteThem} to write ${meant}` : `${deleteThem}${didYouMean(meant, known) ? ` — ${didYouMean(meant, known)}` : ""}`;
  return {
    file,
    ...locate(path, key),
    path: formatPath([...path, shown]),
    message: `unknown field '${shown}': it holds ${hiddenCharactersNamed(key)}; ${fix}`,
  };
}

/** " ('river<U+200D>side' holds a zero width joiner …)" where the value a problem is about hides one. */
function hiddenInValue(value: unknown): string {
  if (typeof value !== "string" || !hasHiddenCharacters(value)) return "";
  return ` ('${hiddenCharactersShown(value)}' holds ${hiddenCharactersNamed(value)}: delete ${deletedAs(value)})`;
}

/** The characters hidden in `text` as the fix names them: "it", or "them" where there are several. */
function deletedAs(text: string): string {
  return hiddenCharacterCount(text) > 1 ? "them" : "it";
}

/** js-yaml names a tag by its full URI: say it as the file wrote it. */
function shortTag(tag: string): string {
  const inner = tag.replace(/^!<(.*)>$/, "$1");
  if (inner.startsWith("tag:yaml.org,2002:")) return `!!${inner.slice("tag:yaml.org,2002:".length)}`;
  return inner.startsWith("!") ? inner : `!<${inner}>`;
}

/** The loader's reason for a key that is a list or mapping, which it places at the file's start. */
const COMPLEX_KEY = "object-based map does not support complex keys";

/**
 * What the parser's reasons for the slips of hand editing mean in a code file, and what is
 * expected there; the rest are said as the parser says them.
 */
const SLIPS: Record<string, string> = {
  "tab characters must not be used in indentation": "a tab in the indentation: YAML indents with spaces only; replace it with spaces",
  "bad indentation of a mapping entry":
    "this line is indented differently from the lines around it: fields of one mapping line up, each list item (- ) under the one before; indent with spaces",
  "bad indentation of a sequence entry":
    "this line is indented differently from the lines around it: fields of one mapping line up, each list item (- ) under the one before; indent with spaces",
  "deficient indentation":
    "this line is indented less than the value it goes on from: is a [ or { above left open? A text that goes on over lines is indented under its key",
  "null byte is not allowed in input": "a NUL byte (0x00): a code file is plain text; is this a binary file?",
  [COMPLEX_KEY]: "a key that is a list or mapping: a key is a field name, such as title",
  "missed comma between flow collection entries": "a comma is missing between the entries of a [ ] or { } list",
  "unexpected end of the stream within a flow collection": "a [ or { is never closed",
  "can not read a block mapping entry; a multiline key may not be an implicit key":
    "a key cannot run over lines: is there a line above with no 'key:'? A text that goes on over lines is indented under its key, or quoted",
  "end of the stream or a document separator is expected":
    "this line does not belong to the fields above it: a field (key: value) or the end of the file was expected",
};

/** U+0001: a character as Unicode names it. */
function codePointName(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

function describeYamlError(reason: string, text = "", offset = -1): string {
  const slip = SLIPS[reason];
  if (slip) return slip;
  if (reason === "the stream contains non-printable characters" && offset >= 0 && offset < text.length) {
    return `a control character (${codePointName(String.fromCodePoint(text.codePointAt(offset)!))}) in the text: remove it; a code file is plain text`;
  }
  if (reason === CONTROL_IN_QUOTES && offset >= 0 && offset < text.length) return controlInQuotesMessage(text, offset);
  if (reason === "unknown escape sequence" && offset >= 1 && offset <= text.length) {
    // The parser stops past the backslash, at the character it cannot read as an escape.
    const escape = text.slice(offset - 1, offset + 1);
    return `unknown escape (${escape}) in double quotes: write \\\\ for a backslash, or quote the text with ' instead`;
  }
  const alias = reason.match(/^unidentified alias "(.*)"$/);
  if (alias) return `the alias *${alias[1]} repeats no value: no anchor &${alias[1]} above it; code files need neither`;
  const unknownTag = reason.match(/^unknown (?:\w+ )?tag (.+)$/);
  if (unknownTag) return `unknown tag ${shortTag(unknownTag[1]!)}: code files are plain YAML, with no tags`;
  // `title: !!bool yes`: a core tag on a value it cannot read (YAML 1.2 reads no `yes`).
  const unfitTag = reason.match(/^cannot resolve a node with !<(.+)> explicit tag$/);
  if (unfitTag) return `the tag ${shortTag(unfitTag[1]!)} cannot read this value: write the value without the tag`;
  if (/maxAliases/.test(reason)) return `cannot read: more than ${MAX_ALIAS_COUNT} aliases (*name); code files need none`;
  if (reason === "duplicated mapping key" && offset >= 0) return duplicateKeyMessage(text, offset);
  if (/maxDepth/.test(reason)) return `nested more than ${MAX_DEPTH} levels deep; a code file is at most ${MAX_DEPTH} levels deep (sections, standards and items need 8)`;
  return reason;
}

/** A quoted value open at the error: where its quote opened, and the column of the key (or `- `) it belongs to. */
interface OpenQuote {
  at: number;
  owner: number;
  ownerIsKey: boolean;
}

/**
 * A quoted value left open runs on into the lines below, and the parser stumbles only there
 * ("deficient indentation"): the quote that opened it, when one is found above the error.
 */
function unclosedQuoteBefore(text: string, offset: number): OpenQuote | null {
  const lineStarts = [0];
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) lineStarts.push(at + 1);
  for (let index = lineStarts.length - 1; index >= Math.max(0, lineStarts.length - 50); index--) {
    const start = lineStarts[index]!;
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    const value = line.match(QUOTED_VALUE);
    // A quote after where the parser stopped (`key: "x"` on the line it stopped at) came later.
    if (!value || start + value[1]!.length >= offset) continue;
    const closes = closingQuote(line, value[1]!.length) !== -1;
    // The lines a value goes on over are indented more than its key, or than its "- " without one.
    const owner = value[2]!.length + (value[4] === undefined ? 0 : (value[3]?.length ?? 0));
    return closes ? null : { at: start + value[1]!.length, owner, ownerIsKey: value[4] !== undefined };
  }
  return null;
}

/**
 * Where the quote opened at `open` closes, if it closes as a value does (nothing but a comment
 * after it on its line) and no line before that reads as a field of its own (`key: `, `- `):
 * then the value was closed, and the error is a line of it indented too little.
 */
function closingQuoteAfter(text: string, open: number): number | null {
  const at = closingQuote(text, open);
  if (at === -1) return null;
  const lineEnd = text.indexOf("\n", at);
  if (!/^\s*(#.*)?$/.test(text.slice(at + 1, lineEnd === -1 ? text.length : lineEnd))) return null;
  const between = text.slice(text.indexOf("\n", open) + 1, text.lastIndexOf("\n", at) + 1);
  return /^\s*(- |[\w-]+:(\s|$))/m.test(between) ? null : at;
}

function yamlProblem(error: unknown, text: string, file: string, events?: readonly Event[]): FileProblem {
  if (error instanceof YAMLException) {
    const keyAt = error.reason === COMPLEX_KEY && events ? firstCollectionKey(text, events) : null;
    const offset = keyAt ?? error.mark?.position;
    if (isYamlDirectiveReason(error.reason) && offset !== undefined) {
      const directive = yamlDirectiveProblem(text, error.reason, offset);
      return { file, ...lineAndColumn(text, directive.at), path: "", message: directive.message };
    }
    // A hidden line end where a line was meant to end: a line break is the fix, not quotes.
    const lineEnd = offset !== undefined && /indentation|multiline key|end of the stream/.test(error.reason) ? hiddenLineEndBefore(text, offset) : null;
    if (lineEnd !== null) return { file, ...lineAndColumn(text, lineEnd.at), path: "", message: lineEnd.message };
    // Before the quotes: a quote closed above is no quote left open.
    const badIndent = error.reason === "bad indentation of a mapping entry";
    const colon =
      badIndent && offset !== undefined ? colonInPlainText(text, offset, isFieldName) : null;
    if (colon !== null) {
      const at = lineAndColumn(text, offset!);
      return { file, ...at, path: "", message: colon };
    }
    const early = badIndent && offset !== undefined ? quoteClosedEarly(text, offset) : null;
    if (early !== null) return { file, ...lineAndColumn(text, early.at), path: "", message: early.message };
    // A character the parser stopped at is told as itself, wherever it stands.
    // So is a core tag (!!bool) that cannot read its value: written as YAML, not pasted.
    const ofCharacter = /non-printable|null byte|tab characters|escape|max(?:Depth|Aliases)|duplicated mapping key|explicit tag|valid JSON character/.test(error.reason);
    const syntax = offset === undefined || ofCharacter ? null : textReadAsSyntax(text, offset);
    if (syntax !== null) return { file, ...lineAndColumn(text, syntax.at), path: "", message: syntax.message };
    const quote = offset === undefined || !/indentation|end of the stream|unexpected end/.test(error.reason) ? null : unclosedQuoteBefore(text, offset);
    if (quote !== null) {
      const close = closingQuoteAfter(text, quote.at);
      if (close !== null && offset! < close) {
        // Closed further down: the line the parser stopped at is a line of the value indented too little.
        const opened = lineAndColumn(text, quote.at);
        const closed = lineAndColumn(text, close);
        const message = `this line goes on with the value quoted at line ${opened.line} (its quote closes at line ${closed.line}, column ${closed.col}) but is indented too little: the lines of a value are indented past ${quote.ownerIsKey ? "its key" : "the - of its list item"}; indent this one ${quote.owner + 1 === 1 ? "1 space" : `${quote.owner + 1} spaces`} or more`;
        return { file, ...lineAndColumn(text, offset!), path: "", message };
      }
      return { file, ...lineAndColumn(text, quote.at), path: "", message: "this quote is never closed (the value runs on into the lines below)" };
    }
    const position = offset === undefined ? { line: 1, col: 1 } : lineAndColumn(text, offset);
    return { file, ...position, path: "", message: describeYamlError(error.reason, text, offset ?? -1) };
  }
  return { file, line: 1, col: 1, path: "", message: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
}

/**
 * How much a value would be once its aliases are copied out, as normalizing and validating do:
 * nodes plus characters. Shared parts are sized once, so this costs no more than the file.
 */
function expandedSize(value: unknown, sizes: Map<object, number>, limit: number): number {
  if (typeof value === "string") return 1 + value.length;
  if (value === null || typeof value !== "object") return 1;
  const known = sizes.get(value);
  if (known !== undefined) return known;
  let size = 1;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    size += expandedSize(child, sizes, limit);
    if (size > limit) break;
  }
  sizes.set(value, size);
  return size;
}

/** A concept tag that names no concept of `known`, or that its standard has already. */
interface OddConceptTag {
  id: string;
  at: PropertyKey[];
  repeated: boolean;
}

/** Where the file tags a standard with a concept `known` does not hold, or with one twice. */
function oddConceptTags(data: unknown, known: readonly string[]): OddConceptTag[] {
  const found: OddConceptTag[] = [];
  const walk = (value: unknown, at: PropertyKey[]): void => {
    if (Array.isArray(value)) value.forEach((child, index) => walk(child, [...at, index]));
    else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if (key === "concepts" && Array.isArray(child) && at.includes("standards")) {
          child.forEach((id, index) => {
            if (typeof id !== "string") return;
            const repeated = child.indexOf(id) < index;
            if (repeated || !known.includes(id)) found.push({ id, at: [...at, key, index], repeated });
          });
        } else walk(child, [...at, key]);
      }
    }
  };
  walk(data, []);
  return found;
}

/** With the u flag a pair is one code point: only a half alone is in this range. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Where the file's \u escapes leave half of a surrogate pair ("\uD800" alone): no character,
 * which no output can write (UTF-8 has none for it; a terminal, a CSV or an Anki file got U+FFFD
 * in its place, silently). Each with the path of its value, or of its key.
 */
function loneSurrogates(data: unknown): { at: PropertyKey[]; key?: string; half: string }[] {
  const found: { at: PropertyKey[]; key?: string; half: string }[] = [];
  const half = (text: string) => {
    const at = text.search(LONE_SURROGATE);
    return `\\u${text.charCodeAt(at).toString(16).toUpperCase()}`;
  };
  const walk = (value: unknown, at: PropertyKey[]): void => {
    if (typeof value === "string") {
      if (LONE_SURROGATE.test(value)) found.push({ at, half: half(value) });
    } else if (Array.isArray(value)) value.forEach((child, index) => walk(child, [...at, index]));
    else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if (LONE_SURROGATE.test(key)) found.push({ at, key, half: half(key) });
        walk(child, [...at, key]);
      }
    }
  };
  walk(data, []);
  return found;
}

/**
 * The schema's problems with a problem for each number not written in digits, in the order of
 * the file; the schema's own problem at such a number (YAML's 0x0 is 0, not ≥ 1) gives way.
 */
function withNumberSlips(problems: FileProblem[], slips: readonly NumberSlip[], text: string, file: string): FileProblem[] {
  if (slips.length === 0) return problems;
  const lineAndColumnOf = lineColumns(text);
  const slipped = slips.map((slip) => ({
    file,
    ...lineAndColumnOf(slip.offset),
    path: formatPath(slip.path),
    message: slipMessage(slip),
  }));
  const paths = new Set(slipped.map((problem) => problem.path));
  return [...problems.filter((problem) => !paths.has(problem.path)), ...slipped].sort(inFileOrder);
}

const isCodeLike = (entry: unknown) => entry !== null && typeof entry === "object" && !Array.isArray(entry) && "id" in entry;

/**
 * What an export of several codes is, where a code file was expected: the list `export --json
 * --code a --code b` writes, or the whole model `export` writes without --code ({ codes: […] }).
 * Said as such, with what to do, rather than as a code with every field missing.
 */
function exportOfSeveral(data: unknown): string | null {
  if (Array.isArray(data) && data.length > 1 && data.every(isCodeLike)) {
    return `the file is a list of ${data.length} codes (as \`ethics export --json\` writes several); a code file is one code: save each in a file of its own`;
  }
  if (data !== null && typeof data === "object" && !Array.isArray(data) && Object.keys(data).length === 1) {
    const codes = (data as { codes?: unknown }).codes;
    if (Array.isArray(codes) && codes.length > 0 && codes.every(isCodeLike)) {
      return `the file is the whole model ({ codes: […] }, ${codes.length} codes) that \`ethics export\` writes without --code; a code file is one code: export one with --code (and --id to give it an id of its own)`;
    }
  }
  return null;
}

/** Parse and validate the text of one code file. */
export function parseCodeText(text: string, file: string, origin: Code["origin"], checks: ReadChecks = {}): ParsedFile {
  const parsed = parseCodeTextAsIs(text, file, origin, checks);
  if (parsed.problems.length === 0) return parsed;
  // A non-breaking space where YAML wants a space is what went wrong, whatever the parser or the
  // schema made of the line (an indentation, a key of spaces): said first, at the character.
  const spaces = nonBreakingSpaces(text);
  if (spaces.length === 0) return parsed;
  const lineAndColumnOf = lineColumns(text);
  const told = spaces.map(({ at, message }) => ({ file, ...lineAndColumnOf(at), path: "", message }));
  // The parser stops at the line, or the next: its reason ("indented differently", "expected
  // ':'") is then about the character, and points away from it.
  const stoppedThere = (problem: FileProblem) => problem.path === "" && told.some(({ line }) => problem.line === line || problem.line === line + 1);
  if (!parsed.problems.some(stoppedThere)) return { ...parsed, problems: [...told, ...parsed.problems] };
  // What the schema said of the rest read on past it (set-aside-entry.ts) is of a file the space
  // made YAML misread: the parser's other problems stand, the schema's wait for the fix.
  return { ...parsed, problems: [...told, ...parsed.problems.filter((problem) => problem.path === "" && !stoppedThere(problem))] };
}

/** Syntax errors told in one run at most: a file of more is told in rounds of this many. */
const MAX_SYNTAX_ERRORS = 20;

function parseCodeTextAsIs(text: string, file: string, origin: Code["origin"], checks: ReadChecks, setAside: readonly EntrySetAside[] = []): ParsedFile {
  let events: Event[] | undefined;
  let documents: unknown[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
    documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: MAX_ALIAS_COUNT });
  } catch (error) {
    const problem = yamlProblem(error, text, file, events);
    if (!(error instanceof YAMLException) || setAside.length >= MAX_SYNTAX_ERRORS || /max(?:Depth|Aliases)/.test(error.reason)) return { code: null, problems: [problem] };
    // Read on past the entry the error stands in (set-aside-entry.ts): the rest's problems too.
    const entry = setAsideEntryAt(text, problem.line);
    if (entry === undefined || setAside.some((earlier) => entry.firstLine <= earlier.lastLine && earlier.firstLine <= entry.lastLine)) return { code: null, problems: [problem] };
    const rest = parseCodeTextAsIs(entry.text, file, origin, checks, [...setAside, entry]);
    const outside = rest.problems.filter((other) => other.line < entry.firstLine || other.line > entry.lastLine);
    return { code: null, problems: [problem, ...outside].sort(inFileOrder) };
  }
  const version = unreadYamlVersion(text, events);
  if (version !== undefined) return { code: null, problems: [{ file, ...lineAndColumn(text, version.at), path: "", message: version.message }] };
  // A `---` left at the end (an editor's template, a hand-split stream) opens a document with
  // nothing in it: no second code, and nothing else a reader could take from it.
  while (documents.length > 1 && (documents[documents.length - 1] === null || documents[documents.length - 1] === undefined)) documents.pop();
  if (documents.length > 1) {
    const { line, col } = secondDocumentStart(text, events) ?? { line: 1, col: 1 };
    return { code: null, problems: [{ file, line, col, path: "", message: `the file holds ${documents.length} YAML documents (a stream, as \`ethics export --format yaml\` writes several codes); a code file is one code: split it at its --- lines, one code a file` }] };
  }
  const data = documents[0];
  if (data === null || data === undefined) {
    return { code: null, problems: [{ file, line: 1, col: 1, path: "", message: EMPTY_FILE_MESSAGE }] };
  }
  const exported = exportOfSeveral(data);
  if (exported !== null) return { code: null, problems: [{ file, line: 1, col: 1, path: "", message: exported }] };
  if (expandedSize(data, new Map(), MAX_EXPANDED_SIZE) > MAX_EXPANDED_SIZE) {
    return { code: null, problems: [{ file, line: 1, col: 1, path: "", message: "cannot read: its aliases (*name) expand to far more than the file (an alias bomb?)" }] };
  }
  // Only a \u escape makes half a pair: the text itself was decoded whole (read-file.ts).
  if (/\\u/i.test(text)) {
    const halves = loneSurrogates(data);
    if (halves.length > 0) {
      const locate = eventPositions(text, events);
      const problems = halves.map(({ at, key, half }) => ({
        file,
        ...locate(at, key),
        path: formatPath(key === undefined ? at : [...at, key]),
        message: `${half} is half of a surrogate pair, not a character: write the character itself, or \\U and its 8 hex digits (\\U0001F600 for 😀)`,
      }));
      return { code: null, problems };
    }
  }
  let valid: CodeFile;
  const slips = numbersNotInDigits(text, events, data);
  // The schema validator for what the quick check cannot vouch for: it alone words problems.
  if (slips.length === 0 && plainlyMeetsSchema(data)) valid = data;
  else {
    const result = codeSchemas().codeFileSchema.safeParse(data);
    if (!result.success || slips.length > 0) {
      const problems = result.success ? [] : problemsFromIssues(result.error.issues, file, eventPositions(text, events), data, checks);
      // The tags are read from the file as written, so their problems need no valid file: told
      // with the schema's, a file is fixed in one round, not one kind of problem at a time.
      const tagged = tagProblems(data, text, events, file, checks).filter((tag) => !problems.some((problem) => problem.path === tag.path));
      const { cut, empty } = cutProblems(text, events, file);
      // A text YAML cut is said as cut, not as the shorter text the schema saw; an empty one
      // with a comment after its key, as empty, and what to do if the comment was its text.
      const schemas = [...problems, ...tagged]
        .filter((problem) => !cut.some((cutText) => cutText.path === problem.path))
        .map((problem) => {
          const comment = empty.find((hint) => hint.path === problem.path);
          return comment === undefined ? problem : { ...problem, message: `${problem.message}: ${comment.message}` };
        });
      return { code: null, problems: withNumberSlips([...schemas, ...cut], slips, text, file).sort(inFileOrder) };
    }
    valid = result.data;
  }
  const others = [...tagProblems(data, text, events, file, checks), ...lineBreakProblems(valid, text, events, file)];
  // A text YAML cut would be shown as if whole: no code, as for a file YAML cannot read.
  const { cut } = cutProblems(text, events, file);
  if (cut.length > 0) return { code: null, problems: [...others, ...cut].sort(inFileOrder) };
  return { code: normalizeCode(valid, origin, file), problems: others.sort(inFileOrder) };
}

/**
 * The texts of words that YAML cut at a " #" or dropped a mark of (cut-text.ts), told where
 * they were cut; and the empty ones with a comment after their key, which may have been text.
 */
function cutProblems(text: string, events: readonly Event[], file: string): { cut: FileProblem[]; empty: FileProblem[] } {
  const found = textsCutByYaml(text, events);
  if (found.length === 0) return { cut: [], empty: [] };
  const lineAndColumnOf = lineColumns(text);
  const placed = (texts: typeof found) => texts.map(({ path, at, message }) => ({ file, ...lineAndColumnOf(at), path: formatPath(path), message }));
  return { cut: placed(found.filter((found) => !found.empty)), empty: placed(found.filter((found) => found.empty)) };
}

/** A text whose line breaks the model joins (line-breaks.ts), told where it stands. */
function lineBreakProblems(valid: CodeFile, text: string, events: readonly Event[], file: string): FileProblem[] {
  const found = textsWithLineBreaks(valid);
  if (found.length === 0) return [];
  const locate = eventPositions(text, events);
  // A text at its key (a block's value starts on the lines under it); a note, where it is listed.
  const place = (at: (string | number)[]) => {
    const last = at[at.length - 1]!;
    return typeof last === "string" ? locate(at.slice(0, -1), last) : locate(at);
  };
  return found.map((at) => ({ file, ...place(at), path: formatPath(at), message: LINE_BREAKS_MESSAGE }));
}

/** Concept tags that name no concept, or that their standard has already. */
function tagProblems(data: unknown, text: string, events: readonly Event[], file: string, checks: ReadChecks): FileProblem[] {
  const odd = checks.conceptIds ? oddConceptTags(data, checks.conceptIds) : [];
  if (odd.length === 0) return [];
  const locate = eventPositions(text, events);
  return odd.map(({ id, at, repeated }) => {
    // The model keeps one (normalize.ts); the second says nothing more, and may be a slip for another.
    if (repeated) return { file, ...locate(at), path: formatPath(at), message: `'${id}' is tagged twice on this standard: remove one` };
    return { file, ...locate(at), path: formatPath(at), message: notAConcept(id, checks) };
  });
}

/** Decode and parse the bytes of one code file. */
export function parseCodeBytes(bytes: Buffer, file: string, origin: Code["origin"], checks: ReadChecks = {}): ParsedFile {
  const decoded = decodeText(bytes);
  if ("problem" in decoded) return { code: null, problems: [{ file, line: decoded.line, col: decoded.col, path: "", message: decoded.problem }] };
  return parseCodeText(decoded.text, file, origin, checks);
}

/** Read and parse one code file; problems reading it are reported like problems inside it. */
export function readCodeFile(path: string, origin: Code["origin"], checks: ReadChecks = {}, displayName = path): ParsedFile {
  const read = readFileBytes(path, MAX_FILE_BYTES);
  if ("problem" in read) return { code: null, problems: [{ file: displayName, line: 0, col: 0, path: "", message: read.problem }], ...(read.gone && { gone: read.gone }) };
  return parseCodeBytes(read.bytes, displayName, origin, checks);
}

/** Every code file in a directory, or one problem saying why the directory cannot be read. */
export function readCodeFilesIn(dir: string, origin: Code["origin"], checks: ReadChecks = {}): ParsedFile[] {
  let paths: string[];
  try {
    paths = listCodeDirectory(dir).files;
  } catch (error) {
    return [{ code: null, problems: [{ file: dir, line: 0, col: 0, path: "", message: describeFsError(error) }] }];
  }
  return paths.map((path) => readCodeFile(path, origin, checks));
}

/** Every code in a directory; throws DataError listing every problem in every file. */
export function readCodeDir(dir: string, origin: Code["origin"]): Code[] {
  const parsed = readCodeFilesIn(dir, origin);
  const problems = parsed.flatMap((result) => result.problems);
  if (problems.length > 0) throw new DataError(problems, `fix the file${problems.length > 1 ? "s" : ""}; \`ethics validate ${shellPath(dir)}\` checks them`);
  return parsed.map((result) => result.code!);
}
