// The search index of a library is put together from one part per code (so that a user's
// changed file re-indexes only its code): joining parts must give what indexing all at once gives.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { readTopicsFile } from "../../../src/core/concepts/load-topics.js";
import { assembleSearchIndex, buildIndexPart, packPostings, unpackPostings, type IndexPart } from "../../../src/core/search/inverted-index.js";
import type { Code } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const builtin = readCodeDir(join(root, "data"), "builtin");
const topics = readTopicsFile(join(root, "data/topics.yaml"), builtin);
const renamed = (code: Code, id: string): Code => ({ ...code, id, sections: code.sections.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, code: id })) })) });

/** The plain way: every posting decoded, renumbered and packed again. */
function referencePostings(parts: IndexPart[]): Record<string, string> {
  const all = new Map<string, { document: number; frequency: number }[]>();
  let offset = 0;
  for (const part of parts) {
    const fields = part.postings.split(" ");
    for (let at = 0; at < fields.length; at += 3) {
      const list = all.get(fields[at]!) ?? [];
      for (const posting of unpackPostings(fields[at + 2]!)) list.push({ document: offset + posting.document, frequency: posting.frequency });
      all.set(fields[at]!, list);
    }
    offset += part.code.sections.reduce((sum, section) => sum + section.size, 0);
  }
  return Object.fromEntries([...all.keys()].sort().map((stem) => [stem, packPostings(all.get(stem)!)]));
}

describe("an index assembled from per-code parts", () => {
  const libraries: [string, Code[]][] = [
    ["the built-in codes", builtin],
    ["with copies before and after", [renamed(builtin[2]!, "copy-a"), ...builtin, renamed(builtin[0]!, "copy-b"), renamed(builtin[4]!, "copy-c")]],
    ["one code", [builtin[3]!]],
    ["no code", []],
  ];
  it.each(libraries)("%s: postings as if indexed at once, and parts survive JSON", (_name, codes) => {
    const parts = codes.map(buildIndexPart);
    const index = assembleSearchIndex(parts, topics);
    expect(index.postings).toEqual(referencePostings(parts));
    expect(JSON.stringify(assembleSearchIndex(JSON.parse(JSON.stringify(parts)), topics))).toBe(JSON.stringify(index));
    expect(index.stems.split(" ").filter(Boolean)).toEqual(Object.keys(referencePostings(parts)).sort());
  });

  it("places the curated standards of topics wherever their code sits", () => {
    const moved = [renamed(builtin[0]!, "first"), ...builtin];
    const plain = assembleSearchIndex(builtin.map(buildIndexPart), topics);
    const shifted = assembleSearchIndex(moved.map(buildIndexPart), topics);
    const size = moved[0]!.sections.reduce((sum, section) => sum + section.standards.length, 0);
    shifted.topics.forEach((topic, at) => expect(topic.documents).toEqual(plain.topics[at]!.documents.map((document) => document + size)));
  });
});
