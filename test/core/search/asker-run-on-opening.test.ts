// An opening that says who asks and runs on into the question (asker.ts runOnOpeningApart):
// split from the rest, which says the matter; its words weigh less where the rest names one.
import { describe, expect, it } from "vitest";
import { runOnOpeningApart } from "../../../src/core/search/asker.js";
import { planQuery, ROLE_FACTOR } from "../../../src/core/search/query.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

describe("runOnOpeningApart", () => {
  it.each([
    ["I'm a parent partner and my own daughter just got enrolled here", "I'm a parent partner", "my own daughter just got enrolled here"],
    ["As a family peer specialist, how much of my story should I share?", "As a family peer specialist", "how much of my story should I share?"],
    ["I'm a youth peer at a residential program. A girl told me staff take her phone", "I'm a youth peer at a residential program", "A girl told me staff take her phone"],
    ["im a peer not a counselor, can i diagnose", "im a peer", "not a counselor, can i diagnose"],
    ["I am a veteran peer: a vet asked me to co-sign a loan", "I am a veteran peer", "a vet asked me to co-sign a loan"],
    ["i’m a recovery coach but my client wants therapy", "i’m a recovery coach", "my client wants therapy"],
    // The form, though no role: only "rule" is weighed less, and the rest still says the matter.
    ["As a rule, peers never lend money.", "As a rule", "peers never lend money."],
  ])("%j → %j + %j", (query, opening, rest) => {
    expect(runOnOpeningApart(query)).toEqual({ opening, rest });
  });

  it.each([
    // No opening of that form, or it runs past a clause, or nothing follows it.
    ["can a peer accept gifts"],
    ["my client is a parent and wants advice"],
    ["I'm a peer specialist"],
    ["I'm a veteran working as a peer at a clinic that serves vets in three counties across the state, and a man asks"],
  ])("%j → none", (query) => {
    expect(runOnOpeningApart(query)).toBeUndefined();
  });
});

describe("the words only the opening uses weigh ROLE_FACTOR, where the rest names a matter", () => {
  const root = new URL("../../..", import.meta.url).pathname;
  const index = builtIndex(readBuiltinLibrary(root));
  const weightOf = (query: string, stem: string) => planQuery(index, query).words.find((word) => word.stem === stem)?.weight;

  it("'partner' in the opening counts less than said in the matter", () => {
    const inOpening = weightOf("I'm a parent partner and a dad offered me a gift card", "partner")!;
    const alone = weightOf("my parent partner and a dad offered me a gift card", "partner")!;
    expect(inOpening).toBeCloseTo(alone * ROLE_FACTOR, 6);
  });

  it("a word the rest says too keeps its weight: 'parent' in 'I'm a parent partner … another parent'", () => {
    const inBoth = weightOf("I'm a parent partner and another parent asked me for a loan", "parent")!;
    const alone = weightOf("my parent partner and another parent asked me for a loan", "parent")!;
    expect(inBoth).toBeCloseTo(alone, 6);
  });

  it("where the rest names no matter, the opening is read in full", () => {
    const inOpening = weightOf("I'm a parent partner and what now", "partner")!;
    const alone = weightOf("my parent partner and what now", "partner")!;
    expect(inOpening).toBeCloseTo(alone, 6);
  });
});
