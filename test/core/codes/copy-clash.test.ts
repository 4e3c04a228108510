// A copy under a new id whose names would read as another code's section is found before it is
// written: such a file was written (exit 0), then refused by validate and by --data.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyClash } from "../../../src/core/codes/copy-clash.js";
import { readCodeDir } from "../../../src/core/codes/load.js";

const codes = readCodeDir(join(import.meta.dirname, "../../../data"), "builtin");
const code = (id: string) => codes.find((candidate) => candidate.id === id)!;

describe("copyClash", () => {
  it("finds an id that reads as a code and one of its sections", () => {
    expect(copyClash(codes, code("medi-cal"), "medi-cal-integrity")).toMatchObject({ field: "id", section: "Integrity", owner: { id: "medi-cal" } });
  });

  it("finds a short name the id marks that reads as the original's section", () => {
    expect(copyClash(codes, code("medi-cal"), "respect")).toMatchObject({ field: "shortName", text: "Medi-Cal (respect)", section: "Respect" });
    expect(copyClash(codes, code("wisconsin"), "code-of-conduct")).toMatchObject({ field: "shortName", section: "Code Of Conduct" });
  });

  it("finds none for an id of the copy's own", () => {
    for (const original of codes) expect(copyClash(codes, original, `my-${original.id}`)).toBeUndefined();
    expect(copyClash(codes, code("wisconsin"), "values")).toBeUndefined();
  });
});
