// The loader's quick check may only ever say yes where the schema accepts the file and gives
// back the same values (then the schema validator is skipped); everything else goes to the
// schema, which words the problems. Checked against the schema itself, case by case and on
// random edits of real code files.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { normalizeCode } from "../../../src/core/codes/normalize.js";
import { plainlyMeetsSchema } from "../../../src/core/codes/plain-check.js";
import { codeSchemas } from "../../../src/core/codes/schema.js";

const root = join(import.meta.dirname, "../../..");
const files = [
  ...readdirSync(join(root, "data"))
    .filter((name) => name.endsWith(".yaml") && name !== "topics.yaml")
    .map((name) => join(root, "data", name)),
  ...["bad", "evil", "user-codes", "clash", "duplicate-ids", "name-clash"].flatMap((folder) =>
    readdirSync(join(root, "test/fixtures", folder)).map((name) => join(root, "test/fixtures", folder, name)),
  ),
];

function loaded(file: string): unknown {
  try {
    return load(readFileSync(file, "utf8"), { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

/** The check agrees with the schema wherever it says yes, down to the code made of the file. */
function expectSound(data: unknown): boolean {
  const plain = plainlyMeetsSchema(data);
  if (plain) {
    const result = codeSchemas().codeFileSchema.safeParse(data);
    expect(result.success).toBe(true);
    expect(normalizeCode(data, "user", "f.yaml")).toEqual(normalizeCode(result.data!, "user", "f.yaml"));
  }
  return plain;
}

const medi = loaded(join(root, "data/medi-cal.yaml")) as Record<string, unknown>;
const copy = (): Record<string, any> => structuredClone(medi);
const firstStandard = (file: Record<string, any>) => file.sections[0].standards[0];

describe("plainlyMeetsSchema", () => {
  it("says yes to every built-in code (the quick path is the common one)", () => {
    for (const name of ["alaska", "california", "medi-cal", "north-carolina", "wisconsin"]) {
      expect(expectSound(loaded(join(root, "data", `${name}.yaml`)))).toBe(true);
    }
  });

  it("is sound on every code file and fixture", () => {
    for (const file of files) expectSound(loaded(file));
  });

  it.each<[string, (file: Record<string, any>) => unknown]>([
    ["not an object", () => ["a"]],
    ["null", () => null],
    ["an unknown top-level field", (file) => ({ ...file, colour: "red" })],
    ["an unknown field in a standard", (file) => (firstStandard(file).txt = "x", file)],
    ["an id that is not a slug", (file) => ({ ...file, id: "Medi Cal" })],
    ["an empty title", (file) => ({ ...file, title: "  " })],
    ["a number as the title", (file) => ({ ...file, title: 12 })],
    ["a title of null", (file) => ({ ...file, title: null })],
    ["no sections", (file) => ({ ...file, sections: [] })],
    ["a section without standards", (file) => (file.sections[0].standards = [], file)],
    ["a standard number 0", (file) => (firstStandard(file).number = 0, file)],
    ["a standard number 1.5", (file) => (firstStandard(file).number = 1.5, file)],
    ["a standard number past 2^53", (file) => (firstStandard(file).number = 2 ** 60, file)],
    ["a standard number as text", (file) => (firstStandard(file).number = "1", file)],
    ["a missing number where the source numbers", (file) => (delete firstStandard(file).number, file)],
    ["a duplicate number", (file) => (file.sections[0].standards[1].number = firstStandard(file).number, file)],
    ["a duplicate section id", (file) => (file.sections[1].id = file.sections[0].id, file)],
    ["an alias equal to the id", (file) => ({ ...file, aliases: [file.id] })],
    ["a repeated alias", (file) => ({ ...file, aliases: ["a", "a"] })],
    ["an unknown numbering", (file) => ({ ...file, numbering: "roman" })],
    ["numbering by position with a number not its position", (file) => (firstStandard(file).number = 99, { ...file, numbering: "position" })],
    ["an item without a label", (file) => (firstStandard(file).items = [{ text: "x" }], file)],
    ["a note of null", (file) => (firstStandard(file).notes = [null], file)],
    ["a concept id that is not a slug", (file) => (firstStandard(file).concepts = ["Gifts"], file)],
    ["an intro of 3", (file) => (file.sections[0].intro = 3, file)],
    ["an unknown remark field", (file) => ({ ...file, editorial: { colour: "x" } })],
    ["a source without a document", (file) => ({ ...file, source: { issuer: "x" } })],
    ["a derivedFrom that is not a slug", (file) => ({ ...file, source: { ...file.source, derivedFrom: "Medi Cal" } })],
    ["a preamble paragraph with an unknown field", (file) => ({ ...file, preamble: [{ text: "x", title: "y" }] })],
    ["an object with another prototype", (file) => Object.assign(Object.create({ inherited: 1 }), file)],
  ])("says no to %s, where the schema words the problem", (_name, edit) => {
    const data = edit(copy());
    expect(plainlyMeetsSchema(data)).toBe(false);
  });

  it.each<[string, (file: Record<string, any>) => unknown]>([
    ["a section intro of null", (file) => (file.sections[0].intro = null, file)],
    ["numbering by position without numbers", (file) => ({ ...file, numbering: "position", sections: file.sections.map((section: any) => ({ ...section, standards: section.standards.map(({ number: _n, ...rest }: any) => rest) })) })],
    ["aliases, concepts, items, notes and remarks", (file) => {
      Object.assign(firstStandard(file), { items: [{ label: "a", text: "x" }], notes: ["n"], editorial: ["e"], concepts: ["gifts", "gifts"] });
      return { ...file, aliases: ["mc", "medi"], editorial: { title: "t" }, preamble: [{ heading: "h", text: "p" }], values: [{ text: "v" }], definitions: [{ term: "t", text: "d" }], signature: ["s"], references: ["r"], scope: "s", attestation: "a" };
    }],
  ])("says yes to %s, as the schema does, with the same code", (_name, edit) => {
    expect(expectSound(edit(copy()))).toBe(true);
  });

  it("never says yes where the schema says no, after random edits", () => {
    const values = fc.oneof(fc.constant(null), fc.constant(undefined), fc.string(), fc.constantFrom("", " ", "a", "a-b", "A", "source", "position", "2024", "5-7", "values"), fc.integer({ min: -2, max: 200 }), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}), fc.array(fc.string(), { maxLength: 2 }));
    const paths = (value: unknown, at: (string | number)[] = []): (string | number)[][] => {
      if (value === null || typeof value !== "object") return [at];
      const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
      return [at, ...keys.flatMap((key) => paths((value as any)[key], [...at, key]))];
    };
    const all = paths(medi).filter((path) => path.length > 0);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...all), values, fc.constantFrom("set", "delete", "add")), { minLength: 1, maxLength: 3 }), (edits) => {
        const data = copy();
        for (const [path, value, how] of edits) {
          let parent: any = data;
          for (const key of path.slice(0, -1)) parent = parent?.[key];
          if (parent === null || typeof parent !== "object") continue;
          const last = path[path.length - 1]!;
          if (how === "delete") delete parent[last];
          else if (how === "add" && !Array.isArray(parent)) parent[`${String(last)}x`] = value;
          else parent[last] = value;
        }
        expectSound(data);
      }),
      { numRuns: 400 },
    );
  });
});
