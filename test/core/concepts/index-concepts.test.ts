// Topics take users' codes' concepts from the search index instead of inferring them again: what
// the index gives must be what inference (and a file's own tags) gives, standard by standard,
// and counting a topic from it must count what reading the codes counts.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { conceptsFromIndex } from "../../../src/core/concepts/index-concepts.js";
import { conceptsOfCode } from "../../../src/core/concepts/standard-concepts.js";
import { topicReport, topicsMatrix, useKnownConcepts } from "../../../src/core/concepts/topics.js";
import { mergeLibrary } from "../../../src/core/library/merge.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { buildSearchIndex } from "../../../src/core/search/inverted-index.js";
import { allStandards, type Code, type Library } from "../../../src/model.js";
import { standardKeyOf } from "../../../src/core/codes/standard-text.js";

const root = join(import.meta.dirname, "../../..");
const builtin = readDataDirectory(join(root, "data"), "data");

/** A built-in code as a user's: under a new id, some standards tagged by the file itself (one with a tag the index lacks). */
function usersCopy(code: Code, id: string, tagged: Record<number, string[]> = {}): Code {
  let position = 0;
  return {
    ...code,
    id,
    aliases: [],
    shortName: `${code.shortName} copy`,
    title: `${code.title} (copy)`,
    origin: "user",
    file: `${id}.yaml`,
    sections: code.sections.map((section) => ({
      ...section,
      standards: section.standards.map((standard) => {
        const tags = tagged[position++];
        return { ...standard, code: id, ...(tags ? { concepts: tags } : {}) };
      }),
    })),
  };
}

const byId = (id: string) => builtin.codes.find((code) => code.id === id)!;
const users = [usersCopy(byId("medi-cal"), "copy-medi-cal", { 0: ["accepting-gifts"], 3: ["no-such-concept", "confidentiality"] }), usersCopy(byId("alaska"), "copy-alaska"), usersCopy(byId("wisconsin"), "copy-wisconsin", { 1: [] })];
const library: Library = mergeLibrary(builtin, users);

describe("conceptsFromIndex", () => {
  const index = buildSearchIndex(library);
  const known = conceptsFromIndex(index, new Set(users.map((code) => code.id)));

  it.each(users.map((code) => [code.id, code] as const))("%s: each standard's concepts, in order, as inference and the file's tags give them", (_id, code) => {
    const expected = conceptsOfCode(library, code);
    const found = known.get(code.id)!;
    expect(found).toHaveLength(allStandards(code).length);
    allStandards(code).forEach((standard, at) => expect([...found[at]!], standardKeyOf(standard)).toEqual(expected.get(standardKeyOf(standard))!.ids));
  });

  it("holds only the codes asked for", () => {
    expect([...known.keys()]).toEqual(users.map((code) => code.id));
    expect(conceptsFromIndex(index, new Set(["nowhere"])).size).toBe(0);
  });

  it("gives topics the same matrix and reports as inferring does", () => {
    const plain = mergeLibrary(builtin, users);
    const seeded = mergeLibrary(builtin, users);
    useKnownConcepts(seeded, known);
    expect(topicsMatrix(seeded)).toEqual(topicsMatrix(plain));
    for (const topic of plain.topics.slice(0, 8)) expect(topicReport(seeded, topic)).toEqual(topicReport(plain, topic));
  });

  it("is not used for a code whose standards it does not match", () => {
    const seeded = mergeLibrary(builtin, users);
    useKnownConcepts(seeded, new Map([["copy-alaska", [["accepting-gifts"]]]]));
    const topic = seeded.topics.find((each) => each.id === "gifts")!;
    expect(topicReport(seeded, topic, ["copy-alaska"])).toEqual(topicReport(mergeLibrary(builtin, users), topic, ["copy-alaska"]));
  });
});
