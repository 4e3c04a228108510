// `topic giftz in alaska`: where the words whole name no theme and the theme beside the code
// fails too, the theme's failure is reported only where it offers a name ("did you mean
// gifts?"). That was told by the words " — did you mean " in its message; it is told by the
// error's kind (NameOffered), so a message worded otherwise is read the same.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../src/core/codes/load.js";
import { EthicsError, NameOffered } from "../../src/core/errors.js";
import type { Library } from "../../src/model.js";
import { withCodesNamedAround } from "../../src/cli/theme-beside-codes.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../data"), "builtin"), topics: [], concepts: [] };

const WHOLE = new EthicsError("the words whole name nothing");

/** A resolver that fails for the words whole, and answers the theme beside the code with `rest`. */
const resolver = (rest: () => string) => (name: string): string => {
  if (name === "giftz in alaska") throw WHOLE;
  return rest();
};

describe("withCodesNamedAround", () => {
  it.each([
    ["a name offered, however worded", () => { throw new NameOffered("no such theme; perhaps gifts"); }, "no such theme; perhaps gifts"],
    ["no name offered, though the words say so", () => { throw new EthicsError("no topic 'giftz' — did you mean gifts?"); }, WHOLE.message],
    ["no name offered", () => { throw new EthicsError("no topic 'giftz'"); }, WHOLE.message],
  ])("the theme beside the code fails, %s: reports '%s'", async (_, rest, reported) => {
    await expect(withCodesNamedAround(library, ["giftz", "in", "alaska"], resolver(rest))).rejects.toThrow(reported);
  });

  it("a theme beside the code is found with the code", async () => {
    const read = await withCodesNamedAround(library, ["giftz", "in", "alaska"], resolver(() => "gifts"));
    expect([read.found, read.name, read.named.map((code) => code.id)]).toEqual(["gifts", "giftz", ["alaska"]]);
  });

  // `topic gifts alaska medi-cal` split the words whole into names, each tried (a name not
  // found costs ~50 ms of suggestions), before the theme beside the codes was: 0.5 s, to 0.15 s
  // with --code. The words whole are read as one name first; split only where no theme is
  // named beside codes.
  it("the words are split into names only where no theme is beside the codes", async () => {
    const split: string[] = [];
    const resolve = (name: string): string => {
      split.push(name);
      if (name !== "gifts") throw new EthicsError(`no topic '${name}'`);
      return name;
    };
    const asTyped = (name: string): string => {
      throw new EthicsError(`no topic '${name}'`);
    };
    const read = await withCodesNamedAround(library, ["gifts", "alaska", "medi-cal"], resolve, asTyped);
    expect([read.found, read.named.map((code) => code.id), split]).toEqual(["gifts", ["alaska", "medi-cal"], ["gifts"]]);
  });

  it("words that name one theme only split are that theme, where no code is beside them", async () => {
    const asTyped = (name: string): string => {
      throw new EthicsError(`no topic '${name}'`);
    };
    const read = await withCodesNamedAround(library, ["drugs", "and", "alcohol"], () => "substance-use-and-impairment", asTyped);
    expect([read.found, read.named]).toEqual(["substance-use-and-impairment", []]);
  });
});
