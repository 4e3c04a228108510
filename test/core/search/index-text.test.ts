// The build writes the built-in search index as JSON with its long strings after it, which
// search reads as slices of the file's text (src/core/search/index-text.ts): what is read must
// be what was written, and the shipped file must be the index the build makes from the data.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asciiJson } from "../../../src/core/library/snapshot.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { indexText, readIndexText, typoWordsApart, typoWordsOnDemand } from "../../../src/core/search/index-text.js";
import { buildSearchIndex, type SearchIndex } from "../../../src/core/search/inverted-index.js";
import { everydayEnglish, spokenEnglish } from "../../../scripts/spoken-english.js";

const root = join(import.meta.dirname, "../../..");
const long = (seed: string, length = 1500) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length);

describe("the search index as text (indexText, readIndexText)", () => {
  const value = {
    format: 7,
    words: long("alpha beta "),
    short: "kept in the JSON",
    nested: { deeper: { packed: long("#$%&()*+", 3000), empty: "" }, list: [long("x y"), "z", 3, null, [long("q\nr")]] },
    accented: long("café "),
    quoted: long('say "no" \\ then '),
  };

  it("reads back what it wrote, the long ASCII strings apart from the JSON", () => {
    const text = indexText(value, asciiJson);
    expect(readIndexText(text)).toEqual(value);
    const json = text.split("\n").slice(0, 2).join("\n");
    for (const apart of [value.words, value.nested.deeper.packed, value.nested.list[0], value.quoted]) expect(json).not.toContain(apart);
    // Not ASCII: left in the JSON, escaped, so that the file read as Latin-1 is the text.
    expect(text).not.toMatch(/[^\x00-\x7f]/);
  });

  it.each([
    ["a missing line", (text: string) => text.slice(0, text.indexOf("\n"))],
    ["a string cut short", (text: string) => text.slice(0, -1)],
    ["bytes after the last string", (text: string) => `${text}!`],
    ["a place that is not empty in the JSON", (text: string) => text.replace('"short":"kept in the JSON"', '"short":"x"').replace('[["words"]', '[["short"]')],
  ])("throws on %s", (_name, damage) => {
    expect(() => readIndexText(damage(indexText(value, asciiJson)))).toThrow();
  });

  it("reads the words only a typo needs apart, when first asked for", () => {
    const index = { format: 7, words: "a b c", realWords: "d e", stems: "s" };
    const { index: rest, text } = typoWordsApart(index);
    expect(rest).toEqual({ format: 7, words: "", realWords: "", stems: "s" });
    let reads = 0;
    const back = typoWordsOnDemand(rest as typeof index, () => (reads++, text));
    expect(reads).toBe(0);
    expect(back.stems).toBe("s");
    expect(reads).toBe(0);
    expect(back).toEqual(index);
    expect(JSON.stringify(back)).toBe(JSON.stringify(index));
    expect(reads).toBe(1);
  });

  it("is, shipped as dist/search-index.txt and dist/search-words.txt, the index the build makes from the data", () => {
    const shipped = typoWordsOnDemand(readIndexText(readFileSync(join(root, "dist/search-index.txt"), "latin1")) as SearchIndex, () => readFileSync(join(root, "dist/search-words.txt"), "latin1"));
    const library = readDataDirectory(join(root, "data"), "data");
    expect(shipped).toEqual(buildSearchIndex(library, { englishWords: spokenEnglish(), everydayWords: everydayEnglish() }));
  });
});
