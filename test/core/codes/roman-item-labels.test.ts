// Items labelled as outlines label them under a standard, i, ii, iii: after the standard's
// number, such a label is an item's, as a letter is (`12 x`: Integrity 12 has no item x).
// Read as a number in words, `12 iii` was "'iii' is a number (3) with no code before it", a
// usage error, and `1(ii)` "not a standard number".
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { resolveArguments } from "../../../src/core/codes/target.js";
import type { Library } from "../../../src/model.js";
import { userCode } from "./user-code-text.js";
import { citedTargets, resolveFailure } from "./resolved.js";

const library: Library = {
  codes: [
    ...readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"),
    userCode("items", "Items", [
      { id: "rules", title: "Rules", numbers: [1, 2], items: ["i", "ii", "iii"] },
      { id: "other", title: "Other", numbers: [1] },
    ]),
  ],
  topics: [],
  concepts: [],
};

const cited = citedTargets;

const failure = (argv: string[]) => resolveFailure(library, argv);

describe("a Roman numeral after a standard's number is an item's label", () => {
  it.each([
    [["items", "rules", "1", "ii"], ["Items · Rules 1"]],
    [["items rules 1(ii)"], ["Items · Rules 1"]],
    [["items", "rules", "1ii"], ["Items · Rules 1"]],
    [["items", "rules", "1.iii"], ["Items · Rules 1"]],
    [["items", "rules", "1", "(iii)", "2"], ["Items · Rules 1 | Items · Rules 2"]],
    [["items", "rules", "1", "ii", "wi", "2"], ["Items · Rules 1", "Wisconsin 2"]],
  ])("%j → %j", (argv, expected) => {
    expect(cited(resolveArguments(library, argv))).toEqual(expected);
  });

  it.each([
    [["medi-cal", "integrity", "12", "iii"], "Medi-Cal Integrity 12 has no item iii", "its items are a, b"],
    [["medi-cal", "integrity", "12", "ii"], "Medi-Cal Integrity 12 has no item ii", "its items are a, b"],
    [["medi-cal", "integrity", "12", "IV"], "Medi-Cal Integrity 12 has no item iv", "its items are a, b"],
    [["medi-cal", "integrity", "12", "vi"], "Medi-Cal Integrity 12 has no item vi", "its items are a, b"],
    [["medi-cal", "integrity", "12", "xi"], "Medi-Cal Integrity 12 has no item xi", "its items are a, b"],
    [["medi-cal", "integrity", "12(xii)"], "Medi-Cal Integrity 12 has no item xii", "its items are a, b"],
    [["items", "rules", "1", "iv"], "Items Rules 1 has no item iv", "its items are i, ii, iii"],
    [["items", "rules", "1(iv)"], "Items Rules 1 has no item iv", "its items are i, ii, iii"],
    [["wi", "1", "iv"], "Wisconsin 1 has no item iv", "it has no lettered items: `ethics show wisconsin 1`"],
  ])("%j fails: %s", (argv, message, hint) => {
    const error = failure(argv);
    expect([error.message, error.hint, error.exitCode]).toEqual([message, hint, 1]);
  });

  it("alone, with no number before it, a Roman numeral is still a number in words", () => {
    const error = failure(["iii"]);
    expect([error.message, error.exitCode]).toEqual(["'iii' is a number (3) with no code before it", 2]);
  });
});
