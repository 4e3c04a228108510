// dropClashing leaves what findClashes, run again after each code it drops, leaves, and drops
// them for the same clashes in the same order: checked against that loop (the way ETHICS_DATA's
// clashing codes were skipped) over random codes whose names often clash, the swap of an id
// over a short name or title included. And it runs findClashes' scan a bounded number of times.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dropClashing, findClashes, type Clash } from "../../../src/core/library/merge.js";
import type { Code } from "../../../src/model.js";
import { makeCode } from "../make-code.js";

/** The loop dropClashing stands for: findClashes again after each code dropped. */
function dropByRerunning(builtin: Code[], codes: Code[], drop: (code: Code) => boolean): { kept: Code[]; dropped: Clash[] } {
  let kept = codes;
  const dropped: Clash[] = [];
  for (;;) {
    const clash = findClashes(builtin, kept).find(({ code }) => drop(code));
    if (!clash) return { kept, dropped };
    dropped.push(clash);
    kept = kept.filter((candidate) => candidate !== clash.code);
  }
}

// A section, so that a name that reads as the built-in code's name and its section ("A S",
// "Alpha Safety") is dropped as findClashes reports it.
const builtin = [makeCode({ id: "a", aliases: ["b1"], shortName: "A", title: "Alpha", origin: "builtin", sections: [{ id: "s", title: "Safety", intro: null, standards: [] }] as unknown as Code["sections"] })];
const word = fc.constantFrom("a", "b", "c", "d", "b1", "c1", "a-s");
const name = fc.constantFrom("A", "B", "C", "D", "Alpha", "Beta", "B1", "E", "A S", "Alpha Safety", "B1 Safe");
const userCode = fc.record({ id: word, aliases: fc.uniqueArray(word, { maxLength: 2 }), shortName: name, title: name, dropped: fc.boolean() });

describe("dropClashing", () => {
  it("drops what rerunning findClashes drops, in the same order, for the same clashes", () => {
    fc.assert(
      fc.property(fc.array(userCode, { maxLength: 12 }), (specs) => {
        const codes = specs.map((spec, at) => makeCode({ id: spec.id, aliases: spec.aliases.filter((alias) => alias !== spec.id), shortName: spec.shortName, title: spec.title, origin: "user", file: `/d/${at}.yaml` }));
        const droppable = new Set(codes.filter((_, at) => specs[at]!.dropped));
        const drop = (code: Code) => droppable.has(code);
        const expected = dropByRerunning(builtin, codes, drop);
        const actual = dropClashing(builtin, codes, drop);
        expect(actual.kept).toEqual(expected.kept);
        expect(actual.dropped).toEqual(expected.dropped);
      }),
      { numRuns: 2000 },
    );
  });

  it("3,000 codes of one id: each code's names made once, not once a code dropped", () => {
    const codes = Array.from({ length: 3000 }, (_, at) => makeCode({ id: "same", aliases: [], shortName: `Same ${at}`, title: `Same code ${at}`, origin: "user", file: `/d/${at}.yaml` }));
    let reads = 0;
    const counted = codes.map((code) => new Proxy(code, { get: (target, key, receiver) => (key === "title" && reads++, Reflect.get(target, key, receiver)) }));
    const { kept, dropped } = dropClashing(builtin, counted, () => true);
    expect(kept).toEqual([counted[0]]);
    expect(dropped).toHaveLength(2999);
    expect(reads).toBeLessThanOrEqual(2 * 3000); // codeNames reads a title twice
  });

  it("none to drop (every code from --data): all kept, clashes left to merge, no code's names worked out", () => {
    const codes = Array.from({ length: 50 }, (_, at) => makeCode({ id: at % 2 ? "same" : `own-${at}`, aliases: [], shortName: `S ${at}`, title: `S ${at}`, origin: "user", file: `/d/${at}.yaml` }));
    let reads = 0;
    const counted = codes.map((code) => new Proxy(code, { get: (target, key, receiver) => (key === "title" && reads++, Reflect.get(target, key, receiver)) }));
    const { kept, dropped } = dropClashing(builtin, counted, () => false);
    expect(kept).toEqual(counted);
    expect(dropped).toEqual([]);
    expect(reads).toBe(0);
    expect(findClashes(builtin, kept).length).toBeGreaterThan(0);
  });
});
