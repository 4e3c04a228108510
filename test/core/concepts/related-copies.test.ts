import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { relatedWithCopies } from "../../../src/core/concepts/related-copies.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import type { Code, Library } from "../../../src/model.js";

const root = new URL("../../..", import.meta.url).pathname;
const builtIn: Library = readDataDirectory(join(root, "data"), "data");

/** `original` under another id, derived from `parent`, its standards' words changed where `edit` says. */
function copyOf(original: Code, id: string, parent: string | undefined, edit: (text: string) => string = (text) => text): Code {
  return {
    ...original,
    id,
    source: { ...original.source, ...(parent === undefined ? { derivedFrom: undefined } : { derivedFrom: parent }) },
    sections: original.sections.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, code: id, text: edit(standard.text) })) })),
  };
}

const withCodes = (...codes: Code[]): Library => ({ ...builtIn, codes: [...builtIn.codes, ...codes] });
const wisconsin = builtIn.codes.find((code) => code.id === "wisconsin")!;
const acceptingGifts = builtIn.concepts.find((concept) => concept.id === "accepting-gifts")!;
const cited = (keys: readonly { code: string; number: number }[], code: string) => keys.filter((key) => key.code === code).map((key) => key.number);

describe("a concept's related rules in the codes derived from theirs", () => {
  it("are the related rules themselves when no code derives from another", () => {
    expect(relatedWithCopies(builtIn, acceptingGifts)).toBe(acceptingGifts.related);
  });

  it.each([
    ["a copy derived from the original", [copyOf(wisconsin, "my-wisconsin", "wisconsin")], "my-wisconsin", cited(acceptingGifts.related!, "wisconsin")],
    ["a copy of that copy", [copyOf(wisconsin, "my-wisconsin", "wisconsin"), copyOf(wisconsin, "our-wisconsin", "my-wisconsin")], "our-wisconsin", cited(acceptingGifts.related!, "wisconsin")],
    ["a copy that says its own words", [copyOf(wisconsin, "my-wisconsin", "wisconsin", (text) => `${text} Unless the agency says otherwise.`)], "my-wisconsin", []],
    ["a copy that names no original", [copyOf(wisconsin, "my-wisconsin", undefined)], "my-wisconsin", []],
  ])("%s: its standards in the same words", (_, codes, id, numbers) => {
    expect(cited(acceptingGifts.related!, "wisconsin").length).toBeGreaterThan(0);
    expect(cited(relatedWithCopies(withCodes(...codes), acceptingGifts), id)).toEqual(numbers);
  });
});
