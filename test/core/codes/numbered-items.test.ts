// Items labelled with numbers (valid per the schema: "1", "2", "3"). `show num 1 3` is standards
// 1 and 3, as `integrity 12 13` is; item 3 of standard 1 had no way to be named. It is
// `1(3)` (or `1 (3)`), as `12(a)` names a lettered item; `1.3` is refused, with that in the hint.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCodeText, readCodeDir } from "../../../src/core/codes/load.js";
import { resolveArguments } from "../../../src/core/codes/target.js";
import type { Library } from "../../../src/model.js";
import { citedTargets, resolveFailure } from "./resolved.js";

const NUMBERED = `id: num
title: Numbered Items Code
shortName: Num
jurisdiction: Test
source:
  document: Num
sections:
  - id: general
    title: General
    standards:
      - number: 1
        text: Peer workers keep confidences.
        items:
          - label: "1"
            text: First item.
          - label: "2"
            text: Second item.
          - label: "3"
            text: Third item.
      - number: 2
        text: Second standard.
      - number: 3
        text: Third standard.
`;

const library: Library = {
  codes: [...readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), parseCodeText(NUMBERED, "num.yaml", "user").code!],
  topics: [],
  concepts: [],
};

const citations = citedTargets;

const failure = (argv: string[]) => resolveFailure(library, argv);

describe("an item labelled with a number", () => {
  it.each([
    [["num", "1(3)"], ["Num 1"]],
    [["num", "general", "1(3)"], ["Num 1"]],
    [["num", "1", "(3)"], ["Num 1"]],
    [["Num · General 1(3)"], ["Num 1"]],
    [["num:general:1(3)"], ["Num 1"]],
    [["num 1(3); wi 2"], ["Num 1", "Wisconsin 2"]],
    // A number after a number is more of the list, as it always was.
    [["num", "1", "3"], ["Num 1 | Num 3"]],
    [["num", "1", "and", "3"], ["Num 1 | Num 3"]],
  ])("%j → %j", (argv, expected) => {
    expect(citations(resolveArguments(library, argv))).toEqual(expected);
  });

  it.each([
    [["num", "1(4)"], 1, "Num 1 has no item 4", "its items are 1, 2, 3"],
    [["wi", "12(3)"], 1, "Wisconsin 12 has no item 3", "it has no items: `ethics show wisconsin 12`"],
    [["wi", "12", "(3)"], 1, "Wisconsin 12 has no item 3", "it has no items: `ethics show wisconsin 12`"],
    [["medi-cal", "integrity", "12(1)"], 1, "Medi-Cal Integrity 12 has no item 1", "its items are a, b"],
    // After a range, the label is its last number's, as after a list: 2's, which has none.
    [["num", "1-2", "(3)"], 1, "Num 2 has no item 3", "it has no items: `ethics show num 1,2`"],
    [["num", "1-", "(3)"], 2, "'(3)' is an item label, but Num 1–3 is 3 standards", "each is shown with its items: `ethics show num 1-3`"],
    [["alaska", "values", "2(1)"], 2, "'1' is an item label, but value statements have no items", "Alaska Values has 1–7: `ethics show alaska values 2`"],
    [["num", "1.3"], 2, "'1.3' is not a standard number; Num has 1–3", "item 3 of Num 1 is written 1(3): `ethics show num '1(3)'`"],
    [["num", "general", "1.3"], 2, "'1.3' is not a standard number; Num has 1–3", "item 3 of Num 1 is written 1(3): `ethics show num '1(3)'`"],
    [["medi-cal", "integrity", "12.1"], 2, "'12.1' is not a standard number; Medi-Cal Integrity has 1–14", "e.g. `ethics show medi-cal integrity 12`"],
    // No item 4: the hint is the one any word gets.
    [["num", "1.4"], 2, "'1.4' is not a standard number; Num has 1–3", "e.g. `ethics show num 1`"],
  ])("%j fails (exit %i): %s", (argv, exitCode, message, hint) => {
    const error = failure(argv);
    expect(error.message).toBe(message);
    expect(error.hint).toBe(hint);
    expect(error.exitCode).toBe(exitCode);
  });
});
