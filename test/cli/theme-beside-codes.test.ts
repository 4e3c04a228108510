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
});
