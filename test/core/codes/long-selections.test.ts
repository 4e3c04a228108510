// Picking the standards of a long span (`1-` over a section of thousands) looks each number up
// once: a search of the list picked so far, and of the section, for each number made a section
// of 40,000 standards (a 1.5 MB file) billions of comparisons. Counted, not timed: the searches
// of a list (includes, find) made while picking.
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { resolveArguments } from "../../../src/core/codes/target.js";
import type { Code, Library, Standard } from "../../../src/model.js";

const builtin = readCodeDir(join(import.meta.dirname, "../../../data"), "builtin");
const COUNT = 5000;

/** A user's code whose one section holds COUNT standards. */
function longCode(): Code {
  const base = builtin[0]!;
  const section = base.sections[0]!;
  const standards: Standard[] = Array.from({ length: COUNT }, (_, at) => ({ ...section.standards[0]!, code: "long", number: at + 1, citation: `Long ${at + 1}` }));
  return { ...base, id: "long", aliases: [], shortName: "Long", origin: "user", sections: [{ ...section, standards }] };
}

describe("a span over thousands of standards", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([["1-"], [`1-${COUNT}`], [`1-10,5-${COUNT}`]])("%s: every standard, in order, each looked up once", (span) => {
    const library: Library = { codes: [...builtin, longCode()], topics: [], concepts: [] };
    const includes = vi.spyOn(Array.prototype, "includes");
    const find = vi.spyOn(Array.prototype, "find");
    const [target] = resolveArguments(library, ["long", span]);
    const searches = includes.mock.calls.length + find.mock.calls.length;
    vi.restoreAllMocks();
    expect(target!.kind).toBe("standards");
    const numbers = target!.kind === "standards" ? target!.standards.map((standard) => standard.number) : [];
    expect(numbers).toEqual(Array.from({ length: COUNT }, (_, at) => at + 1));
    // A few searches of short lists (names, words) happen whatever the span: none per number.
    expect(searches).toBeLessThan(COUNT / 10);
  });
});
