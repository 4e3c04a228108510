// A key written as an alias (`*m : z`) was placed at the next list or mapping key further down
// the file, or where the parser stopped (the column after it) where none came after: the search
// for the key that is a list read an alias as a plain word, though `*m` stands for the list
// anchored `&m`. An alias of a text (`*s : z`, the text anchored `&s`) was placed at the start of
// its mapping. Each is now placed at its `*`.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";

const COMPLEX_KEY = "a key that is a list or mapping: a key is a field name, such as title";
const STANDARD_FIELDS = "a standard takes number, text, items, notes, editorial, concepts";
const riverside = RIVERSIDE_LINES.join("\n");
/** Riverside with lines written after its second standard's text (line 14): theirs are 15 on. */
const after14 = (...lines: string[]) => riverside.replace("        text: Keep records private.", ["        text: Keep records private.", ...lines].join("\n"));

const cases: [string, string, string][] = [
  ["an alias of a list as a key", after14("        notes: &m [x]", "        *m : z"), `16:9: ${COMPLEX_KEY}`],
  ["an alias of a mapping as a key, a list key after it", after14("        notes: &m {a: 1}", "        *m : z", "      - number: 3", "        text: Other.", "        [q]: r"), `16:9: ${COMPLEX_KEY}`],
  ["an alias of a list as a key, in a flow mapping", after14("        notes: &m [x]", "        editorial: {*m : z}"), `16:21: ${COMPLEX_KEY}`],
  ["an alias of a text as a key", riverside.replace("        text: Keep records private.", "        text: &s Keep records private.\n        *s : z"), `15:9 sections[0].standards[1].Keep records private.: unknown field 'Keep records private.' — ${STANDARD_FIELDS}`],
];

describe("a key written as an alias", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-alias-keys-"));

  it.each(cases)("%s: placed at its *", (name, text, expected) => {
    const file = join(dir, `${name.replace(/\W+/g, "-")}.yaml`);
    writeFileSync(file, text);
    const result = ethics(["validate", file]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe(`${file}:${expected}`);
  });
});
