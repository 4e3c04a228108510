import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { restoreCode, storeCode } from "../../../src/cli/cache/stored-code.js";
import { parseCodeText, readCodeDir } from "../../../src/core/codes/load.js";
import type { Code } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const asUser = (code: Code): Code => ({ ...code, origin: "user" });
const roundTrip = (code: Code) => restoreCode(JSON.parse(JSON.stringify(storeCode(code))), code.file);

/** Gives a stored code's first standard concept tags (a user's file may), as storeCode keeps them. */
function tagFirstStandard(code: Record<string, unknown>, concepts: unknown): void {
  const standard = (code.sections as { standards: Record<string, unknown>[] }[])[0]!.standards[0]!;
  standard.$keys = [...(code.standardKeys as string[]), "concepts"];
  standard.concepts = concepts;
}

describe("a code as its cache entry holds it", () => {
  const codes = [...readCodeDir(join(root, "data"), "builtin").map(asUser), parseCodeText(readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8"), "riverside.yaml", "user").code!];

  it.each(codes.map((code) => [code.id, code] as const))("%s comes back field for field, key order included", (_id, code) => {
    const restored = roundTrip(code);
    expect(JSON.stringify(restored)).toBe(JSON.stringify(code));
    expect(JSON.stringify(storeCode(code)).length).toBeLessThan(JSON.stringify(code).length * 0.8);
  });

  it("stores no citation of sections that share a title: it is implied by their titles as cited", () => {
    const yaml = `id: oddy\ntitle: Oddy Peer Code\nshortName: Oddy\njurisdiction: Test\nsource:\n  document: Oddy\nvalues:\n  - text: Hope is real.\nsections:\n${[
      ["duties-to-peers", "Duties"],
      ["duties-to-staff", "duties"],
      ["our-values", "Values"],
      ["conduct", "Conduct"],
    ].map(([id, title]) => `  - id: ${id}\n    title: ${title}\n    standards:\n      - number: 1\n        text: Will do ${id}.\n      - number: 2\n        text: Will not undo ${id}.\n`).join("")}`;
    const code = parseCodeText(yaml, "oddy.yaml", "user").code!;
    expect(code.sections[0]!.standards[0]!.citation).toBe("Oddy · Duties (duties-to-peers) 1");
    const stored = storeCode(code);
    expect(stored.titlesCited).toBe(true);
    expect(JSON.stringify(stored.sections)).not.toContain('"citation"');
    expect(JSON.stringify(roundTrip(code))).toBe(JSON.stringify(code));
    // a code whose titles are all its own says nothing of them
    expect("titlesCited" in storeCode(codes[0]!)).toBe(false);
    // the mark is checked as it is read: anything but true is a damaged entry, rebuilt
    expect(restoreCode({ ...JSON.parse(JSON.stringify(stored)), titlesCited: "yes" }, "oddy.yaml")).toBeUndefined();
  });

  it("keeps a standard's fields that differ from what the code implies", () => {
    const code = asUser(codes[0]!);
    const odd = structuredClone(code);
    odd.sections[0]!.standards[0]!.citation = "An odd citation";
    odd.sections[0]!.standards[0]!.notes = ["a note"];
    expect(JSON.stringify(roundTrip(odd))).toBe(JSON.stringify(odd));
  });

  it.each([
    ["not an object", 7],
    ["no sections", { id: "x", shortName: "X", standardKeys: [] }],
    ["a standard's number that is text", (() => {
      const stored = storeCode(codes[0]!) as unknown as { sections: { standards: Record<string, unknown>[] }[] };
      stored.sections[0]!.standards[0]!.number = "1";
      return stored;
    })()],
    ["a field of the wrong type", { ...storeCode(codes[0]!), title: 3 }],
    ["another origin", { ...storeCode(codes[0]!), origin: "builtin" }],
    // Whole, checksummed entries that only a hand or a bug could make: each field the model has is checked.
    ...([
      ["a lineage that is a number", (code) => ((code.source as Record<string, unknown>).derivedFrom = 5)],
      ["a transcript that is a number", (code) => ((code.source as Record<string, unknown>).transcript = 5)],
      ["a signature that is text", (code) => (code.signature = "Name")],
      ["no signature", (code) => delete code.signature],
      ["a scope that is a number", (code) => (code.scope = 42)],
      ["no scope", (code) => delete code.scope],
      ["an editorial remark that is a number", (code) => (code.editorial = { title: 5 })],
      ["editorial remarks that are text", (code) => (code.editorial = "remarks")],
      ["a section's editorial remarks that are a number", (code) => ((code.sections as Record<string, unknown>[])[0]!.editorial = 3)],
      ["a section's intro remark that is a number", (code) => ((code.sections as Record<string, unknown>[])[0]!.editorial = { intro: 4 })],
      ["a standard's concepts that are a number", (code) => tagFirstStandard(code, 5)],
      ["a standard's concept that is a number", (code) => tagFirstStandard(code, ["x", 3])],
      // A standard of the usual fields, each stored field checked as it is put back.
      ...([
        ["text that is a number", "text", 5],
        ["no text", "text", undefined],
        ["a number of 0", "number", 0],
        ["a number that is not whole", "number", 1.5],
        ["a code that is a number", "code", 5],
        ["a section that is null", "section", null],
        ["a section title that is a list", "sectionTitle", []],
        ["a citation that is a number", "citation", 12],
        ["items that are null", "items", null],
        ["an item without a label", "items", [{ text: "x" }]],
        ["notes that are text", "notes", "a note"],
        ["editor's notes of a number", "editorial", [1]],
      ] as [string, string, unknown][]).map(([name, key, value]): [string, (code: Record<string, unknown>) => void] => [
        `a standard's ${name}`,
        (code) => {
          const standard = (code.sections as { standards: Record<string, unknown>[] }[])[0]!.standards[0]!;
          if (value === undefined) delete standard[key];
          else standard[key] = value;
        },
      ]),
    ] as [string, (code: Record<string, unknown>) => void][]).map(([name, damage]): [string, unknown] => {
      const stored = structuredClone(storeCode(codes[0]!)) as unknown as Record<string, unknown>;
      damage(stored);
      return [name, stored];
    }),
  ])("is refused when damaged: %s", (_name, value) => {
    expect(restoreCode(value, "file.yaml")).toBeUndefined();
  });
});
