// A name that ends in digits (a user's code `nc2` beside North Carolina's alias `nc`, a section
// `rules-2` beside `rules`, a code `agency-2024`) is that name, whatever numbers follow it: the
// reading of its digits as a number written onto a shorter name (`wi4`, `integrity-12`) is for
// words that name nothing as typed. It printed North Carolina 2 and 5 for `nc2 5`, and where
// the name had no such standard, the other reading's error ("Agency 2024 has no 2024").
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { resolveArguments } from "../../../src/core/codes/target.js";
import type { Library } from "../../../src/model.js";
import { userCode } from "./user-code-text.js";
import { citedTargets, resolveFailure } from "./resolved.js";

const builtin = readCodeDir(join(import.meta.dirname, "../../../data"), "builtin");
const library: Library = {
  codes: [
    ...builtin,
    userCode("nc2", "Carolina Two", [{ id: "conduct", title: "Conduct", numbers: [1, 2] }]),
    userCode("wisc", "Wisc", [{ id: "conduct", title: "Conduct", numbers: [1] }], ["wi-2024"]),
    userCode("parts", "Parts", [
      { id: "rules", title: "Rules", numbers: [1, 2, 3] },
      { id: "rules-2", title: "Rules Two", numbers: [1] },
    ]),
    userCode("agency-2024", "Agency 2024", [{ id: "conduct", title: "Conduct", numbers: [1, 2] }]),
    userCode("huge4", "HugeFour", [{ id: "boundaries", title: "Boundaries", numbers: [1] }]),
  ],
  topics: [],
  concepts: [],
};

const cited = citedTargets;

const failure = (argv: string[]) => resolveFailure(library, argv);

describe("a name that ends in digits is that name", () => {
  it.each([
    [["nc2", "2"], ["Carolina Two 2"]],
    [["nc2", "conduct", "1"], ["Carolina Two 1"]],
    [["wi-2024", "1"], ["Wisc 1"]],
    [["parts", "rules-2", "1"], ["Parts · Rules Two 1"]],
    [["parts", "rules", "2"], ["Parts · Rules 2"]],
    [["agency-2024", "2"], ["Agency 2024 2"]],
    // Words that name nothing as typed are a name and the number written onto it, as before.
    [["wi4"], ["Wisconsin 4"]],
    [["medi-cal", "integrity-12"], ["Medi-Cal · Integrity 12"]],
    [["parts", "rules3"], ["Parts · Rules 3"]],
    // A range past the last runs to the last: `huge4 1-2` is HugeFour's 1, not Huge's 4.
    [["huge4", "boundaries", "1-2"], ["HugeFour 1"]],
  ])("%j → %j", (argv, expected) => {
    expect(cited(resolveArguments(library, argv))).toEqual(expected);
  });

  it.each([
    [["nc2", "5"], "Carolina Two has no 5", "Carolina Two has 1–2"],
    [["nc2", "conduct", "7"], "Carolina Two has no 7", "Carolina Two has 1–2"],
    [["wi-2024", "5"], "Wisc has no 5", "Wisc has 1"],
    [["parts", "rules-2", "2"], "Parts Rules Two has no 2", "Parts Rules Two has 1"],
    [["parts", "rules-2", "3"], "Parts Rules Two has no 3", "Parts Rules Two has 1"],
    [["parts", "rules-2", "5"], "Parts Rules Two has no 5", "Parts Rules Two has 1"],
    [["agency-2024", "3"], "Agency 2024 has no 3", "Agency 2024 has 1–2"],
    [["agency-2024", "conduct", "3"], "Agency 2024 has no 3", "Agency 2024 has 1–2"],
    [["huge4", "boundaries", "2-3"], "HugeFour has no 2-3", "HugeFour has 1"],
    // Named nothing as typed: the number written onto the name is looked for, and said missing.
    [["medi-cal", "integrity-99"], "Medi-Cal Integrity has no 99", "Medi-Cal Integrity has 1–14"],
  ])("%j fails: %s", (argv, message, hint) => {
    const error = failure(argv);
    expect([error.message, error.hint, error.exitCode]).toEqual([message, hint, 1]);
  });
});
