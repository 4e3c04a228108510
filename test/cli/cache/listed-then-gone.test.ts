// A code file deleted or renamed away between the folder's listing and its reading (an editor
// saving by rename, `git checkout`) is as if the listing had been taken a moment later: gone,
// not an error. The race is made certain by a listing that names a file that is not there.
import { copyFileSync, mkdtempSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openCache } from "../../../src/cli/cache/json-cache.js";
import { UserCodeReader } from "../../../src/cli/cache/user-codes.js";
import { checkedFiles } from "../../../src/cli/cache/checked-files.js";
import { listCodeDirectory } from "../../../src/core/codes/code-files.js";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { parsingCheck, validatePaths } from "../../../src/core/codes/validate.js";
import { DataError } from "../../../src/core/errors.js";
import type { SearchIndex } from "../../../src/core/search/inverted-index.js";
import type { Library } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const builtin: Library = { codes: readCodeDir(join(root, "data"), "builtin"), topics: [], concepts: [] };
const fixture = join(root, "test/fixtures/user-codes/riverside-agency.yaml");

/** A folder holding the fixture code, and the path of a file listed beside it that is not there. */
function folder(): { dir: string; ghost: string } {
  const dir = mkdtempSync(join(tmpdir(), "ethics-gone-"));
  copyFileSync(fixture, join(dir, "riverside.yaml"));
  return { dir, ghost: join(dir, "renamed-away.yaml") };
}

const withGhost = (ghost: string) => (dir: string) => {
  const listing = listCodeDirectory(dir);
  return { ...listing, files: [...listing.files, ghost].sort() };
};

describe("a file gone since the folder was listed", () => {
  it.each([
    ["without a cache", () => null],
    ["through the cache", () => openCache(mkdtempSync(join(tmpdir(), "ethics-gone-cache-")))],
  ])("is left out of --data's codes, without a word (%s)", async (_how, cacheOf) => {
    const { dir, ghost } = folder();
    const reader = new UserCodeReader("test-build", cacheOf(), builtin, () => ({}) as SearchIndex);
    const warnings: string[] = [];
    const read = await reader.read([{ path: dir, explicit: true }], (text) => warnings.push(text), { listDirectory: withGhost(ghost) });
    expect(read.codes.map((code) => code.id)).toEqual(["riverside-agency"]);
    expect(warnings).toEqual([]);
  });

  it("is still a problem when a link is left at its name (not gone: dangling)", async () => {
    const { dir, ghost } = folder();
    symlinkSync(join(dir, "nowhere.yaml"), ghost);
    const reader = new UserCodeReader("test-build", null, builtin, () => ({}) as SearchIndex);
    const read = reader.read([{ path: dir, explicit: true }], () => {}, { listDirectory: withGhost(ghost) });
    await expect(read).rejects.toThrow(DataError);
    await expect(read).rejects.toThrow(/symbolic link to a missing file/);
  });

  it("is left out of what validate reports for the folder, while a file named is reported", async () => {
    const { dir } = folder();
    const later = join(dir, "zz-later.yaml");
    writeFileSync(later, "id: later\n");
    const check = await parsingCheck(builtin);
    // Checking the first file deletes the second, listed with it: gone before it is read.
    const deletingLater = async (file: string) => {
      if (file !== later) unlinkSync(later);
      return check(file);
    };
    const report = await validatePaths([dir], builtin, join(root, "data"), deletingLater);
    expect(report.files.map((file) => [file.id, file.problems.length])).toEqual([["riverside-agency", 0]]);
    const named = await validatePaths([later], builtin, join(root, "data"), check);
    expect(named.files.map((file) => file.problems[0]?.message)).toEqual([expect.stringMatching(/no such file/i)]);
  });

  // Whether a file is gone is asked once, when its open fails, and the answer passed on: validate
  // asked again after the check, so a file put back in between (an editor's save by rename) was
  // "no such file", a problem of a file that is there.
  it.each([
    ["without a cache", async () => parsingCheck(builtin)],
    ["through the cache", async () => checkedFiles(openCache(mkdtempSync(join(tmpdir(), "ethics-gone-cache-")))!, "test-build", [], {}).check],
  ])("gone when read and back at once after: left out of validate's report as read (%s)", async (_how, checkOf) => {
    const { dir } = folder();
    const later = join(dir, "zz-later.yaml");
    const check = await checkOf();
    const putBack = async (file: string) => {
      if (file !== later) return check(file);
      unlinkSync(later);
      const result = await check(file);
      copyFileSync(fixture, later);
      return result;
    };
    writeFileSync(later, "id: later\n");
    const report = await validatePaths([dir], builtin, join(root, "data"), putBack);
    expect(report.files.map((file) => [file.id, file.problems.map((problem) => problem.message)])).toEqual([["riverside-agency", []]]);
  });
});
