// Every citation ethics prints reads back as the standard it cites, whatever a user's section
// titles or short name hold: numbers, "3.1", "·", ";", digits and words (test/fixtures/odd-titles).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { resolveArguments, type Target } from "../../../src/core/codes/target.js";
import type { Library } from "../../../src/model.js";
import { citedTargets } from "./resolved.js";

const root = join(import.meta.dirname, "../../..");
const library: Library = {
  codes: [...readCodeDir(join(root, "data"), "builtin"), ...readCodeDir(join(root, "test/fixtures/odd-titles"), "user")],
  topics: [],
  concepts: [],
};
const odd = library.codes.filter((code) => code.origin === "user");

const cited = (target: Target): string =>
  target.kind === "standards" ? target.standards.map((standard) => standard.citation).join(" | ") : target.kind === "section" ? `section ${target.section.title}` : target.kind;

describe("printed citations of odd titles read back", () => {
  const standards = odd.flatMap((code) => code.sections.flatMap((section) => section.standards));

  it("the fixture has the odd titles", () => {
    expect(odd.flatMap((code) => code.sections.map((section) => section.title))).toEqual(
      expect.arrayContaining(["3", "3.1", "Rights · Duties", "Rights; Duties", "Part 2 Conduct", "Conduct", "Conduct 4", "12 Steps", "Rules"]),
    );
  });

  it.each(standards.map((standard) => [standard.citation, standard]))("%s, as one word and as the shell splits it", (citation, standard) => {
    for (const argv of [[citation], citation.split(" ")]) {
      const targets = resolveArguments(library, argv);
      expect(targets).toHaveLength(1);
      expect(targets[0]).toMatchObject({ kind: "standards", form: "one", standards: [standard] });
    }
  });

  it("all of them in one call, among ordinary references", () => {
    const argv = ["alaska", "conduct", "4", ...standards.map((standard) => standard.citation), "medi-cal:integrity:12"];
    expect(resolveArguments(library, argv).map(cited)).toEqual(["Alaska · Conduct 4", ...standards.map((standard) => standard.citation), "Medi-Cal · Integrity 12"]);
  });

  it.each([
    // A section's heading, and a citation that ends where the next reference starts.
    [["Y · 3"], ["section 3"]],
    [["Y · Conduct 4"], ["Y · Conduct 4"]],
    [["Y · 3 1; Y · 3.1"], ["Y · 3 1", "section 3.1"]],
    [["Y · 3 1-2"], ["Y · 3 1 | Y · 3 2"]],
    [["Y · 3 1", "Alaska · Conduct 4"], ["Y · 3 1", "Alaska · Conduct 4"]],
    // Ordinary references to the same code, by ids, are read by the grammar as before.
    [["odd-titles", "s3", "2"], ["Y · 3 2"]],
    [["odd-titles:conduct4:1"], ["Y · Conduct 4 1"]],
    [["code-2024", "12"], ["Code 2024 12"]],
  ])("%j → %j", (argv, expected) => {
    expect(resolveArguments(library, argv).map(cited)).toEqual(expected);
  });

  // After its number a citation takes what a reference typed plainly takes: it was "no code
  // 'and'", "no code 'to'", "'7' has no code before it".
  it.each([
    [["Alaska · Conflicts of Interest 3 and Wisconsin 12"], ["Alaska · Conflicts of Interest 3", "Wisconsin 12"]],
    [["Alaska · Conflicts of Interest 3 & nc 15"], ["Alaska · Conflicts of Interest 3", "North Carolina 15"]],
    [["Alaska · Conflicts of Interest 3, Wisconsin 12"], ["Alaska · Conflicts of Interest 3", "Wisconsin 12"]],
    [["Medi-Cal · Integrity 5 and 6"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 6"]],
    [["Medi-Cal · Integrity 5 & 6"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 6"]],
    [["Medi-Cal · Integrity 5 to 7"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 6 | Medi-Cal · Integrity 7"]],
    [["Medi-Cal · Integrity 5 through 6 and 9"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 6 | Medi-Cal · Integrity 9"]],
    [["Medi-Cal · Integrity 5 7"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 7"]],
    [["Medi-Cal · Integrity 5 and 6 9 wi 3"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 6 | Medi-Cal · Integrity 9", "Wisconsin 3"]],
    [["Medi-Cal · Integrity · 5 and 6"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 6"]],
    [["Medi-Cal · Integrity 5 and safety 2"], ["Medi-Cal · Integrity 5", "Medi-Cal · Safety & Protection 2"]],
    [["Medi-Cal · Integrity 11 12 a"], ["Medi-Cal · Integrity 11 | Medi-Cal · Integrity 12"]],
    [["Alaska · Values 2 and 3"], ["Alaska · Values 2 | Alaska · Values 3"]],
    [["Y · 3 1 and 2"], ["Y · 3 1 | Y · 3 2"]],
    [["Y · 3 1 and Alaska · Conduct 4"], ["Y · 3 1", "Alaska · Conduct 4"]],
    [["Code 2024 1 and 12"], ["Code 2024 1 | Code 2024 12"]],
  ])("%j → %j, as typed without the ·", (argv, expected) => {
    expect(citedTargets(resolveArguments(library, argv))).toEqual(expected);
  });

  it.each([
    [["Medi-Cal · Integrity 5 and"], "nothing after 'and' in 'Medi-Cal · Integrity 5 and': expected a number or another reference"],
    [["Medi-Cal · Integrity 5 to"], "nothing after 'to' in 'Medi-Cal · Integrity 5 to': expected the number the range ends at"],
    [["Medi-Cal · Integrity 5 and and wi"], "'and' twice in 'Medi-Cal · Integrity 5 and and wi': expected one 'and' between two references or numbers"],
    [["Medi-Cal · Integrity 5- and 7"], "'5- and 7' has a range with no end before 'and': expected the number the range ends at"],
    [["Medi-Cal · Integrity 5 7 a"], "Medi-Cal Integrity 7 has no item a"],
  ])("%j is refused as typed without the ·: %s", (argv, message) => {
    expect(() => resolveArguments(library, argv)).toThrow(message);
  });

  it("a number the cited section lacks is said of that section", () => {
    expect(() => resolveArguments(library, ["Y · 3 9"])).toThrow("Y 3 has no 9");
  });
});
