// A section whose title ends in a number ("Part 1", "Part 2"), its words typed apart, is that
// section: "'part' is ambiguous … type more of the name" told someone who had typed the whole
// title to type more.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { resolveArguments, type Target } from "../../../src/core/codes/target.js";
import type { Library } from "../../../src/model.js";
import { userCode } from "./user-code-text.js";
import { resolveFailure } from "./resolved.js";

const library: Library = {
  codes: [
    ...readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"),
    userCode("sect", "Sect", [
      { id: "part-1", title: "Part 1", numbers: [1, 2] },
      { id: "part-2", title: "Part 2", numbers: [1] },
    ]),
    // A section named by the words alone, beside one named with the number.
    userCode("plain", "Plain", [
      { id: "part", title: "Part", numbers: [1, 2, 3] },
      { id: "part-2", title: "Part 2", numbers: [1] },
    ]),
    userCode("longer", "Longer", [
      { id: "part-1-duties", title: "Part 1 Duties", numbers: [1, 2] },
      { id: "part-2-conduct", title: "Part 2 Conduct", numbers: [1] },
    ]),
    userCode("bare", "Bare", [
      { id: "s3", title: "3", numbers: [1, 2] },
      { id: "other", title: "Other", numbers: [1] },
    ]),
  ],
  topics: [],
  concepts: [],
};

const described = (targets: Target[]) =>
  targets.map((target) => (target.kind === "standards" ? target.standards.map((standard) => standard.citation).join(" | ") : target.kind === "section" ? `section ${target.section.id}` : target.kind));

const failure = (argv: string[]) => resolveFailure(library, argv);

describe("a section whose title ends in a number, typed apart", () => {
  it.each([
    [["sect", "Part 2"], ["section part-2"]],
    [["sect", "part", "2"], ["section part-2"]],
    [["sect", "part", "2", "1"], ["Sect · Part 2 1"]],
    [["sect", "part", "1", "2"], ["Sect · Part 1 2"]],
    [["sect", "part", "1", "1-2"], ["Sect · Part 1 1 | Sect · Part 1 2"]],
    [["sect", "part", "1", "2", "wi", "3"], ["Sect · Part 1 2", "Wisconsin 3"]],
    [["sect", "part-2", "1"], ["Sect · Part 2 1"]],
    // The words alone name a section exactly: the number is its standard's.
    [["plain", "part", "2"], ["Plain · Part 2"]],
    [["plain", "part", "2", "3"], ["Plain · Part 2 | Plain · Part 3"]],
    [["plain", "part-2", "1"], ["Plain · Part 2 1"]],
    // By the only section the words and number begin, where the words alone name none.
    [["longer", "part", "2", "1"], ["Longer · Part 2 Conduct 1"]],
    // A section titled with a number alone.
    [["bare", "3", "2"], ["Bare · 3 2"]],
  ])("%j → %j", (argv, expected) => {
    expect(described(resolveArguments(library, argv))).toEqual(expected);
  });

  it.each([
    [["sect", "part", "2", "5"], "Sect Part 2 has no 5", "Sect Part 2 has 1"],
    [["sect", "part", "1", "3-4"], "Sect Part 1 has no 3-4", "Sect Part 1 has 1–2"],
    [["bare", "1"], "bare has 2 sections; say which one", "e.g. `ethics show bare s3 1`"],
  ])("%j fails: %s", (argv, message, hint) => {
    const error = failure(argv);
    expect(error.message).toBe(message);
    expect(error.hint).toContain(hint);
  });
});
