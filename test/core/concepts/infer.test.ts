import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { conceptsOfCode } from "../../../src/core/concepts/standard-concepts.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import type { Code, Library } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const library: Library = readDataDirectory(join(root, "data"), "data");

/** A user's copy of a built-in code under a new id, saying (or not) which code it derives from. */
function copyOf(id: string, derivedFrom: string | undefined, reword = new Map<number, string>()): Code {
  const original = library.codes.find((code) => code.id === id)!;
  let position = 0;
  return {
    ...original,
    id: "my-copy",
    origin: "user",
    source: { ...original.source, derivedFrom },
    sections: original.sections.map((section) => ({
      ...section,
      standards: section.standards.map((standard) => ({ ...standard, code: "my-copy", text: reword.get(position++) ?? standard.text })),
    })),
  };
}

/** Concept ids of each standard, in order. */
function conceptsOf(code: Code, lib: Library): string[][] {
  return [...conceptsOfCode(lib, code).values()].map((entry) => entry.ids);
}

describe("a user's copy of a code it derives from", () => {
  it.each(["medi-cal", "alaska", "wisconsin"])("is about what %s's standards are about, standard by standard", (id) => {
    const copy = copyOf(id, id);
    const curated = conceptsOf(library.codes.find((code) => code.id === id)!, library);
    expect(conceptsOf(copy, { ...library, codes: [...library.codes, copy] })).toEqual(curated);
  });

  it("without saying so, takes its neighbours' concepts too: the lineage is what makes the difference", () => {
    const copy = copyOf("medi-cal", undefined);
    const curated = conceptsOf(library.codes.find((code) => code.id === "medi-cal")!, library);
    expect(conceptsOf(copy, { ...library, codes: [...library.codes, copy] })).not.toEqual(curated);
  });

  it("a standard reworded is inferred from its own words, the others kept", () => {
    const reworded = "Will not accept gifts of more than token value from people they support.";
    const copy = copyOf("medi-cal", "medi-cal", new Map([[0, reworded]]));
    const curated = conceptsOf(library.codes.find((code) => code.id === "medi-cal")!, library);
    const inferred = conceptsOf(copy, { ...library, codes: [...library.codes, copy] });
    expect(inferred.slice(1)).toEqual(curated.slice(1));
    expect(inferred[0]).not.toEqual(curated[0]);
    expect(inferred[0]).toContain("accepting-gifts");
  });
});

describe("a standard like no curated one", () => {
  // Words no curated standard uses together: only the concepts' telling entry terms can say what
  // each is about.
  const texts = [
    "Zorbles shall never co-sign a lease or a car loan for the people they support.",
    "Zorbles never post pictures of the people they support on Instagram or TikTok.",
    "Zorbles keep a quiet garden.",
  ];
  const own: Code = {
    ...copyOf("wisconsin", undefined),
    id: "zorbles",
    sections: [{ id: "rules", title: "Rules", intro: null, editorial: {}, standards: texts.map((text, at) => ({ ...library.codes[0]!.sections[0]!.standards[0]!, code: "zorbles", section: "rules", number: at + 1, text, items: [], notes: [] })) }],
  };

  it("is about the concepts whose telling terms it uses, each once, in the index's order", () => {
    const found = conceptsOf(own, { ...library, codes: [...library.codes, own] });
    expect(found).toEqual([["lending-and-borrowing-money", "lending-or-borrowing-belongings"], ["posting-about-people-served"], []]);
  });
});

describe("a standard that only resembles a curated one", () => {
  // North Carolina uncurated, as a user's code written apart is: its gifts rule shares "the
  // peer's recovery process" with a rule on self-determination, and names gifts itself.
  const uncurated: Library = {
    ...library,
    concepts: library.concepts.map((concept) => ({ ...concept, standards: concept.standards.filter((key) => key.code !== "north-carolina") })),
    topics: library.topics.map((topic) => ({ ...topic, standards: topic.standards.filter((key) => key.code !== "north-carolina") })),
  };
  const northCarolina = library.codes.find((code) => code.id === "north-carolina")!;
  const inferred = conceptsOfCode(uncurated, northCarolina);
  const standardNumbered = (number: number) => [...inferred.entries()].find(([key]) => key.endsWith(`\u0000${number}`))![1];

  it.each<[number, string[]]>([
    [15, ["accepting-gifts", "giving-gifts"]],
    [11, ["lending-and-borrowing-money"]],
    [12, ["romance-or-sex-with-people-served"]],
  ])("is about what its own words name too: North Carolina %i", (number, named) => {
    const concepts = standardNumbered(number);
    expect(concepts.inferred).toBe(true);
    for (const id of named) expect(concepts.ids).toContain(id);
  });

  it("while a near copy is about what its original is about, and no more", () => {
    // An entry term of explaining the limits of confidentiality ("inform peers of") is in
    // Alaska's rule on the cost of services; a copy of it is about the cost of services alone.
    const copy = copyOf("alaska", undefined);
    const found = conceptsOf(copy, { ...library, codes: [...library.codes, copy] });
    const curated = conceptsOf(library.codes.find((code) => code.id === "alaska")!, library);
    expect(curated[1]).toEqual(["cost-of-services"]);
    expect(found[1]).toEqual(["cost-of-services"]);
  });
});
