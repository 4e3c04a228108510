// The shortcuts a first run over many users' codes takes must give what the long way gives:
// stems worked out once per standard, centrality shares summed over the stems some concept
// weighs, and TF-IDF weights in two arrays.
import { describe, expect, it } from "vitest";
import { standardContentStems, standardContentWords } from "../../../src/core/codes/standard-text.js";
import { termWeights } from "../../../src/core/concepts/infer.js";
import { buildTermModel, termVector } from "../../../src/core/compare/similarity.js";
import { conceptShare, conceptShareOf, weighedStems } from "../../../src/core/search/centrality.js";
import { stem } from "../../../src/core/text.js";
import type { Standard } from "../../../src/model.js";

const standard = (text: string, items: string[] = [], notes: string[] = []): Standard => ({
  code: "c",
  section: "s",
  sectionTitle: "S",
  number: 1,
  text,
  items: items.map((item, at) => ({ label: String.fromCharCode(97 + at), text: item })),
  notes,
  editorial: [],
  citation: "C 1",
});

describe("standardContentStems", () => {
  it.each([
    ["Peer specialists shall not accept gifts.", [], []],
    ["Maintain confidentiality of the people they're supporting", ["Records", "Conversations"], ["A note on caf\u00e9s"]],
    ["", [], []],
    ["the and of", [], []],
  ])("stems standardContentWords of %j, in order", (text, items, notes) => {
    const each = standard(text, items, notes);
    expect(standardContentStems(each)).toEqual(standardContentWords(each).map(stem));
    expect(standardContentStems(each)).toBe(standardContentStems(each));
  });
});

describe("conceptShareOf over weighedStems", () => {
  const weights = new Map([
    ["gift", new Map([["gift", 0.5], ["present", 0.25]])],
    ["money", new Map([["monei", 0.3], ["gift", 0.1]])],
  ]);
  it("weighs the stems some concept uses", () => {
    expect([...weighedStems(weights)].sort()).toEqual(["gift", "monei", "present"]);
  });
  it.each([
    [["gift", "accept", "present", "peer"]],
    [["accept", "peer"]],
    [["monei", "gift", "gift2"]],
    [[]],
  ])("sums as conceptShare does over all of %j", (stems) => {
    const frequencies = new Map(stems.map((each) => [each, 1]));
    const union = weighedStems(weights);
    const weighed = stems.filter((each) => union.has(each));
    for (const concept of weights.values()) expect(conceptShareOf(concept, weighed)).toBe(conceptShare(concept, frequencies));
  });
});

describe("termWeights", () => {
  const model = buildTermModel([["gift", "accept"], ["gift", "monei"], ["confidenti"]]);
  it.each([[["gift", "gift", "accept", "unseen"]], [["confidenti"]], [[]]])("gives termVector's weights, in its order, for %j", (terms) => {
    const vector = termVector(terms, model);
    const { terms: order, weights } = termWeights(terms, model);
    expect(order).toEqual([...vector.keys()]);
    expect(weights).toEqual([...vector.values()]);
  });
});
