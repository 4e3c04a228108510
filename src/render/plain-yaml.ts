// The model as the YAML library writes it (block style, two spaces, lineWidth 0), written
// directly. The library builds a node tree and tests every scalar against its whole schema:
// ~13 ms for a Medi-Cal-sized code, 13 s for an export of a thousand codes. Nearly every value
// in the model is a one-line string the library writes plain, an integer or an empty list, and
// for those its choices are simple to follow (stringifyString.js's plainString and quotedString
// with lineWidth 0: no folding). Anything else (a string with a line break or another control
// character, a non-integer, a key that is not a plain word, an object met twice) gives null here,
// and the caller asks the library: test/render/plain-yaml.test.ts holds this to the library's
// output, on the codes and on random values. (Objects met are looked for again only where the
// caller cannot say that none is there twice: a code read from its cache entry, unshared.ts.)
import { visible } from "./terminal-text.js";

/** A document marker at a line's start: the library quotes or blocks such strings in some places. */
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/;
/**
 * What the YAML 1.2 core schema reads as null, a boolean, an integer or a float (the `test`
 * of each default tag but str in the library's core schema: test/render/plain-yaml.test.ts
 * checks the two agree). Such a string is quoted, so that it reads back as a string.
 */
export const CORE_SCHEMA_TESTS: readonly RegExp[] = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
/** The first characters of every string CORE_SCHEMA_TESTS match but the empty one. */
const SCHEMA_FIRST = "~nNtTfF0123456789+-.";
const KEY = /^[A-Za-z][A-Za-z0-9]*$/;

/** Thrown inside, where a value is beyond what this writer follows; never escapes. */
class Unfollowed extends Error {}

/** What a string's first character says of it (ASCII; FIRST_CHARACTER), as flags. */
const ALWAYS_QUOTED = 1;
const QUOTED_ALONE_OR_BEFORE_SPACE = 2;
const MAY_BE_SCHEMA = 4;
const FIRST_CHARACTER = new Uint8Array(128);
for (const char of " ,[]{}#&*!|>'\"%@`") FIRST_CHARACTER[char.charCodeAt(0)]! |= ALWAYS_QUOTED;
for (const char of "?-") FIRST_CHARACTER[char.charCodeAt(0)]! |= QUOTED_ALONE_OR_BEFORE_SPACE;
for (const char of SCHEMA_FIRST) FIRST_CHARACTER[char.charCodeAt(0)]! |= MAY_BE_SCHEMA;

/**
 * plainString's test for a string that cannot be plain,
 * /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/, for a string
 * without tabs and newlines (a first and a last character, then a search for each of ": " and
 * " #" by its rarer character: an export tests half a million strings, and a search for " #"
 * stopped at every space), and its test that the string would read back as something else.
 */
function needsQuotes(text: string): boolean {
  const length = text.length;
  if (length === 0) return true;
  const last = text.charCodeAt(length - 1);
  if (last === 0x20 || last === 0x3a) return true;
  const first = text.charCodeAt(0);
  const kind = first < 0x80 ? FIRST_CHARACTER[first]! : 0;
  if ((kind & ALWAYS_QUOTED) !== 0) return true;
  // ? and -, alone or before a space
  if ((kind & QUOTED_ALONE_OR_BEFORE_SPACE) !== 0 && (length === 1 || text.charCodeAt(1) === 0x20)) return true;
  // inside, what would begin a mapping or a comment: ": " and " #"
  for (let at = text.indexOf(":"); at >= 0; at = text.indexOf(":", at + 1)) if (text.charCodeAt(at + 1) === 0x20) return true;
  for (let at = text.indexOf("#", 1); at >= 0; at = text.indexOf("#", at + 1)) if (text.charCodeAt(at - 1) === 0x20) return true;
  return (kind & MAY_BE_SCHEMA) !== 0 && CORE_SCHEMA_TESTS.some((test) => test.test(text));
}

/**
 * A one-line string as the library writes it: plain where that reads back as the same string,
 * else quoted (quotedString: single quotes where it holds a double quote and no single one,
 * else double, which for a one-line string without controls is its JSON).
 */
function scalarText(text: string): string {
  // `visible` changes every control character, newlines and tabs too (and nothing, in plain text).
  // DOCUMENT_MARKER can only match a text starting with %, - or .
  const first = text.charCodeAt(0);
  if ((!writingPlainText && visible(text) !== text) || ((first === 0x25 || first === 0x2d || first === 0x2e) && DOCUMENT_MARKER.test(text))) throw new Unfollowed();
  if (!needsQuotes(text)) return text;
  return text.includes('"') && !text.includes("'") ? `'${text}'` : JSON.stringify(text);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A scalar or an empty collection as it follows `key: ` or `- `; undefined for a collection with members. */
function inline(value: unknown, seen: Set<object>): string | undefined {
  if (typeof value === "string") return scalarText(value);
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || Object.is(value, -0)) throw new Unfollowed();
    return String(value);
  }
  if (typeof value === "boolean") return String(value);
  if (value === null) return "null";
  if (typeof value !== "object" || !(Array.isArray(value) || isPlainObject(value))) throw new Unfollowed();
  if (Array.isArray(value) ? value.length > 0 : hasMember(value)) return undefined;
  if (!writingUnshared) {
    if (seen.has(value)) throw new Unfollowed();
    seen.add(value);
  }
  return Array.isArray(value) ? "[]" : "{}";
}

/**
 * Whether an object has a member the library writes (an own enumerable value not undefined):
 * what Object.values(…).some(…) says, without an array of every value of every object.
 */
function hasMember(value: Record<string, unknown>): boolean {
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key) && value[key] !== undefined) return true;
  return false;
}

/** Set while writing values whose every string `visible` leaves as it is (plain-text.ts): none is tested again. */
let writingPlainText = false;
/** Set while writing values that hold no object twice (unshared.ts): none is looked for in `seen`. */
let writingUnshared = false;

/*
 * What plainYamlItems has written so far: one string each line is added to. Every line but the
 * first is written with the newline before it rather than after it, so that a key's line is its
 * head (a newline, the indent, the key, a colon and a space), made once for each key at each
 * depth, and its value: one string added where a template made each line of four, pushed to an
 * array to be joined (an export writes a million lines).
 */
let written = "";

/** A depth of the block structure: its line start (a newline and an indent), and what is made once for it. */
interface Depth {
  lineStart: string;
  /** `- ` at its line start: a sequence's item. */
  dash: string;
  /** Its lines' heads by key, for the keys found plain: the model's few dozen field names, met hundreds of thousands of times. */
  heads: Map<string, string>;
  deeper?: Depth;
}

const depthAt = (lineStart: string): Depth => ({ lineStart, dash: `${lineStart}- `, heads: new Map() });

/** The depth below `depth`, two spaces further in. */
function deeper(depth: Depth): Depth {
  return (depth.deeper ??= depthAt(`${depth.lineStart}  `));
}

/** The depths below each indent plainYamlItems was given. */
const topDepths = new Map<string, Depth>();

/** `map` at `depth`, its first line starting with `first` instead (the sequence's dash before it, or the depth's line start). */
function writeMap(map: Record<string, unknown>, depth: Depth, first: string, seen: Set<object>): void {
  const { heads } = depth;
  let firstLine = true;
  for (const key of Object.keys(map)) {
    const value = map[key];
    if (value === undefined) continue;
    let head = heads.get(key);
    if (head === undefined) {
      if (!KEY.test(key) || CORE_SCHEMA_TESTS.some((test) => test.test(key))) throw new Unfollowed();
      heads.set(key, (head = `${depth.lineStart}${key}: `));
    }
    const scalar = inline(value, seen);
    if (scalar !== undefined) written += firstLine ? `${first}${key}: ${scalar}` : head + scalar;
    else {
      written += firstLine ? `${first}${key}:` : `${depth.lineStart}${key}:`;
      const below = deeper(depth);
      writeBlock(value as object, below, below.lineStart, seen);
    }
    firstLine = false;
  }
}

function writeSequence(items: unknown[], depth: Depth, first: string, seen: Set<object>): void {
  let dash = `${first}- `;
  for (const item of items) {
    if (item === undefined) throw new Unfollowed();
    const scalar = inline(item, seen);
    if (scalar !== undefined) written += dash + scalar;
    else writeBlock(item as object, deeper(depth), dash, seen);
    dash = depth.dash;
  }
}

/** A collection with members at `depth`, its first line starting with `first` instead. */
function writeBlock(value: object, depth: Depth, first: string, seen: Set<object>): void {
  // The library writes an object met twice as an anchor and an alias.
  if (!writingUnshared) {
    if (seen.has(value)) throw new Unfollowed();
    seen.add(value);
  }
  if (Array.isArray(value)) writeSequence(value, depth, first, seen);
  else writeMap(value as Record<string, unknown>, depth, first, seen);
}

/**
 * `values` as the items of a block sequence at `indent` (a key's list, as the library writes it
 * below that key), or null where a value is one the library must write. `plainText`: every
 * string of `values` is known to hold nothing `visible` would change (a code marked so).
 * `unshared`: no object is known to be in `values` twice (a code marked so).
 */
export function plainYamlItems(values: readonly unknown[], indent: string, plainText = false, unshared = false): string | null {
  if (values.length === 0) return "";
  let depth = topDepths.get(indent);
  if (depth === undefined) topDepths.set(indent, (depth = depthAt(`\n${indent}`)));
  writingPlainText = plainText;
  writingUnshared = unshared;
  try {
    // The first line without a newline before it, and one after the last.
    writeSequence(values as unknown[], depth, indent, new Set());
    return `${written}\n`;
  } catch (error) {
    if (error instanceof Unfollowed) return null;
    throw error;
  } finally {
    writingPlainText = false;
    writingUnshared = false;
    written = "";
  }
}
