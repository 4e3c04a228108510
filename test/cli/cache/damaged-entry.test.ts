// Every way an entry file can be damaged (cacheDamages) reads as a miss through each of the
// cache's three readers, whatever kind of entry it is: the value (codes, folders' records, the
// index, validate's records, library views), the value with its JSON text (a code an export
// renders) and what is attached (a code's index part). A reader's own check of shapes is what
// catches an entry of the wrong shape; for library views (the quiz's and the study exports'
// values) that is tested here, and the value is made and stored again. End to end, cache.test.ts
// meets every damage in the entries of codes, folders' records, the index and the V8 code cache;
// the tests of the other kinds of entry (views, validate's records) meet the wrong shape.
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codesText, oneFile } from "../../../src/cli/cache/inflate-bound.js";
import { entryFile, openCache, type JsonCache } from "../../../src/cli/cache/json-cache.js";
import { libraryViews, type LibraryViews } from "../../../src/cli/cache/library-views.js";
import { rememberPacked, storedView } from "../../../src/cli/cache/stored-views.js";
import { cacheDamages, WRONG_SHAPE } from "../../cache-damages.js";

const value = { code: { id: "copy-1", sections: [{ id: "gifts", text: "Shall not accept gifts" }] }, problems: null };
const attached = { postings: "gift 3 #$%", words: "gifts" };
/** What the entries are made from: one small code file, as a reader bounds them (inflate-bound.ts). */
const madeFrom = oneFile(2048);

/** A cache in a new folder holding two entries: a value alone, and a value with another attached. */
function filledCache(): { cache: JsonCache; plain: string; withAttached: string } {
  const cache = openCache(mkdtempSync(join(tmpdir(), "ethics-damaged-entry-")))!;
  expect(cache.set("index-b-h", "h", value, madeFrom)).toBe(true);
  expect(cache.set("code-b-h", "h", value, madeFrom, attached)).toBe(true);
  return { cache, plain: entryFile(cache.directory, "index-b-h"), withAttached: entryFile(cache.directory, "code-b-h") };
}

const BYTE_DAMAGES = cacheDamages(() => null).filter(([how]) => how !== WRONG_SHAPE);

describe("an entry damaged in any way but its shape", () => {
  it.each(BYTE_DAMAGES)("%s: is a miss for the value, its text and what is attached", (_how, damage) => {
    const { cache, plain, withAttached } = filledCache();
    expect(cache.get("index-b-h", "h", madeFrom)).toEqual(value);
    expect(cache.getAttached("code-b-h", "h", madeFrom)).toEqual(attached);
    damage(plain);
    damage(withAttached);
    expect(cache.get("index-b-h", "h", madeFrom)).toBeUndefined();
    expect(cache.getWithText("index-b-h", "h", madeFrom)).toBeUndefined();
    expect(cache.getAttached("code-b-h", "h", madeFrom)).toBeUndefined();
    // Damage within the attached part (the last bytes) may leave the value whole: it is read
    // whole or not at all.
    for (const read of [cache.get("code-b-h", "h", madeFrom), cache.getWithText("code-b-h", "h", madeFrom)?.value]) {
      if (read !== undefined) expect(read).toEqual(value);
    }
  });
});

describe("a library view damaged in any way", () => {
  const what = "quiz: confident strengths";
  const isLetters = (stored: unknown): stored is string => typeof stored === "string" && /^[pd]+$/.test(stored);
  /** A cache holding the view `what` (made once) and the file it is in. */
  async function viewCache(): Promise<{ views: LibraryViews; file: string }> {
    const cache = openCache(mkdtempSync(join(tmpdir(), "ethics-damaged-view-")))!;
    const views = libraryViews(cache, "build", "f".repeat(40), codesText([2048]));
    expect(await views.remember(what, isLetters, async () => "pd")).toBe("pd");
    const [file] = readdirSync(cache.directory).filter((name) => name.startsWith("view-"));
    return { views, file: join(cache.directory, file!) };
  }
  // A view's wrong shape: its description as stored, a value its own check refuses.
  const VIEW_DAMAGES = cacheDamages(() => ({ what, value: "rrrr" }));

  it.each(VIEW_DAMAGES)("%s: is made again and stored, then read", async (_how, damage) => {
    const { views, file } = await viewCache();
    damage(file);
    expect(await storedView(views, what, isLetters)).toBeNull();
    let made = 0;
    expect(await views.remember(what, isLetters, async () => (made++, "dp"))).toBe("dp");
    expect(made).toBe(1);
    expect(existsSync(file)).toBe(true);
    expect(await storedView(views, what, isLetters)).toBe("dp");
  });

  it.each(VIEW_DAMAGES)("%s: a packed value is unpacked only when whole, else made again", async (_how, damage) => {
    const { views, file } = await viewCache();
    damage(file);
    const unpack = (packed: unknown) => {
      if (!isLetters(packed)) throw new Error("not packed letters");
      return packed.split("");
    };
    let made = 0;
    expect(await rememberPacked(views, what, (letters: string[]) => letters.join(""), unpack, async () => (made++, ["d", "d"]))).toEqual(["d", "d"]);
    expect(made).toBe(1);
    expect(await rememberPacked(views, what, (letters: string[]) => letters.join(""), unpack, async () => (made++, ["p"]))).toEqual(["d", "d"]);
    expect(made).toBe(1);
  });
});
