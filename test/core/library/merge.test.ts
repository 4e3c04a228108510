// The clash check shared by --data loading and `validate`: every exact name a code answers to.
import { describe, expect, it } from "vitest";
import { EthicsError } from "../../../src/core/errors.js";
import { findClashes, mergeLibrary } from "../../../src/core/library/merge.js";
import type { Code } from "../../../src/model.js";
import { makeCode } from "../make-code.js";

function code(id: string, shortName: string, title: string, { aliases = [] as string[], origin = "user" as Code["origin"] } = {}): Code {
  return makeCode({ id, shortName, title, aliases, origin });
}

const alaska = {
  ...code("alaska", "Alaska", "Code of Ethics for Alaska Peer Support Professionals", { aliases: ["ak"], origin: "builtin" }),
  values: [{ number: 1, text: "People have a right to be treated with respect.", citation: "Alaska · Values 1" }],
  sections: [{ id: "conflicts-of-interest", title: "Conflicts of Interest", intro: null, standards: [] }] as unknown as Code["sections"],
};

describe("findClashes", () => {
  it.each([
    ["an id taken by a built-in id", [code("alaska", "Local", "Local")], ["alaska.yaml id alaska ← alaska id"]],
    ["an alias taken by a built-in alias", [code("local", "Local", "Local", { aliases: ["ak"] })], ["local.yaml aliases[0] ak ← alaska aliases[0]"]],
    ["a short name that is a built-in id", [code("alaska-2024", "Alaska", "Alaska 2024")], ["alaska-2024.yaml shortName alaska ← alaska id"]],
    ["a title a built-in code has", [code("copy", "Copy", "Code of Ethics for Alaska Peer Support Professionals")], ["copy.yaml title code-of-ethics-for-alaska-peer-support-professionals ← alaska title"]],
    ["names that only begin like a built-in code's", [code("ak-local", "Alaska (local)", "Local"), code("alas", "Alas", "Alas")], []],
    [
      "a user's short name and another user's id: the short name gives way",
      [code("riverside-peers", "Riverside", "Riverside Peer Collective"), code("riverside", "Riverside County", "Riverside County Code")],
      ["riverside-peers.yaml shortName riverside ← riverside id"],
    ],
    [
      "the same, the other way round",
      [code("riverside", "Riverside County", "Riverside County Code"), code("riverside-peers", "Riverside", "Riverside Peer Collective")],
      ["riverside-peers.yaml shortName riverside ← riverside id"],
    ],
    ["two users' short names", [code("one", "Riverside", "One"), code("two", "Riverside", "Two")], ["two.yaml shortName riverside ← one shortName"]],
    // Each field is to change: told the one, renamed it, and the other clashed on the next run.
    ["an id and a short name of one name, both a built-in code's", [code("alaska", "Alaska", "Local")], ["alaska.yaml id alaska ← alaska id", "alaska.yaml shortName alaska ← alaska id"]],
    ["a short name and a title of one name, both a built-in code's", [code("local", "Alaska", "Alaska")], ["local.yaml shortName alaska ← alaska id", "local.yaml title alaska ← alaska id"]],
    [
      "a user's short name and title that another user's id outranks: both give way",
      [code("riverside-peers", "Riverside", "Riverside"), code("riverside", "Riverside County", "Riverside County Code")],
      ["riverside-peers.yaml shortName riverside ← riverside id", "riverside-peers.yaml title riverside ← riverside id"],
    ],
    ["a code's own names never clash with each other", [code("riverside", "Riverside", "Riverside", { aliases: ["rs"] })], []],
    // `show alaska conflicts of interest 3` names the longest run of words that names a code.
    ["a short name that reads as a built-in code and its section's title", [code("local", "Alaska · Conflicts of Interest", "Local")], ["local.yaml shortName alaska-conflicts-of-interest ← alaska id (Conflicts of Interest)"]],
    ["an id that reads as a built-in alias and its section's id", [code("ak-conflicts-of-interest", "Local", "Local")], ["ak-conflicts-of-interest.yaml id ak-conflicts-of-interest ← alaska aliases[0] (Conflicts of Interest)"]],
    ["a user's short name that reads as another user's code and its section", [code("mine", "Riverside Conduct", "Mine"), { ...code("riverside", "Riverside", "Riverside Code"), sections: [{ id: "conduct", title: "Conduct", intro: null, standards: [] }] as unknown as Code["sections"] }], ["mine.yaml shortName riverside-conduct ← riverside id (Conduct)"]],
    // `show alaska values` is Alaska's value statements (an export's copy under --id values was short-named so).
    ["a short name that reads as a built-in code and its value statements", [code("values", "Alaska (values)", "Local")], ["values.yaml shortName alaska-values ← alaska id (values)"]],
    ["a name that only begins like a code and its section", [code("local", "Alaska · Conflicts of Interest (local)", "Alaska Conduct")], []],
  ])("%s", (_name, userCodes, expected) => {
    const clashes = findClashes([alaska], userCodes).map((clash) => `${clash.code.file} ${clash.field} ${clash.name} ← ${clash.owner.id} ${clash.ownerField}${clash.section === undefined ? "" : ` (${clash.section})`}`);
    expect(clashes).toEqual(expected);
  });
});

describe("mergeLibrary", () => {
  it.each([
    [[code("alaska", "Local", "Local")], "alaska.yaml: id 'alaska' clashes with the built-in code 'alaska'", "rename it in alaska.yaml, e.g. id: alaska-local"],
    [[code("local", "Local", "Local", { aliases: ["ak"] })], "local.yaml: alias 'ak' clashes with the alias of the built-in code 'alaska'", "remove or change the alias 'ak' in local.yaml"],
    [[code("alaska-2024", "Alaska", "Alaska 2024")], "alaska-2024.yaml: short name 'Alaska' ('alaska') clashes with the built-in code 'alaska'", "change the short name in alaska-2024.yaml, e.g. shortName: Alaska (local)"],
    [
      [code("riverside-peers", "Riverside", "Riverside Peer Collective"), code("riverside", "Riverside County", "Riverside County Code")],
      "riverside-peers.yaml: short name 'Riverside' ('riverside') clashes with the user code 'riverside' in riverside.yaml",
      "change the short name in riverside-peers.yaml, e.g. shortName: Riverside (local)",
    ],
    [[code("one", "One", "Same Title"), code("two", "Two", "Same Title")], "two.yaml: title 'Same Title' ('same-title') clashes with the title of the user code 'one' in one.yaml", "change the title in two.yaml"],
    [
      [code("local", "Alaska · Conflicts of Interest", "Local")],
      "local.yaml: short name 'Alaska · Conflicts of Interest' ('alaska-conflicts-of-interest') reads as the section 'Conflicts of Interest' of the built-in code 'alaska'",
      "change the short name in local.yaml, e.g. shortName: Alaska · Conflicts of Interest (local)",
    ],
  ])("%#: refuses with the rename to make", (userCodes, message, hint) => {
    let thrown: unknown;
    try {
      mergeLibrary({ codes: [alaska], topics: [], concepts: [] }, userCodes);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EthicsError);
    expect((thrown as EthicsError).message).toBe(message);
    expect((thrown as EthicsError).hint).toBe(hint);
  });

  it("takes codes whose names are all their own", () => {
    const riverside = code("riverside", "Riverside", "Riverside Code");
    expect(mergeLibrary({ codes: [alaska], topics: [], concepts: [] }, [riverside]).codes).toEqual([alaska, riverside]);
  });
});
