// Similarity read Latin letters alone. A revision of a user's code in Russian, Arabic or
// Japanese had no words to weigh: a standard reworded by one word paired with nothing, and the
// diff listed it as new and as left out instead of changed, word by word.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffCodes } from "../../../src/core/compare/diff.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { oneSectionCode as code } from "./one-section-code.js";

const builtIn = readDataDirectory(join(import.meta.dirname, "../../../data"));


describe("a revision of a code in another script than Latin", () => {
  it.each([
    [
      "Russian",
      ["Я не принимаю подарки от людей, которых поддерживаю.", "Я храню в тайне то, что мне рассказывают."],
      ["Я не принимаю ценные подарки от людей, которых поддерживаю.", "Я храню в тайне то, что мне рассказывают."],
    ],
    [
      "Arabic",
      ["أحترم خصوصية الأشخاص الذين أدعمهم وسرية معلوماتهم.", "لا أقبل الهدايا من الأشخاص الذين أدعمهم."],
      ["أحترم خصوصية جميع الأشخاص الذين أدعمهم وسرية معلوماتهم.", "لا أقبل الهدايا من الأشخاص الذين أدعمهم."],
    ],
    [
      "Japanese",
      ["私は支援する人々から贈り物を受け取りません。", "私は聞いたことの秘密を守ります。"],
      ["私は支援する人々から高価な贈り物を受け取りません。", "私は聞いたことの秘密を守ります。"],
    ],
  ])("%s: the standard reworded is changed, word by word", (_script, before, after) => {
    const library = { ...builtIn, codes: [...builtIn.codes, code("agency", before), code("agency-two", after, "agency")] };
    const diff = diffCodes(library, "agency", "agency-two");
    expect(diff.kind).toBe("revision");
    expect(diff.pairs.map((pair) => [pair.a.number, pair.b.number, pair.status])).toEqual([
      [1, 1, "changed"],
      [2, 2, "same"],
    ]);
    expect(diff.onlyA.length + diff.onlyB.length + diff.relatedA.length + diff.relatedB.length).toBe(0);
    expect(diff.pairs[0]!.changes.filter((change) => change.type !== "same").map((change) => change.type)).toEqual(["added"]);
  });
});
