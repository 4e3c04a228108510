// A user's code written apart from the built-in ones: a rule whose guessed concepts miss the
// matter is still found, loosely related, by its likeness to the curated rules that answer
// (src/core/search/likeness.ts); on a first run, a warm one, in a parse worker and without a
// cache alike.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newCacheDir } from "./cache-folder.js";
import { ethics, root } from "./run.js";

const folder = join(root, "test/fixtures/written-apart");
const args = ["--data", folder, "search", "can i date someone i support", "--code", "harbor", "--json"];

describe("search within a code written apart", () => {
  it("finds its rule on romance with the people served, loosely related, whatever the cache", () => {
    const cache = newCacheDir();
    const first = ethics(args, { env: { ETHICS_CACHE_DIR: cache } });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const hits: { number: number; loose: boolean; text: string }[] = JSON.parse(first.stdout).hits;
    expect(hits).toContainEqual(expect.objectContaining({ number: 2, loose: true, text: expect.stringContaining("romantic or sexual involvement") }));
    for (const env of [{ ETHICS_CACHE_DIR: cache }, { ETHICS_CACHE_DIR: newCacheDir(), ETHICS_THREADS: "1" }, { ETHICS_NO_CACHE: "1" }]) {
      expect(ethics(args, { env })).toEqual(first);
    }
  });
});
