// Whatever a file holds, the loader answers with a code or with located problems: never throws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseCodeText } from "../../src/core/codes/load.js";
import { EthicsError } from "../../src/core/errors.js";
import { parseReference } from "../../src/core/codes/ref.js";
import { resolveTarget } from "../../src/core/codes/target.js";
import { readCodeDir } from "../../src/core/codes/load.js";
import { join } from "node:path";

const validCode = {
  id: "sample",
  title: "Sample",
  shortName: "Sample",
  jurisdiction: "Nowhere",
  source: { document: "sample.pdf" },
  sections: [{ id: "one", title: "One", standards: [{ number: 1, text: "A standard." }] }],
};

function expectAnswer(text: string) {
  const result = parseCodeText(text, "random.yaml", "user");
  expect(result.code === null).toBe(result.problems.length > 0);
  for (const problem of result.problems) {
    expect(problem.line).toBeGreaterThanOrEqual(0);
    expect(typeof problem.message).toBe("string");
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

describe("loader under random input", () => {
  it("random text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), expectAnswer), { numRuns: 300 });
  });

  it("random YAML-looking text", () => {
    const token = fc.constantFrom("id:", "sections:", "- ", "  ", "\n", "&a ", "*a", "[", "]", "{", "}", ":", "'", '"', "text: x", "number: 1", "!!str", "? ", "|", ">", "#");
    fc.assert(fc.property(fc.array(token, { maxLength: 60 }), (tokens) => expectAnswer(tokens.join(""))), { numRuns: 300 });
  });

  it("random values in every field of a valid code", () => {
    const anything = fc.jsonValue({ maxDepth: 3 });
    const paths = [["id"], ["title"], ["source"], ["sections"], ["sections", 0, "standards"], ["sections", 0, "standards", 0, "number"], ["sections", 0, "standards", 0, "items"], ["numbering"], ["values"]];
    fc.assert(
      fc.property(fc.constantFrom(...paths), anything, (path, value) => {
        const code = structuredClone(validCode) as Record<string, unknown>;
        let target: any = code;
        for (const key of path.slice(0, -1)) target = target[key as string];
        target[path[path.length - 1] as string] = value;
        expectAnswer(stringify(code));
      }),
      { numRuns: 300 },
    );
  });
});

describe("references under random input", () => {
  const library = { codes: readCodeDir(join(import.meta.dirname, "../../data"), "builtin"), topics: [], concepts: [] };
  it("either resolve or fail with a user-facing error", () => {
    const word = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("medi-cal", "alaska", "wi", "integrity", "values", "12", "5-7", "5,7", "0", "-1", "999999999999", "1-99999", ":", "medi-cal:integrity:12", "a:b:c:d"),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 5 }), (words) => {
        try {
          resolveTarget(library, parseReference(words));
        } catch (error) {
          expect(error).toBeInstanceOf(EthicsError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
