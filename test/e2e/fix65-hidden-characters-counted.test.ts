// A code file's key or id hiding several characters that show nothing was told "delete it", of
// the first of them named: each is named now, with every place, and the fix says "delete them".
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";

const code = (slip: (text: string) => string) => slip(RIVERSIDE_LINES.join("\n"));

describe("several characters that show nothing in a key or an id of a code file", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-fix65-hidden-"));

  it.each<[string, (text: string) => string, string]>([
    [
      "one kind twice in a field's name",
      (text) => text.replace("sections:", "se\u200cc\u200ctions:"),
      "7:1 se<U+200C>c<U+200C>tions: unknown field 'se<U+200C>c<U+200C>tions': it holds a zero width non-joiner (U+200C) as its 3rd and 5th characters; delete them to write sections",
    ],
    [
      "two kinds in a field's name",
      (text) => text.replace("sections:", "se\u200bcti\u200cons:"),
      "7:1 se<U+200B>cti<U+200C>ons: unknown field 'se<U+200B>cti<U+200C>ons': it holds a zero width space (U+200B) as its 3rd character and a zero width non-joiner (U+200C) as its 7th character; delete them to write sections",
    ],
    [
      "two in a section id",
      (text) => text.replace("  - id: boundaries", "  - id: bound\u200d\u200daries"),
      "8:9 sections[0].id: expected section id: lowercase letters, digits and single hyphens (e.g. 'my-agency') ('bound<U+200D><U+200D>aries' holds a zero width joiner (U+200D) as its 6th and 7th characters: delete them)",
    ],
  ])("%s: each place named, and 'delete them'", (name, slip, expected) => {
    const folder = join(dir, name.replaceAll(" ", "-").replaceAll("'", ""));
    const file = join(folder, "riverside.yaml");
    mkdirSync(folder);
    writeFileSync(file, code(slip));
    const validated = ethics(["validate", file]);
    expect(validated.code).toBe(1);
    expect(validated.stdout.split("\n")).toContain(`${file}:${expected}`);
  });
});
