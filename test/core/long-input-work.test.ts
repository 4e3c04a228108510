// Hostile input costs work in proportion to the names it is held against, not to its own length
// times theirs: counted here, where a timed run could only guess. A 100 KB word compared letter
// by letter with every name took 18 s (`ethics topic`); every run of 5,000 words tried as a
// code's name took over 20 s (`ethics show`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../src/core/codes/load.js";
import { resolveArguments } from "../../src/core/codes/target.js";
import { codeNamesTyped } from "../../src/core/codes/code-names-typed.js";
import { EthicsError } from "../../src/core/errors.js";
import { editDistance, nearest } from "../../src/core/suggest.js";
import type { Code, Library } from "../../src/model.js";

const builtin = readCodeDir(join(import.meta.dirname, "../../data"), "builtin");
/** Names a did-you-mean is asked about: the built-in codes' sections, short names and ids. */
const NAMES = [...new Set(builtin.flatMap((code) => [code.id, code.shortName, ...code.sections.map((section) => section.title)]))];

/** nearest(word, NAMES), and how many letter pairs its edit distances compared. */
function nearestCounted(word: string): { found: string | undefined; pairs: number } {
  let pairs = 0;
  const found = nearest(word, NAMES, (a, b) => {
    pairs += a.length * b.length;
    return editDistance(a, b);
  });
  return { found, pairs };
}

describe("did-you-mean's work", () => {
  it("compares a slip with the names near its length", () => {
    const { found, pairs } = nearestCounted("integirty");
    expect(found).toBe("Integrity");
    expect(pairs).toBeGreaterThan(0);
  });

  it("compares a 100 KB word with no name: none is near enough in length to be its slip", () => {
    expect(nearestCounted("a".repeat(100_000))).toEqual({ found: undefined, pairs: 0 });
    // Nor 5,000 words typed as one name (as `topic gift gift …` joins them).
    expect(nearestCounted(Array.from({ length: 5_000 }, () => "gift").join(" "))).toEqual({ found: undefined, pairs: 0 });
  });
});

/** The built-in library, counting how often the resolver asks for its codes and for a code's sections (once per name tried). */
function countedLibrary(): { library: Library; asked: { codes: number; sections: number } } {
  const asked = { codes: 0, sections: 0 };
  const codes = builtin.map(
    (code) =>
      new Proxy(code, {
        get(target, property, receiver) {
          if (property === "sections") asked.sections++;
          return Reflect.get(target, property, receiver) as unknown;
        },
      }) as Code,
  );
  const library = {
    get codes() {
      asked.codes++;
      return codes;
    },
    topics: [],
    concepts: [],
  } as Library;
  return { library, asked };
}

const MANY = Array.from({ length: 5_000 }, () => "gift");

describe("a reference of 5,000 words", () => {
  it("tries as a code's name only runs of words as long as a name: a few dozen, not 10,000", () => {
    const { library, asked } = countedLibrary();
    expect(() => resolveArguments(library, MANY)).toThrow(EthicsError);
    expect(asked.codes).toBeGreaterThan(0);
    // ~100 reads of the codes for a name or two of each length tried (98 in the sixty-fifth
    // session, 100 once names' parts were kept per library): what grows with the words is 10,000.
    expect(asked.codes).toBeLessThan(200);
  });

  it("tries as a section's name only runs of words as long as a name", () => {
    const { library, asked } = countedLibrary();
    expect(() => resolveArguments(library, ["medi-cal", ...MANY])).toThrow(EthicsError);
    expect(asked.sections).toBeGreaterThan(0);
    expect(asked.sections).toBeLessThan(100);
  });

  it("codes named one after another before a number: a few tries, not one per word", () => {
    // "alaska nc nc … 2" was tried cut by cut, every cut reading its codes and the rest again:
    // 2,000 words took minutes.
    const { library, asked } = countedLibrary();
    const codesThenNumber = ["alaska", ...Array.from({ length: 2_000 }, () => "nc"), "2"];
    expect(() => resolveArguments(library, codesThenNumber)).toThrow(EthicsError);
    expect(asked.codes).toBeLessThan(2_000);
  });

  it("still finds a code and a section named in several words", () => {
    const { library } = countedLibrary();
    expect(resolveArguments(library, ["medi-cal", "integrity", "1"])[0]!.kind).toBe("standards");
  });
});

describe("a page of prose typed where codes are named (list, export, diff)", () => {
  // Every run of up to a name's words (eight, "code of ethics for alaska peer support
  // professionals") was looked up from every word: a page of 20,000 words, over a minute.
  const page = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8").slice(0, 120_000);
  const words = page.split(/[\s,]+/).filter((word) => word !== "").length;

  it("looks a run up once for its words, and only from a word that begins a name's word", () => {
    const { library, asked } = countedLibrary();
    const names = codeNamesTyped(library, [page]);
    expect(names.length).toBeGreaterThan(words / 2);
    expect(asked.codes).toBeGreaterThan(0);
    // About ten lookups a word before (a run of every length from every word), fewer than two now.
    expect(asked.codes).toBeLessThan(3 * words);
  });

  it("still reads names of several words among others", () => {
    const { library } = countedLibrary();
    expect(codeNamesTyped(library, ["north carolina, wi and medi cal", "alaska"])).toEqual(["north carolina", "wi", "medi cal", "alaska"]);
  });
});
