// `ethics concepts --json`: the listing exactly as escapeJson(JSON.stringify(listing, null, 2))
// prints it, made a piece at a time from compact topics. At a thousand users' codes it is
// ~90 MB holding ~390,000 citations of ~230,000 standards: each citation's JSON is made (and
// escaped) once and reused under every concept of its topic, and the text of the whole is never
// in memory at once, nor any object per citation.
import type { CitationRow, CompactTopic } from "../core/concepts/listing.js";
import { escapeJson } from "./terminal-text.js";

// Each level of JSON.stringify's indentation is two spaces: topics are at level 2, their
// fields at 3, concepts at 4, their fields at 5 and the citations at 6.
const TOPIC = " ".repeat(4);
const CONCEPT = " ".repeat(8);
const CITATION = " ".repeat(12);

/** `value` as JSON.stringify(value, null, 2) writes it where a line starts with `indent`. */
const jsonAt = (value: unknown, indent: string): string => JSON.stringify(value, null, 2).replaceAll("\n", `\n${indent}`);

const fieldsOf = (object: object, indent: string): string[] => Object.entries(object).map(([key, value]) => `${JSON.stringify(key)}: ${jsonAt(value, indent)}`);

/** Printable ASCII but `"` and `\\`: what JSON.stringify writes as it is, and escapeJson leaves. */
const PLAIN = /^[ !#-[\]-~]*$/;
const NON_ASCII = /[^\u0000-\u007f]/;

/** How many more bytes than characters a text takes in UTF-8 (most citations have a "·"). */
const extraBytes = (text: string): number => (NON_ASCII.test(text) ? Buffer.byteLength(text) - text.length : 0);

/** A string as JSON, escaped as escapeJson escapes it. */
const stringJson = (text: string): string => (PLAIN.test(text) ? `"${text}"` : escapeJson(JSON.stringify(text)));

/**
 * A topic's citations as UTF-8, each once: the bytes of the n-th from `starts[n]` to
 * `starts[n + 1]`. Each is written as it follows another in its array (a comma, a new line,
 * the indentation, the object); the first of an array is the same without its comma.
 */
function citationBytes(rows: readonly CitationRow[]): { bytes: Buffer; starts: Uint32Array } {
  const quoted = new Map<string, string>(); // the codes' ids and sections, each said hundreds of times
  const once = (text: string) => {
    let json = quoted.get(text);
    if (json === undefined) quoted.set(text, (json = stringJson(text)));
    return json;
  };
  const starts = new Uint32Array(rows.length + 1);
  const texts: string[] = [];
  let at = 0;
  for (let n = 0; n < rows.length; n++) {
    const [code, section, number, citation, inferred] = rows[n]!;
    const [codeJson, sectionJson, citationJson] = [once(code), once(section), stringJson(citation)];
    const text =
      `,\n${CITATION}{\n${CITATION}  "code": ${codeJson},\n${CITATION}  "section": ${sectionJson},\n${CITATION}  "number": ${JSON.stringify(number)},\n` +
      `${CITATION}  "citation": ${citationJson}${inferred === 1 ? `,\n${CITATION}  "inferred": true` : ""}\n${CITATION}}`;
    texts.push(text);
    starts[n] = at;
    // Counted by its parts, not whole, which would make each its own flat copy before the join.
    at += text.length + extraBytes(codeJson) + extraBytes(sectionJson) + extraBytes(citationJson);
  }
  starts[rows.length] = at;
  return { bytes: Buffer.from(texts.join(""), "utf8"), starts };
}

/** The citations at `places` as a JSON array whose line starts at `indent`. */
function citationArray({ bytes, starts }: { bytes: Buffer; starts: Uint32Array }, places: readonly number[], indent: string): Uint8Array | string {
  if (places.length === 0) return "[]";
  const close = `\n${indent}]`;
  let size = close.length; // with "[" for the first one's comma, left out
  for (const at of places) size += starts[at + 1]! - starts[at]!;
  const array = Buffer.allocUnsafe(size);
  array[0] = 0x5b; // [
  let end = 1;
  for (let n = 0; n < places.length; n++) {
    const at = places[n]!;
    end += bytes.copy(array, end, starts[at]! + (n === 0 ? 1 : 0), starts[at + 1]!);
  }
  array.write(close, end, "latin1");
  return array;
}

/** The start of the listing, given whether it has any topic. */
export const listingJsonOpen = (anyTopic: boolean): string => (anyTopic ? '{\n  "topics": [\n' : '{\n  "topics": []');

/** The end of the listing, given whether it had any topic; its last line ends with a newline, as every --json output does. */
export const listingJsonClose = (anyTopic: boolean): string => (anyTopic ? "\n  ]\n}\n" : "\n}\n");

/** One topic of the listing (after the first, with the comma before it), a concept at a time. */
export function* topicListingJson(topic: CompactTopic, first: boolean): Generator<string | Uint8Array> {
  const cited = citationBytes(topic.cited);
  const head = escapeJson(fieldsOf({ id: topic.id, name: topic.name }, `${TOPIC}  `).join(`,\n${TOPIC}  `));
  if (topic.concepts.length === 0) {
    yield `${first ? "" : ",\n"}${TOPIC}{\n${TOPIC}  ${head},\n${TOPIC}  "concepts": []\n${TOPIC}}`;
    return;
  }
  yield `${first ? "" : ",\n"}${TOPIC}{\n${TOPIC}  ${head},\n${TOPIC}  "concepts": [\n`;
  let firstConcept = true;
  for (const { standards, related, ...rest } of topic.concepts) {
    const fields = fieldsOf(rest, `${CONCEPT}  `).map(escapeJson);
    // The citations go out as bytes of their own, so that a name or a term outside Latin-1 does
    // not make the text of thousands of citations a two-byte string.
    yield `${firstConcept ? "" : ",\n"}${CONCEPT}{\n${CONCEPT}  ${[...fields, '"standards": '].join(`,\n${CONCEPT}  `)}`;
    yield citationArray(cited, standards, `${CONCEPT}  `);
    yield `,\n${CONCEPT}  "related": `;
    yield citationArray(cited, related, `${CONCEPT}  `);
    yield `\n${CONCEPT}}`;
    firstConcept = false;
  }
  yield `\n${TOPIC}  ]\n${TOPIC}}`;
}
