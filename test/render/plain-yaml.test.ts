// render/plain-yaml.ts writes what the YAML library would write, or leaves the value to it: on
// every built-in code and users' example, and on random values made of the characters that
// change how YAML reads a string.
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Document } from "yaml";
import { readCodeDir } from "../../src/core/codes/load.js";
import type { Code } from "../../src/model.js";
import { CORE_SCHEMA_TESTS, plainYamlItems } from "../../src/render/plain-yaml.js";
import { libraryYamlItem } from "../../src/render/yaml.js";

const root = join(import.meta.dirname, "../..");
const codes = [...readCodeDir(join(root, "data"), "builtin"), ...readCodeDir(join(root, "test/fixtures/user-codes"), "user")];
const [evil] = readCodeDir(join(root, "test/fixtures/evil"), "user");

/** The library's writing of `value` as an item of `codes:`. */
const byLibrary = (value: unknown) => libraryYamlItem(value as Code);

describe("plainYamlItems", () => {
  it.each(codes.map((code) => [code.id, code] as const))("writes %s itself, as the library does", (_id, code) => {
    expect(plainYamlItems([code], "  ")).toBe(byLibrary(code));
  });

  it.each(codes.map((code) => [code.id, code] as const))("writes %s told that it holds no object twice, as the library does", (_id, code) => {
    expect(plainYamlItems([structuredClone(code)], "  ", false, true)).toBe(byLibrary(code));
  });

  it("leaves to the library a code with control or bidirectional characters", () => {
    expect(plainYamlItems([evil!], "  ")).toBeNull();
  });

  it.each([
    ["plain words", "Peer Providers", "- Peer Providers\n"],
    ["a colon at the end: double quotes", "Peer Providers:", '- "Peer Providers:"\n'],
    ["a mapping inside", "Notice No: 25-010", '- "Notice No: 25-010"\n'],
    ["a double quote and a colon: single quotes", 'He said "no": stop', "- 'He said \"no\": stop'\n"],
    ["both quotes: double", "it's \"both\": x", '- "it\'s \\"both\\": x"\n'],
    ["a number", "12", '- "12"\n'],
    ...["+1", "~", "null", "0o17", "0x1F", ".5", "-1.5e3", "-.inf", ".NaN"].map((number) => [`${number}: read as no string`, number, `- "${number}"\n`]),
    ["a word YAML reads as true", "True", '- "True"\n'],
    ["a comment after a space", "Part 2 # not a comment", '- "Part 2 # not a comment"\n'],
    ["a hash inside a word", "C#", "- C#\n"],
    ["a dash before a space", "- 1", '- "- 1"\n'],
    ["a dash inside", "-1x", "- -1x\n"],
    ["empty", "", '- ""\n'],
  ])("%s", (_case, text, written) => {
    expect(plainYamlItems([text], "")).toBe(written);
    expect(byLibrary(text).replace(/^ {2}/gm, "")).toBe(written);
  });

  it("reads strings as the library's core schema does", () => {
    const schemaTests = new Document().schema.tags.filter((tag) => tag.default && tag.test !== undefined).map((tag) => String(tag.test));
    expect(new Set(CORE_SCHEMA_TESTS.map(String))).toEqual(new Set(schemaTests));
  });

  it.each([
    ["members all undefined: an empty map", { a: { x: undefined, y: undefined } }],
    ["an undefined member, then one written", { a: { x: undefined, y: "b" } }],
    ["no prototype and no member: an empty map", { a: Object.create(null) as object }],
    ["no prototype and a member", { a: Object.assign(Object.create(null) as object, { x: "y" }) }],
    ["a member not enumerable: an empty map", { a: Object.defineProperty({}, "hidden", { value: "no", enumerable: false }) }],
    ["a member read through a getter", { a: Object.defineProperty({}, "got", { get: () => "yes", enumerable: true }) }],
  ])("a map with %s, as the library writes it", (_case, value) => {
    expect(plainYamlItems([value], "  ")).toBe(byLibrary(value));
  });

  it("leaves to the library an object met twice, which it writes as an anchor and an alias", () => {
    const shared = { label: "a" };
    expect(plainYamlItems([{ first: shared, second: shared }], "  ")).toBeNull();
  });

  // Random maps and lists of strings from the characters that decide quoting, numbers and
  // booleans: whatever plainYamlItems writes is what the library writes.
  const piece = fc.constantFrom(..."aZ09 :#-?'\"%@`!&*|>,[]{}~.+eExo_\u00a0é’", " #", ": ", "- ", "? ", "\n", "\u202e", "null", "True", "0x1F", ".inf", "1e3", "---", "...");
  const text = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(""));
  const key = fc.constantFrom("id", "text", "notes", "true", "a b", "2", "x");
  const leaf = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(null).map(() => []), fc.constant(null).map(() => ({})));
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(key, tie("value"), { maxKeys: 4 })),
  }));

  it("writes random values as the library does, where it writes them at all", () => {
    let written = 0;
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3 }), (values) => {
        const plain = plainYamlItems(values, "  ");
        if (plain === null) return;
        written++;
        expect(plain).toBe(values.map(byLibrary).join(""));
      }),
      { numRuns: 2000 },
    );
    // The comparison means something only if many values are written here.
    expect(written).toBeGreaterThan(500);
  });
});
