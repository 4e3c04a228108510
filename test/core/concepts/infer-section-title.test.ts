// A guess is also about what its section's title names: a rule says "Mentors tell their mentee a
// month before the match ends" under "Saying goodbye", and a reader takes the heading with it. A near copy of a curated rule keeps to its original's concepts, heading or not.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inferConcepts, inferenceModel, withoutPlaceLabel } from "../../../src/core/concepts/infer.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { allStandards, type Standard } from "../../../src/model.js";

const library = readDataDirectory(join(import.meta.dirname, "../../../data"), "data");
const model = inferenceModel(library.codes.flatMap(allStandards), library.concepts);
const standard = (sectionTitle: string, text: string) => ({ code: "harbor", section: "s", sectionTitle, number: 1, text, items: [], notes: [], editorial: [], citation: "Harbor 1" }) as Standard;
const inferred = (sectionTitle: string, text: string) => inferConcepts([standard(sectionTitle, text)], model)[0]!;
const medi = library.codes.find((code) => code.id === "medi-cal")!;
const integrity7 = allStandards(medi).find((each) => each.section === "integrity" && each.number === 7)!;

describe("a guess under a section title", () => {
  const goodbye = "Mentors tell their mentee a month before the match ends, and plan a last meetup together.";

  it.each<[string, string, string, string[], string[]]>([
    ["takes the matter its title names", "Phones and social media", "Mentors keep it to the app the program gave them.", ["social-media"], []],
    ["takes the ending its title names", "Saying goodbye", goodbye, ["ending-services"], []],
    ["takes nothing from a title that names no matter", "Section 2", goodbye, [], ["ending-services", "social-media"]],
    ["takes nothing from a title's place label", "Part 2 Conduct", goodbye, [], ["privacy-laws"]],
  ])("%s", (_title, sectionTitle, text, has, hasNot) => {
    const concepts = inferred(sectionTitle, text);
    expect(concepts).toEqual(expect.arrayContaining(has));
    for (const id of hasNot) expect(concepts).not.toContain(id);
  });

  it("adds nothing to a near copy of a curated rule", () => {
    expect(inferred("Phones and social media", integrity7.text)).not.toContain("social-media");
    expect(inferred("Phones and social media", integrity7.text)).toEqual(inferred("Section 2", integrity7.text));
  });
});

describe("a section title's place label", () => {
  it.each([
    ["Part 2 Conduct", "Conduct"],
    ["Part E. Overdose, crisis and keeping the room safe", "Overdose, crisis and keeping the room safe"],
    ["2. Exploitation and Boundary Violations", "Exploitation and Boundary Violations"],
    ["Article IV: Confidentiality", "Confidentiality"],
    ["A) Gifts", "Gifts"],
    ["A safe space", "A safe space"],
    ["Saying goodbye", "Saying goodbye"],
    ["12 Steps", "12 Steps"],
  ])("%s → %s", (title, left) => {
    expect(withoutPlaceLabel(title)).toBe(left);
  });
});
