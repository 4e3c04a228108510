// A folder's code files, as paths joined to the folder as it was spelled: the same as
// path.join(dir, name) for every spelling (listCodeDirectory makes the folder's part once).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { codeFileNameMeant, listCodeDirectory } from "../../../src/core/codes/code-files.js";

const dir = mkdtempSync(join(tmpdir(), "ethics-code-files-"));
const names = ["b.yaml", "a.yml", "..dots.yaml", "with space.YAML", "topics.yaml", ".#lock.yaml", "backup.yaml~", "notes.txt"];
for (const name of names) writeFileSync(join(dir, name), "id: x\n");
mkdirSync(join(dir, "inner"));
mkdirSync(join(dir, "concepts"));
mkdirSync(join(dir, "Questions"));
const fromHere = relative(process.cwd(), dir);

describe("listCodeDirectory", () => {
  it.each([dir, `${dir}/`, `${dir}//`, dir.replace("/", "//"), `${dir}/inner/..`, `${dir}/./`, fromHere, `./${fromHere}/`, `${fromHere}/inner/../`])(
    "%s: the code files, sorted, each as path.join would spell it",
    (spelled) => {
      const listing = listCodeDirectory(spelled);
      expect(listing.files).toEqual(["a.yml", "b.yaml", "with space.YAML"].map((name) => join(spelled, name)));
      // data/'s own layout, which a user's folder does not use: named, so that a warning can say so
      expect(listing.builtInOnly).toEqual(["Questions", "concepts", "topics.yaml"].map((name) => join(spelled, name)));
    },
  );
});

describe("a code file saved as text", () => {
  it.each([
    ["pine.yaml.txt", "pine.yaml"],
    ["pine.yml.txt", "pine.yml"],
    ["Pine.YAML.TXT", "Pine.YAML"],
    ["pine.txt", null],
    ["pine.yaml", null],
    ["topics.yaml.txt", null],
    [".pine.yaml.txt", null],
    ["pine.yaml.txt~", null],
  ])("%s: its name meant is %s", (name, meant) => {
    expect(codeFileNameMeant(name)).toBe(meant);
  });

  it("is listed apart from the code files, beside them or alone", () => {
    const folder = mkdtempSync(join(tmpdir(), "ethics-saved-as-text-"));
    writeFileSync(join(folder, "pine.yaml.txt"), "id: x\n");
    expect(listCodeDirectory(folder)).toMatchObject({ files: [], savedAsText: [join(folder, "pine.yaml.txt")] });
    writeFileSync(join(folder, "oak.yaml"), "id: x\n");
    expect(listCodeDirectory(folder)).toMatchObject({ files: [join(folder, "oak.yaml")], savedAsText: [join(folder, "pine.yaml.txt")] });
  });
});
