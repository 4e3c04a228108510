import { describe, expect, it } from "vitest";
import { AGREEING_NEIGHBOURS, NEIGHBOUR_SIMILARITY, VOTE_SIMILARITY, inferConcepts, inferenceModel } from "../../../src/core/concepts/infer.js";
import { buildTermModel, cosineColumns, cosineRowInto, termList, termVector } from "../../../src/core/compare/similarity.js";
import { standardContentStems } from "../../../src/core/codes/standard-text.js";
import type { Concept, Standard } from "../../../src/model.js";

/** A curated standard of a made-up code, numbered in order. */
function standard(code: string, number: number, text: string): Standard {
  return { code, section: "rules", sectionTitle: "Rules", number, text, items: [], notes: [], editorial: [], citation: `${code} ${number}` };
}

/** A concept with no telling terms, so that only neighbours can name it. */
function concept(id: string, standards: Standard[]): Concept {
  return { id, name: id, topic: "t", description: "", terms: [], questions: [], standards: standards.map(({ code, section, number }) => ({ code, section, number })) };
}

// Each neighbour shares two of its four meaningful words with the standard to infer's three:
// loosely alike (cosine between VOTE_SIMILARITY and NEIGHBOUR_SIMILARITY), no neighbour alone.
const neighbours = [
  standard("curated", 1, "Walruses juggle lanterns near quarries."),
  standard("curated", 2, "Walruses juggle pebbles beside orchards."),
  standard("curated", 3, "Walruses juggle marbles under bridges."),
];
const others = [
  standard("curated", 4, "Herons polish kettles before sunrise."),
  standard("curated", 5, "Badgers stack crates after storms."),
  standard("curated", 6, "Otters weave baskets during festivals."),
  standard("curated", 7, "Foxes paint fences every spring."),
  standard("curated", 8, "Moles dig tunnels beneath meadows."),
  standard("curated", 9, "Owls count stars above valleys."),
];
const asked = standard("user", 1, "Walruses juggle teacups.");

function cosines(curated: Standard[]): number[] {
  const terms = curated.map(standardContentStems);
  const model = buildTermModel(terms);
  const columns = cosineColumns(terms.map((each) => termVector(each, model)));
  const row = new Float64Array(columns.count);
  cosineRowInto(termList(standardContentStems(asked), model, new Map()), columns, row, []);
  return [...row];
}

describe("neighbours that agree", () => {
  it("are each too loose to lend their concepts alone", () => {
    const row = cosines([...neighbours, ...others]);
    for (const value of row.slice(0, neighbours.length)) {
      expect(value).toBeGreaterThanOrEqual(VOTE_SIMILARITY);
      expect(value).toBeLessThan(NEIGHBOUR_SIMILARITY);
    }
  });

  it.each([
    { agreeing: AGREEING_NEIGHBOURS, expected: [["juggling"]] },
    { agreeing: AGREEING_NEIGHBOURS - 1, expected: [[]] },
  ])("$agreeing of them tagged alike give the standard their concept: $expected", ({ agreeing, expected }) => {
    const tagged = neighbours.slice(0, agreeing);
    const untagged = neighbours.slice(agreeing);
    const concepts = [concept("juggling", tagged), concept("other", [...untagged, ...others])];
    expect(inferConcepts([asked], inferenceModel([...neighbours, ...others], concepts))).toEqual(expected);
  });
});
