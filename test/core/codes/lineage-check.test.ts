// Which lineages validate and loading call a problem: one naming the code itself, one naming no
// code, and one that loops back to its code through others. A code whose lineage leads into a
// loop further up is not itself on it (the loop's codes are). The check remembers the lineages
// that end, so a thousand codes derived from one are not each walked; what it says is the same.
import { describe, expect, it } from "vitest";
import { lineageProblems, withLineageFollowed } from "../../../src/core/codes/lineage-check.js";
import type { Code } from "../../../src/model.js";
import { makeCode } from "../make-code.js";

const code = (id: string, derivedFrom?: string): Code =>
  makeCode({ id, shortName: id.toUpperCase(), title: `${id} code`, source: { document: `${id}.pdf`, ...(derivedFrom === undefined ? {} : { derivedFrom }) } });

const said = (codes: readonly Code[]) => lineageProblems(codes, codes, "a known id").map(({ code, message, loops }) => [code.id, message.replace(/:.*/, ""), loops ?? false]);

describe("lineageProblems", () => {
  it.each([
    ["a chain that ends", [code("a", "b"), code("b", "c"), code("c")], []],
    ["many codes derived from one", [code("root"), ...Array.from({ length: 50 }, (_, at) => code(`copy-${at}`, "root"))], []],
    ["a code derived from itself", [code("a", "a")], [["a", "a code cannot derive from itself; name the code it is a revision of, or leave derivedFrom out", false]]],
    ["an unknown parent", [code("a", "nowhere")], [["a", "no code 'nowhere'", false]]],
    [
      "a loop of two",
      [code("a", "b"), code("b", "a")],
      [
        ["a", "the lineage loops (a → b → a)", true],
        ["b", "the lineage loops (b → a → b)", true],
      ],
    ],
    [
      "codes leading into a loop further up, before and after it",
      [code("w", "y"), code("x", "y"), code("y", "z"), code("z", "y"), code("v", "w")],
      [
        ["y", "the lineage loops (y → z → y)", true],
        ["z", "the lineage loops (z → y → z)", true],
      ],
    ],
    [
      "a loop of three beside a chain that ends",
      [code("p", "q"), code("q", "r"), code("r", "p"), code("s", "t"), code("t")],
      [
        ["p", "the lineage loops (p → q → r → p)", true],
        ["q", "the lineage loops (q → r → p → q)", true],
        ["r", "the lineage loops (r → p → q → r)", true],
      ],
    ],
  ] as const)("%s", (_what, codes, expected) => {
    expect(said(codes)).toEqual(expected);
  });
});

// What show's header and the Markdown and HTML exports tell: the link a code names, unless it is
// one of a loop through other codes.
describe("withLineageFollowed", () => {
  const loop = [code("a", "b"), code("b", "c"), code("c", "a")];
  it.each([
    ["on a loop of three", loop, "a", undefined],
    ["leading into a loop, not on it", [...loop, code("d", "a")], "d", "a"],
    ["a chain that ends", [code("a", "b"), code("b")], "a", "b"],
    ["derived from itself (said plainly where shown)", [code("a", "a")], "a", "a"],
    ["an unknown parent", [code("a", "nowhere")], "a", "nowhere"],
    ["no lineage", [code("a")], "a", undefined],
  ])("%s", (_what, codes, id, told) => {
    const [followed] = withLineageFollowed([codes.find((known) => known.id === id)!], codes);
    expect(followed!.source.derivedFrom).toBe(told);
  });
});
