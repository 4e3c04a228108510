// A search that found nothing spent most of its work on "did you mean …?": an edit distance of
// the word typed with every word of the index near its length ("xyzzy": thousands, none near).
// Letters not shared bound the edits from below and now spare nearly all of them; the distance
// calls are counted here, where a timed run could only guess. The suggestions must not change:
// each is held against a plain nearest, every choice compared, as it was before.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { buildSearchIndex } from "../../../src/core/search/inverted-index.js";
import { search } from "../../../src/core/search/search.js";
import { editDistance, lettersInCommon, nearest, wordsNearInLength } from "../../../src/core/suggest.js";
import type { Library } from "../../../src/model.js";

const codes = readCodeDir(join(import.meta.dirname, "../../../data"), "builtin");
const library: Library = { codes, topics: [], concepts: [] };
const index = buildSearchIndex(library);
const vocabulary = index.words.split(" ");

/** nearest as it was: every choice's distance, the same ranking (edits, letters kept in order, ends kept, first listed). */
function plainNearest(input: string, choices: readonly string[]): string | undefined {
  const wanted = input.toLowerCase();
  const allowed = Math.min(Math.max(2, Math.floor(wanted.length / 3)), wanted.length - 1);
  let best: string | undefined;
  let bestRank = [Infinity];
  for (const choice of choices) {
    const lower = choice.toLowerCase();
    const ends = (wanted[0] === lower[0] ? 1 : 0) + (wanted.at(-1) === lower.at(-1) ? 1 : 0);
    const rank = [editDistance(wanted, lower), -lettersInCommon(wanted, lower), -ends];
    const at = rank.findIndex((value, place) => value !== bestRank[place]);
    if (at >= 0 && rank[at]! < (bestRank[at] ?? Infinity)) [best, bestRank] = [choice, rank];
  }
  return bestRank[0]! <= allowed ? best : undefined;
}

const MISSPELLINGS = [
  "xyzzy", "spnser", "sponser", "gfits", "gitfs", "confidentialty", "confidentiallity", "harrasment",
  "boundries", "bondaries", "recipricity", "clinet", "privacey", "relashionship", "superviser",
  "advocasy", "integirty", "medcal", "wisconsn", "qqqq", "zz", "x", "ab", "respct", "honsety",
  "dignty", "empowermnt", "recovry", "tradma", "substanse", "alchohol", "socail", "medai", "finacial",
  // No hit, and a suggestion (typo correction takes one edit; did-you-mean a third of the word).
  "spnsr", "gfts", "mony", "trst", "grup", "dtaing", "advcte", "feee", "lonley", "bondry", "licnse",
];

describe("did you mean, when nothing matches", () => {
  it.each(MISSPELLINGS)("%s: the word a plain comparison with every word finds", (word) => {
    const expected = plainNearest(word, vocabulary);
    expect(nearest(word, vocabulary)).toBe(expected);
    expect(nearest(word, wordsNearInLength(word, index.words))).toBe(expected);
  });

  // A letter alone is no query (query.ts): "x" is refused before anything is looked up.
  it.each(MISSPELLINGS.filter((word) => word.length > 1))("%s: search suggests what the plain comparison finds, where nothing matches", (word) => {
    const result = search(index, library, word);
    if (result.hits.length > 0) return;
    const found = plainNearest(word, vocabulary);
    expect(result.suggestion).toBe(found !== undefined && found !== word ? found : undefined);
  });

  it("refuses a letter alone before looking anything up", () => {
    expect(() => search(index, library, "x")).toThrow("a letter alone is not a word to search for");
  });

  it("compares 'xyzzy' with no word of the index letter by letter: none shares enough letters", () => {
    let compared = 0;
    const counting = (a: string, b: string) => (compared++, editDistance(a, b));
    expect(nearest("xyzzy", vocabulary, counting)).toBeUndefined();
    expect(compared).toBe(0);
    // A slip is compared with the few words that share its letters, and found.
    expect(nearest("spnser", vocabulary, counting)).toBe("sponsor");
    expect(compared).toBeGreaterThan(0);
    expect(compared).toBeLessThan(vocabulary.length / 50);
  });
});
