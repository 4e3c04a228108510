// `ethics export north carolina alaska`: the arguments grouped into code names, a name of several
// words one name, each left as typed for the resolver to find or refuse.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { codeNamesTyped } from "../../../src/core/codes/code-names-typed.js";
import type { Library } from "../../../src/model.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };

describe("code names typed as arguments", () => {
  it.each<[string[], string[]]>([
    [[], []],
    [["alaska"], ["alaska"]],
    [["alaska", "medi-cal"], ["alaska", "medi-cal"]],
    [["north", "carolina", "alaska"], ["north carolina", "alaska"]],
    [["North Carolina", "wi"], ["North Carolina", "wi"]],
    [["working", "well", "together"], ["working well together"]],
    [["work", "well", "together", "nc"], ["work well together", "nc"]],
    [["medi", "cal"], ["medi cal"]],
    [["ak,wi", "nc"], ["ak", "wi", "nc"]],
    [["ak,", "wi"], ["ak", "wi"]],
    // "and" or "&" between two names joins them, as show reads `wi and nc`; elsewhere it is a name, refused.
    [["alaska", "and", "wi"], ["alaska", "wi"]],
    [["north", "carolina", "&", "wi"], ["north carolina", "wi"]],
    [["wi, nc, and alaska"], ["wi", "nc", "alaska"]],
    [["alaska", "and"], ["alaska", "and"]],
    [["and", "wi"], ["and", "wi"]],
    [["ak", "and", "and", "wi"], ["ak", "and", "and", "wi"]],
    // Words that name no code stay words, each refused as typed.
    [["alaksa", "wi"], ["alaksa", "wi"]],
    [["wi", "nc"], ["wi", "nc"]],
    // An empty argument is kept, to be refused rather than vanish into "every code".
    [["", "alaska"], ["", "alaska"]],
    [[" "], [""]],
    // So is one of commas alone: `export "$A,$B"`, neither set, named every code.
    [[","], [","]],
    [[" , ", "alaska"], [",", "alaska"]],
  ])("%j → %j", (typed, names) => {
    expect(codeNamesTyped(library, typed)).toEqual(names);
  });
});
