// A concept tag the index does not have is skipped by the tool (docs/data-format.md; `ethics
// validate` names it): what show and random print as JSON skips it too.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const data = ["--data", join(root, "test/fixtures/every-field")];

interface Tagged {
  number: number;
  concepts?: string[];
}

describe("--json leaves out concept tags the index lacks", () => {
  it("show: a standard, a section, a code, and by strength", () => {
    const { stdout, code } = ethics([...data, "show", "--json", "every boundaries 3; every boundaries; every"]);
    expect(code).toBe(0);
    const [standard, section, whole] = JSON.parse(stdout) as [Tagged, { standards: Tagged[] }, { sections: { standards: Tagged[] }[] }];
    const tags = [["accepting-gifts", "gift-value-limits"], ["lending-and-borrowing-money"], [], undefined];
    expect(standard.concepts).toEqual(["lending-and-borrowing-money"]);
    expect(section.standards.map((each) => each.concepts)).toEqual(tags);
    expect(whole.sections[0]!.standards.map((each) => each.concepts)).toEqual(tags);
    const byStrength = JSON.parse(ethics([...data, "show", "--json", "--strength", "prohibits", "every boundaries 3"]).stdout) as Tagged[];
    expect(byStrength.map((each) => each.concepts)).toEqual([["lending-and-borrowing-money"]]);
  });

  it("random", () => {
    const picked = JSON.parse(ethics([...data, "random", "--json", "--code", "every", "--topic", "money", "--seed", "1"]).stdout) as Tagged;
    expect([picked.number, picked.concepts]).toEqual([3, ["lending-and-borrowing-money"]]);
  });
});
