// A guess's telling phrases are read sentence by sentence, and its sub-items apart: a phrase
// whose words fall on both sides of a sentence's end names a matter neither sentence is about.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inferConcepts, inferenceModel } from "../../../src/core/concepts/infer.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { allStandards, type Standard } from "../../../src/model.js";

const library = readDataDirectory(join(import.meta.dirname, "../../../data"), "data");
const model = inferenceModel(library.codes.flatMap(allStandards), library.concepts);
const inferred = (text: string, items: string[] = []) =>
  inferConcepts([{ code: "harbor", section: "s", sectionTitle: "", number: 1, text, items: items.map((each, at) => ({ label: String.fromCharCode(97 + at), text: each })), notes: [], editorial: [], citation: "Harbor 1" } as Standard], model)[0]!;

describe("a guess read sentence by sentence", () => {
  it.each<[string, string, string[], string, boolean]>([
    ["a phrase across a sentence's end names nothing", "Calls are usually up to twenty minutes so that the line stays open for others. Let the caller know when you are nearing the end.", [], "peers-in-your-home", false],
    ["the same words in one sentence still name it", "Calls are usually up to twenty minutes so that the line stays open for others, let the caller know when you are nearing the end.", [], "peers-in-your-home", true],
    ["a phrase across two sub-items names nothing", "We keep clear lines.", ["We do not coach anyone we sponsor in a twelve-step fellowship.", "When we meet someone we coach at a mutual-help meeting, we let them decide whether to greet us."], "natural-supports-and-community", false],
    ["a phrase within one sub-item still names it", "We keep clear lines.", ["We may join the fellowship after the meeting if the person asks us to."], "natural-supports-and-community", true],
  ])("%s", (_title, text, items, concept, named) => {
    expect(inferred(text, items).includes(concept)).toBe(named);
  });
});
