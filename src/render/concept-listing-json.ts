// `ethics concepts --json`: the listing exactly as escapeJson(JSON.stringify(listing, null, 2))
// prints it, made a piece at a time from the compact listing. At a thousand users' codes it is
// ~90 MB holding ~390,000 citations of ~108,000 standards: each citation's JSON is made (and
// escaped) once and reused under every concept that cites it, and the text of the whole is
// never in memory at once, nor any object per citation.
import type { CitationColumns, CompactListing } from "../core/concepts/listing.js";
import { escapeJson } from "./terminal-text.js";

// Each level of JSON.stringify's indentation is two spaces: topics are at level 2, their
// fields at 3, concepts at 4, their fields at 5 and the citations at 6.
const TOPIC = " ".repeat(4);
const CONCEPT = " ".repeat(8);
const CITATION = " ".repeat(12);

/** `value` as JSON.stringify(value, null, 2) writes it where a line starts with `indent`. */
const jsonAt = (value: unknown, indent: string): string => JSON.stringify(value, null, 2).replaceAll("\n", `\n${indent}`);

const fieldsOf = (object: object, indent: string): string[] => Object.entries(object).map(([key, value]) => `${JSON.stringify(key)}: ${jsonAt(value, indent)}`);

/**
 * Printable ASCII but `"` and `\\`, and Latin-1's letters and signs (U+00A0–U+00FF, such as
 * the "·" of most citations): what JSON.stringify writes as it is, and escapeJson leaves.
 */
const PLAIN = /^[ !#-[\]-~\u00a0-\u00ff]*$/;
const NON_ASCII = /[^\u0000-\u007f]/;

/** How many more bytes than characters a text takes in UTF-8. */
const extraBytes = (text: string): number => (NON_ASCII.test(text) ? Buffer.byteLength(text) - text.length : 0);

/** A string as JSON, escaped as escapeJson escapes it. */
const stringJson = (text: string): string => (PLAIN.test(text) ? `"${text}"` : escapeJson(JSON.stringify(text)));

// A citation as it follows another in its array, but for its values.
const CODE = `,\n${CITATION}{\n${CITATION}  "code": `;
const SECTION = `,\n${CITATION}  "section": `;
const NUMBER = `,\n${CITATION}  "number": `;
const CITED = `,\n${CITATION}  "citation": `;
const END = `\n${CITATION}}`;
const INFERRED_END = `,\n${CITATION}  "inferred": true${END}`;
const CONSTANT = CODE.length + SECTION.length + NUMBER.length + CITED.length;

/**
 * A listing's citations as UTF-8, each once: the n-th is the bytes of `runs[runOf[n]]` from
 * `starts[n]` to `ends[n]`. Each is written as it follows another in its array (a comma, a new
 * line, the indentation, the object); the first of an array is the same without its comma.
 */
interface CitationBytes {
  runs: Buffer[];
  runOf: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

function citationBytes(cited: CitationColumns): CitationBytes {
  const codeJson = cited.codes.map(stringJson);
  const sectionJson = cited.sections.map(stringJson);
  const codeExtra = codeJson.map(extraBytes);
  const sectionExtra = sectionJson.map(extraBytes);
  const count = cited.citation.length;
  const bytes: CitationBytes = { runs: [], runOf: new Uint32Array(count), starts: new Uint32Array(count), ends: new Uint32Array(count) };
  // Made in runs of 64 KiB, each a Buffer of its own: a string grown by += and encoded whole
  // now and then is ~2× as fast as one join of all the pieces (216,000 citations alone: 125 ms
  // against 283 ms), and no run need be copied again into one Buffer of all.
  let run = "";
  let at = 0;
  for (let n = 0; n < count; n++) {
    const code = cited.code[n]!;
    const section = cited.section[n]!;
    const numberJson = JSON.stringify(cited.number[n]);
    const citationJson = stringJson(cited.citation[n]!);
    const end = cited.inferred[n] === 1 ? INFERRED_END : END;
    run += CODE + codeJson[code] + SECTION + sectionJson[section] + NUMBER + numberJson + CITED + citationJson + end;
    bytes.runOf[n] = bytes.runs.length;
    bytes.starts[n] = at;
    at += CONSTANT + end.length + codeJson[code]!.length + sectionJson[section]!.length + numberJson.length + citationJson.length;
    at += codeExtra[code]! + sectionExtra[section]! + extraBytes(citationJson);
    bytes.ends[n] = at;
    if (run.length >= 65536 || n === count - 1) {
      bytes.runs.push(Buffer.from(run, "utf8"));
      run = "";
      at = 0;
    }
  }
  return bytes;
}

/**
 * The citations at `places` as a JSON array whose line starts at `indent`, made in `scratch`
 * (grown as needed, kept for the next array: a thousand users' codes put ~90 MB in ~300
 * arrays, which would otherwise wait for the collector after they are written).
 */
function citationArray({ runs, runOf, starts, ends }: CitationBytes, places: readonly number[], indent: string, scratch: { bytes: Buffer }): Uint8Array | string {
  if (places.length === 0) return "[]";
  const close = `\n${indent}]`;
  let size = close.length; // with "[" for the first one's comma, left out
  for (const at of places) size += ends[at]! - starts[at]!;
  if (scratch.bytes.length < size) scratch.bytes = Buffer.allocUnsafe(Math.max(size, 2 * scratch.bytes.length));
  const array = scratch.bytes;
  array[0] = 0x5b; // [
  let end = 1;
  for (let n = 0; n < places.length; n++) {
    const at = places[n]!;
    end += runs[runOf[at]!]!.copy(array, end, starts[at]! + (n === 0 ? 1 : 0), ends[at]!);
  }
  array.write(close, end, "latin1");
  return array.subarray(0, size);
}

/**
 * The listing as --json prints it, `{ topics: [...] }`, a concept at a time: the text of
 * concepts and topics as strings, each array of citations as bytes of its own (so that a name
 * or a term outside Latin-1 does not make thousands of citations a two-byte string). Those
 * bytes are reused: each piece is good until the next is asked for, so write it, or copy it.
 */
export function* renderListingJson(listing: CompactListing): Generator<string | Uint8Array> {
  if (listing.topics.length === 0) {
    yield '{\n  "topics": []\n}\n';
    return;
  }
  const cited = citationBytes(listing.cited);
  const scratch = { bytes: Buffer.allocUnsafe(0) };
  yield '{\n  "topics": [\n';
  for (const [at, topic] of listing.topics.entries()) {
    const head = escapeJson(fieldsOf({ id: topic.id, name: topic.name }, `${TOPIC}  `).join(`,\n${TOPIC}  `));
    yield `${at === 0 ? "" : ",\n"}${TOPIC}{\n${TOPIC}  ${head},\n${TOPIC}  "concepts": ${topic.concepts.length === 0 ? "[]" : "[\n"}`;
    for (const [place, { standards, related, ...rest }] of topic.concepts.entries()) {
      const fields = fieldsOf(rest, `${CONCEPT}  `).map(escapeJson);
      yield `${place === 0 ? "" : ",\n"}${CONCEPT}{\n${CONCEPT}  ${[...fields, '"standards": '].join(`,\n${CONCEPT}  `)}`;
      yield citationArray(cited, standards, `${CONCEPT}  `, scratch);
      yield `,\n${CONCEPT}  "related": `;
      yield citationArray(cited, related, `${CONCEPT}  `, scratch);
      yield `\n${CONCEPT}}`;
    }
    yield `${topic.concepts.length === 0 ? "" : `\n${TOPIC}  ]`}\n${TOPIC}}`;
  }
  yield "\n  ]\n}\n";
}
