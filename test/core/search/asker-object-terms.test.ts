// Terms shaped "gave me a drawing" as examples of a pattern: any verb of a concept's such terms
// with any object of them (asker-object-terms.ts).
import { describe, expect, it } from "vitest";
import { textSequence } from "../../../src/core/concepts/terms.js";
import { askerObjectMatches, askerObjectPatterns } from "../../../src/core/search/asker-object-terms.js";
import { planQuery } from "../../../src/core/search/query.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

const index = builtIndex(readBuiltinLibrary(new URL("../../..", import.meta.url).pathname));
/** The concepts whose terms match close together, with the query words each covers. */
const named = (query: string) =>
  Object.fromEntries(
    planQuery(index, query)
      .matches.filter((match) => match.covers !== 0 && match.concept.kind === "concept")
      .map((match) => [match.concept.id, planQuery(index, query).words.filter((_, at) => match.covers & (1 << at)).map((word) => word.word)]),
  );

describe("terms of the shape 'verb me … object' or 'verb myself a …'", () => {
  it("are read from the index: a concept with two or more, its verbs and objects", () => {
    const gifts = askerObjectPatterns(index).find((pattern) => index.concepts[pattern.concept]!.id === "accepting-gifts");
    expect([...gifts!.verbs]).toEqual(expect.arrayContaining(["gave", "bought", "made"]));
    expect([...gifts!.objects]).toEqual(expect.arrayContaining(["cooki", "draw", "scarf"])); // stems
  });

  it.each([
    ["a peer gave me cookies she baked, can I keep them", "accepting-gifts", ["gave", "cookies"]], // "made me cookies", "gave me a gift"
    ["my client bought me a hoodie", "accepting-gifts", ["bought", "hoodie"]], // "gave me a hoodie", "bought me lunch"
    ["a guy I support slipped me some cash", "giving-or-receiving-money", ["slipped", "cash"]],
    // "call myself a counselor", "told her I'm a nurse", "say I'm a therapist": a claim of the asker
    ["I keep telling people I'm a counselor", "representing-your-credentials", ["telling", "counselor"]],
    ["can I call myself a nurse at the clinic", "representing-your-credentials", ["call", "nurse"]],
  ])("%j names %s by %j", (query, concept, covered) => {
    expect(named(query)[concept]).toEqual(covered);
  });

  it.each([
    ["my supervisor gave me a warning", "accepting-gifts"], // an object no term of the concept has
    ["she gave cookies to the group", "accepting-gifts"], // not to the asker
    ["my client made me a promise", "accepting-gifts"], // a deed to the asker, its object none of the concept's
  ])("%j does not name %s", (query, concept) => {
    expect(named(query)[concept]).toBeUndefined();
  });

  it.each([
    ["my coworker told her new manager I'm a counselor"], // two words of meaning between the verb and the asker
    ["I'm a counselor and I call people back"], // the claim before the verb
    ["they said we should call a counselor"], // no asker after the verb
    ["he told me he took a bottle of pills"], // someone else's clause after the asker: what he took is no claim of the asker's
  ])("%j pairs no verb with an object by the pattern", (query) => {
    expect(askerObjectMatches(index, textSequence(query))).toEqual([]);
  });
});
