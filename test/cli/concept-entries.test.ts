// Search reads the terms of a concept's own words from the build's file (dist/concept-entries.txt)
// instead of parsing the whole concept index: the file must give what conceptEntryTerms gives, concept by
// concept and topic by topic, and a file that is missing or damaged must give nothing.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { conceptEntriesFile } from "../../src/cli/concept-entries.js";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import { conceptEntryTerms } from "../../src/core/search/inverted-index.js";

const root = join(import.meta.dirname, "../..");

describe("the concepts' own words the build ships (dist/concept-entries.txt)", () => {
  const library = readDataDirectory(join(root, "data"), "data");
  const count = library.concepts.length + library.topics.length;

  it("are conceptEntryTerms of every concept and topic, in the index's order", () => {
    const entriesOf = conceptEntriesFile(pathToFileURL(join(root, "dist/concept-entries.txt")));
    const read = Array.from({ length: count }, (_, at) => entriesOf(at));
    const expected = Array.from({ length: count }, (_, at) => conceptEntryTerms(library, at));
    expect(read).toEqual(expected);
    // Read out of order, each concept still gives its own words.
    expect(entriesOf(count - 1)).toEqual(expected[count - 1]);
    expect(entriesOf(0)).toEqual(expected[0]);
  });

  it("give nothing past the last topic", () => {
    const entriesOf = conceptEntriesFile(pathToFileURL(join(root, "dist/concept-entries.txt")));
    expect(entriesOf(count)).toBeUndefined();
    expect(entriesOf(-1)).toBeUndefined();
  });

  const scratch = mkdtempSync(join(tmpdir(), "ethics-entries-"));
  it.each([
    ["missing", null],
    ["empty", ""],
    ["without its line of offsets", '["Accepting gifts"]\n'],
    ["with offsets that are not numbers", '["a"]\n["Accepting gifts"]\n'],
    ["cut short", "[20]\n[\"Acc"],
    ["with a line that is not a list of words", '[14]\n{"a":"gifts"}\n'],
    ["with a line of words, not of lists of terms", '[27]\n["Accepting gifts","gift"]\n'],
  ])("give nothing when the file is %s", (name, text) => {
    const file = join(scratch, `${name}.txt`);
    if (text !== null) writeFileSync(file, text);
    expect(conceptEntriesFile(pathToFileURL(file))(0)).toBeUndefined();
  });
});
