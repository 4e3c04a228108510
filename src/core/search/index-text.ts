// The built-in search index as the build writes it (dist/search-index.txt) and search reads it.
// Nine tenths of the index is a dozen long packed strings (the concepts' terms, the vocabulary,
// the concept documents' postings); parsed from JSON, each is copied out of the file's text into
// a string of its own, which the young generation's collections then copy again (twice: once
// within it, once out of it). Here they follow the JSON of the rest, back to back, and are read
// as slices of the file's one string, which is never copied: V8 keeps a slice as a reference
// into its parent. The index read is the one JSON.parse would give.
//
// The text: a line of JSON, [[path, length], …], the place and length of each long string; a
// line of JSON, the index with those strings empty; then the strings, in that order.

/** Strings at least this long are written apart (the rest are too short to be worth a slice). */
const APART_FROM = 1024;

type Path = (string | number)[];

/** Only ASCII is written apart, so that the file's bytes read as Latin-1 are the strings. */
const ASCII = /^[\x00-\x7f]*$/;

/** `value` (an index, or any JSON value) as that text. `json` writes a JSON value, as asciiJson does. */
export function indexText(value: unknown, json: (value: unknown) => string): string {
  const places: [Path, number][] = [];
  const strings: string[] = [];
  // The path to the node being walked, copied only for a string written apart: a path copied
  // for every node made an array for each of a part's numbers (a first run over 100 codes: ~3%
  // of its instructions).
  const path: Path = [];
  const emptied = (node: unknown): unknown => {
    if (typeof node === "string" && node.length >= APART_FROM && ASCII.test(node)) {
      places.push([[...path], node.length]);
      strings.push(node);
      return "";
    }
    if (Array.isArray(node)) {
      const copy = new Array<unknown>(node.length);
      for (let at = 0; at < node.length; at++) {
        path.push(at);
        copy[at] = emptied(node[at]);
        path.pop();
      }
      return copy;
    }
    if (node !== null && typeof node === "object") {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) {
        path.push(key);
        copy[key] = emptied(item);
        path.pop();
      }
      return copy;
    }
    return node;
  };
  const rest = emptied(value);
  return `${json(places)}\n${json(rest)}\n${strings.join("")}`;
}

/** The value `indexText` wrote, from its text read as Latin-1; throws on a text it did not write. */
export function readIndexText(text: string): unknown {
  const placesEnd = text.indexOf("\n");
  const restEnd = text.indexOf("\n", placesEnd + 1);
  if (placesEnd < 0 || restEnd < 0) throw new Error("not a search index text");
  const places = JSON.parse(text.slice(0, placesEnd)) as [Path, number][];
  const value = JSON.parse(text.slice(placesEnd + 1, restEnd)) as unknown;
  let at = restEnd + 1;
  for (const [path, length] of places) {
    let parent = value as Record<string | number, unknown>;
    for (let step = 0; step < path.length - 1; step++) parent = parent[path[step]!] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (parent[last] !== "") throw new Error("not a search index text");
    parent[last] = text.slice(at, at + length);
    at += length;
  }
  if (at !== text.length) throw new Error("not a search index text");
  return value;
}

/**
 * The index's vocabulary (`words`) and everyday words (`realWords`): only a typo's correction
 * reads them, so the build writes them to a file of their own (dist/search-words.txt, the one
 * then a newline then the other) and the index leaves them empty, to be read on first use
 * (78 KB of the 437 a search read: 27 fewer new pages, 0.45 M fewer instructions).
 */
export function typoWordsApart(index: { words: string; realWords: string }): { index: unknown; text: string } {
  return { index: { ...index, words: "", realWords: "" }, text: `${index.words}\n${index.realWords}` };
}

/** Gives `index` back its `words` and `realWords`, read by `read` (that text) when first asked for. */
export function typoWordsOnDemand<T extends { words: string; realWords: string }>(index: T, read: () => string): T {
  let apart: [string, string] | undefined;
  const field = (at: 0 | 1) => {
    if (apart === undefined) {
      const text = read();
      const newline = text.indexOf("\n");
      if (newline < 0) throw new Error("not a search words text");
      apart = [text.slice(0, newline), text.slice(newline + 1)];
    }
    return apart[at];
  };
  Object.defineProperty(index, "words", { enumerable: true, configurable: true, get: () => field(0) });
  Object.defineProperty(index, "realWords", { enumerable: true, configurable: true, get: () => field(1) });
  return index;
}
