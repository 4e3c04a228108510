// A trainer's agency code tags one of its nine standards with concepts (`concepts:`). `quiz --code
// riverbend --kind situation` failed with "no question … can be made from these standards" and a
// hint to widen the quiz, though the cause was the code's untagged standards; and its situation
// card on a $25 gift card showed Gifts 1 ("a small token gift worth no more than $20") without
// Gifts 2 ("Will never accept cash, gift cards…"), which decides it, and without a word.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, unwrapped } from "./run.js";

const data = join(root, "test/fixtures/partly-tagged");
const file = join(data, "riverbend.yaml");

describe("a user's code that tags few of its standards with concepts", () => {
  it("quiz --kind situation: the error says how many are tagged and how to tag them, within 80 columns", () => {
    const run = ethics(["--data", data, "quiz", "--code", "riverbend", "--kind", "situation"], { env: { COLUMNS: "80" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe(
      "ethics: no question of the kind asked for (situation) can be made from these standards: a situation's answer and its wrong choices are standards tagged with the matters they govern, and 1 of Riverbend's 9 standards is tagged with concepts in its file (`concepts:`); 8 have concepts only inferred from their wording, which a quiz does not teach as the code's rule\n" +
        `hint: tag the standards of ${file} with the matters they govern (\`concepts: [accepting-gifts, …]\`; \`ethics concepts\` lists them, and the README's "Adding your own code" tells how): a situation needs its answer and two standards on other matters tagged\n`,
    );
    expect(run.stderr.split("\n").every((line) => line.length <= 80)).toBe(true);
  });

  it.each([
    ["money-and-loans", "lending-and-borrowing-money"],
    ["electronic-communication-and-social-media", "social-media"],
  ])("quiz --topic %s --kind situation: the hint's example is a concept of that topic (%s), not accepting-gifts", (topic, example) => {
    const run = ethics(["--data", data, "quiz", "--code", "riverbend", "--topic", topic, "--kind", "situation"], { env: { COLUMNS: "80" } });
    expect(run.code).toBe(1);
    expect(unwrapped(run.stderr)).toContain(`(\`concepts: [${example}, …]\`;`);
    expect(run.stderr.split("\n").every((line) => line.length <= 80)).toBe(true);
  });

  it("quiz with other kinds: the note says why there are no situations", () => {
    const run = ethics(["--data", data, "quiz", "--code", "riverbend", "--kind", "situation,strength", "--count", "3", "--seed", "1", "--json"]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { notes: string[] }).notes).toEqual([
      "No “which standard governs this situation” questions could be made from these standards: 1 of Riverbend's 9 standards is tagged with concepts in its file (`concepts:`); 8 have concepts only inferred from their wording.",
    ]);
  });

  it("export --format anki-situations: the card names the untagged standards on its matter, and a warning says so", () => {
    const run = ethics(["--data", data, "export", "--format", "anki-situations", "--code", "riverbend"], { env: { COLUMNS: "80" } });
    expect(run.code).toBe(0);
    const giftCard = run.stdout.split("\n").find((line) => line.startsWith("Someone I support brought me a $25 gift card"))!;
    expect(giftCard).toContain("<b>Riverbend · Gifts 1</b>");
    expect(giftCard).toContain("<i>Also perhaps on this matter, but not tagged with it in Riverbend's file and so not shown: Riverbend · Gifts 2, Riverbend · Gifts 4.</i>");
    expect(unwrapped(run.stderr)).toBe(
      `ethics: warning: ${file}: situation cards are made of the standards a file tags with concepts, and 1 of Riverbend's 9 standards is tagged with concepts in its file (\`concepts:\`); 8 have concepts only inferred from their wording: Gifts 2 and Gifts 4 read as on accepting gifts, whose card shows only Gifts 1. The cards name them; tag them (\`concepts: […]\`) to put them on the backs\n`,
    );
    expect(run.stderr.split("\n").every((line) => line.length <= 80)).toBe(true);
  });
});
