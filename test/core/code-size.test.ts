// A code's size may be known ahead of its sections (a cached user's code reads its standards only
// on use): codeSize then answers without touching them, and otherwise counts them.
import { describe, expect, it } from "vitest";
import { codeSize, rememberSize, type Code } from "../../src/model.js";
import { makeCode } from "./make-code.js";

describe("codeSize", () => {
  it("counts sections and standards", () => {
    const section = (id: string, numbers: number[]) => ({
      id,
      title: id,
      intro: null,
      editorial: {},
      standards: numbers.map((number) => ({ code: "riverside", section: id, sectionTitle: id, number, citation: "", text: "", items: [], notes: [], editorial: [] })),
    });
    const code = makeCode({ id: "riverside", shortName: "Riverside", title: "Riverside", sections: [section("ethics", [1, 2, 3]), section("boundaries", [1])] as Code["sections"] });
    expect(codeSize(code)).toEqual({ sections: 2, standards: 4 });
  });

  it("answers from a remembered size without reading the sections", () => {
    const code = Object.defineProperty({ id: "lazy" } as Code, "sections", {
      get: () => {
        throw new Error("read the sections");
      },
    });
    rememberSize(code, { sections: 3, standards: 40 });
    expect(codeSize(code)).toEqual({ sections: 3, standards: 40 });
  });
});
