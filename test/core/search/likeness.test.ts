// A guessed standard's likeness to curated ones (likeness.ts): kept by its part, joined with the
// parts' offsets, keyed by the curated standard's document in the index; lent at search time as
// the best of likeness × the curated answer's share of the best score, to documents in scope.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isIndexPart, isSearchIndex } from "../../../src/cli/cache/records.js";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { assembleSearchIndex, buildSearchIndex, indexPartOfCode, mergeParts, type CodeConcepts, type IndexPart, type SearchIndex } from "../../../src/core/search/inverted-index.js";
import { lentByLikeness, mergeLikeness, packIndexLikeness, packPartLikeness } from "../../../src/core/search/likeness.js";
import { search } from "../../../src/core/search/search.js";
import type { Code, Library } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const builtIn: Library = readDataDirectory(join(root, "data"), "data");
const harbor: Code = parseCodeText(readFileSync(join(root, "test/fixtures/written-apart/harbor.yaml"), "utf8"), "harbor.yaml", "user").code!;
const withHarbor: Library = { ...builtIn, codes: [...builtIn.codes, harbor] };

/** A part with only what likeness reads. */
const part = (likeness?: string): IndexPart => ({ codes: [], numbers: [], lengths: "", totalLength: 0, postings: "", words: "", concepts: "", centrality: "", ...(likeness === undefined ? {} : { likeness }) });

describe("a part's likeness", () => {
  it("lists each curated standard's alike documents, by rule name, the cosine in hundredths", () => {
    const concepts: CodeConcepts = new Map([
      ["a", { ids: [], inferred: true, guessed: true, likeness: [["alaska/conduct/1", 40], ["wisconsin/code-of-conduct/8", 12]] }],
      ["b", { ids: [], inferred: true }],
      ["c", { ids: [], inferred: true, guessed: true, likeness: [["alaska/conduct/1", 25]] }],
    ]);
    expect(packPartLikeness(["a", "b", "c"], concepts)).toBe("alaska/conduct/1=0:40.2:25 wisconsin/code-of-conduct/8=0:12");
    expect(packPartLikeness(["b"], concepts)).toBeUndefined();
  });

  it("parts merged: each list joined, documents numbered after the parts before", () => {
    expect(mergeLikeness([part("alaska/conduct/1=0:40"), part(), part("alaska/conduct/1=1:25 wisconsin/code-of-conduct/8=0:12")], [0, 3, 5])).toEqual({
      likeness: "alaska/conduct/1=0:40.6:25 wisconsin/code-of-conduct/8=5:12",
    });
    expect(mergeLikeness([part(), part()], [0, 3])).toEqual({});
  });

  it("in an index, keyed by the curated standard's document; a rule the index does not hold is left out", () => {
    const documentOf = new Map([["alaska\u0000conduct\u00001", 7]]);
    expect(packIndexLikeness([part("alaska/conduct/1=0:40 alaska/conduct/99=1:30")], [300], documentOf)).toEqual({ "7": "300:40" });
    expect(packIndexLikeness([part("alaska/conduct/99=1:30")], [0], documentOf)).toBeUndefined();
  });

  it.each(["alaska/conduct/1=0:0", "alaska/conduct/1=0:101", "=0:40", "alaska/conduct/1=0:", "alaska/conduct/1=0-40", "alaska/conduct/1=:40", "alaska/conduct/1=0:40."])(
    "a damaged part's list throws, so that the part is made again: %s",
    (damaged) => {
      expect(() => mergeLikeness([part(damaged)], [0])).toThrow(RangeError);
    },
  );
});

describe("what likeness lends", () => {
  const index = (likeness: Record<string, string>) => ({ likeness, likenessFrom: "alaska" }) as unknown as SearchIndex;
  const values = Float64Array.from([10, 5, 0, 0, 0, 0, 0]);
  it.each([
    // the best of likeness × the answer's share: 1 × 0.5 against 0.5 × 0.8
    [{ "0": "5:50.6:20", "1": "5:80" }, () => true, { 5: 0.5, 6: 0.2 }],
    // only what is in scope
    [{ "0": "5:50.6:20", "1": "5:80" }, (document: number) => document !== 6, { 5: 0.5 }],
    // a malformed list, or one naming a document past the index, lends nothing
    [{ "0": "5:x", "1": "5:80.9:50" }, () => true, { 5: 0.4 }],
    [{ "2": "5:90" }, () => true, {}],
  ] as const)("%j → %j", (likeness, inScope, lent) => {
    const found = lentByLikeness(index(likeness), 7, [0, 1], values, inScope);
    expect(Object.fromEntries([...found].map(([document, value]) => [document, Math.round(value * 100) / 100]))).toEqual(lent);
  });
});

describe("search over a code written apart", () => {
  const parts = withHarbor.codes.map((code) => indexPartOfCode(withHarbor, code));
  const index = assembleSearchIndex(parts, withHarbor);
  const hitsIn = (query: string) => search(index, withHarbor, query, { codes: ["harbor"] }).hits.map((hit) => `${hit.number}${hit.loose ? " loose" : ""}`);

  it("finds a rule whose guessed concepts miss the matter, by its likeness to the curated rules on it, loosely related", () => {
    // "romantic or sexual involvement with any program participant": no concept of dating was
    // guessed for it, and its words answer none of the question's; the curated rules on romance
    // with the people served answer it, and it resembles them.
    expect(hitsIn("can i date someone i support")).toContain("2 loose");
  });

  it("keeps the likeness of guesses only: the built-in codes, curated, have none", () => {
    expect(buildSearchIndex(builtIn).likeness).toBeUndefined();
    expect(parts.slice(0, -1).every((each) => each.likeness === undefined)).toBe(true);
    expect(parts.at(-1)!.likeness).toMatch(/^[a-z-]+\/[a-z-]+\/\d+=\d+:\d+/);
    expect(index.likenessFrom).toBe(builtIn.codes.map((code) => code.id).join(","));
  });

  it("a part and an index that hold a likeness pass the cache's shape checks; a merged run of parts gives the same index", () => {
    expect(parts.every(isIndexPart)).toBe(true);
    expect(isSearchIndex(JSON.parse(JSON.stringify(index)))).toBe(true);
    expect(Object.keys(index.likeness!).length).toBeGreaterThan(0);
    expect(assembleSearchIndex([mergeParts(parts.slice(0, 3)), mergeParts(parts.slice(3))], withHarbor).likeness).toEqual(index.likeness);
  });
});
