// Every citation ethics prints reads back as the standard it cites, whatever a user's section
// titles or short name hold: numbers, "3.1", "·", ";", digits and words (test/fixtures/odd-titles).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { resolveArguments, type Target } from "../../../src/core/codes/target.js";
import type { Library } from "../../../src/model.js";

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

  it("a number the cited section lacks is said of that section", () => {
    expect(() => resolveArguments(library, ["Y · 3 9"])).toThrow("Y 3 has no 9");
  });
});
