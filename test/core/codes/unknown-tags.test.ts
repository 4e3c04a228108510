import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { unknownTagWarnings } from "../../../src/core/codes/unknown-tags.js";
import type { ReadChecks } from "../../../src/core/codes/load.js";
import type { Code } from "../../../src/model.js";

const checks: ReadChecks = {
  conceptIds: ["accepting-gifts", "gift-value-limits", "lending-and-borrowing-money"],
  topicConcepts: new Map([["gifts", ["accepting-gifts", "gift-value-limits"]]]),
};

/** A user's code of one section whose standards carry these tag lists (undefined: no `concepts:`). */
function codeTagged(...tags: (string[] | undefined)[]): Code {
  const standards = tags.map((list, at) => [`      - number: ${at + 1}`, `        text: Rule ${at + 1}.`, ...(list ? [`        concepts: [${list.join(", ")}]`] : [])].join("\n"));
  const text = ["id: county", "title: County Code", "shortName: County", "jurisdiction: A county", "source:", "  document: County Code", "sections:", "  - id: rules", "    title: Rules", "    standards:", ...standards, ""].join("\n");
  const { code, problems } = parseCodeText(text, "county.yaml", "user");
  expect(problems).toEqual([]);
  return code!;
}

describe("unknownTagWarnings", () => {
  it.each([
    ["no tags at all: the index is not even asked", [undefined, undefined], []],
    ["known tags", [["accepting-gifts"], ["gift-value-limits", "lending-and-borrowing-money"]], []],
    ["a slip, with the id meant", [["lending-or-borrowing-money"]], ["county.yaml County 1: no concept 'lending-or-borrowing-money': expected an id that `ethics concepts` lists — did you mean lending-and-borrowing-money? (the code loads; the tag is ignored)"]],
    ["a topic's id, with its concepts", [undefined, ["accepting-gifts", "gifts"]], ["county.yaml County 2: no concept 'gifts': 'gifts' is a topic; a tag takes a concept's id, such as accepting-gifts, gift-value-limits (`ethics concepts gifts` lists the topic's) (the code loads; the tag is ignored)"]],
  ])("%s", (_title, tags, expected) => {
    let asked = false;
    const warnings = unknownTagWarnings([codeTagged(...tags)], () => ((asked = true), checks));
    expect(warnings).toEqual(expected);
    expect(asked).toBe(tags.some((list) => list !== undefined));
  });

  it("says five, then how many more and where validate lists them", () => {
    const warnings = unknownTagWarnings([codeTagged(...Array.from({ length: 8 }, () => ["nothing-such"]))], () => checks);
    expect(warnings).toHaveLength(6);
    expect(warnings[5]).toBe("… and 3 more tags no concept answers; `ethics validate county.yaml` lists every one");
  });

  it("leaves built-in codes alone", () => {
    const builtin = { ...codeTagged(["nothing-such"]), origin: "builtin" } as Code;
    expect(unknownTagWarnings([builtin], () => checks)).toEqual([]);
  });
});
