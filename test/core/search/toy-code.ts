// A toy code for ranking tests: one section of standards with the texts given, small enough to
// see why each ranks where it does.
import type { Code, Standard } from "../../../src/model.js";
import { makeCode } from "../make-code.js";

export function toyCode(texts: readonly string[]): Code {
  const standards: Standard[] = texts.map((text, at) => ({
    code: "toy",
    section: "rules",
    sectionTitle: "Rules",
    number: at + 1,
    text,
    citation: `Toy ${at + 1}`,
    items: [],
    notes: [],
    editorial: [],
  }));
  return makeCode({ id: "toy", title: "Toy Code", shortName: "Toy", sections: [{ id: "rules", title: "Rules", intro: null, standards, editorial: {} }] });
}
