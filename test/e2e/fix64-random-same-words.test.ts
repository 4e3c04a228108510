// `random --topic gifts --count 4 --seed 3` showed Medi-Cal Integrity 5 and Working Well Together
// Integrity 5, word for word the same: four standards to talk over in a class, one of them twice.
// A text is drawn once, and the other standards that say it word for word are named under it.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

interface JsonPick {
  text: string;
  citation: string;
  sameWords: string[];
}

function picks(args: string[]): { standards: JsonPick[]; notes: string[] } {
  const run = ethics(["random", ...args, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { standards: JsonPick[]; notes: string[] };
}

describe("random: a text shared word for word is shown once, with the others that say it", () => {
  it.each([
    [["--topic", "gifts", "--count", "4", "--seed", "3"]],
    [["--topic", "gifts", "--count", "7", "--seed", "11"]],
    [["--code", "medi-cal,california", "--count", "30", "--seed", "5"]],
    [["--code", "medi-cal,california", "--topic", "gifts", "--count", "4", "--today"]],
  ])("%j: no two texts the same", (args) => {
    const { standards } = picks(args);
    expect(new Set(standards.map((pick) => pick.text)).size).toBe(standards.length);
  });

  it("names the standard that shares the words, in --json and as printed, within 80 columns", () => {
    const { standards } = picks(["--topic", "gifts", "--count", "4", "--seed", "3"]);
    const integrity5 = standards.find((pick) => pick.text.startsWith("Follow organizational policies"))!;
    expect(integrity5.sameWords).toEqual([integrity5.citation.startsWith("Medi-Cal") ? "Working Well Together · Integrity 5" : "Medi-Cal · Integrity 5"]);
    expect(standards.find((pick) => pick.citation === "North Carolina 15")?.sameWords).toEqual([]);
    const run = ethics(["random", "--topic", "gifts", "--count", "4", "--seed", "3"], { env: { COLUMNS: "80" } });
    expect(run.stdout).toContain(`${integrity5.citation}\n  Follow organizational policies and guidelines regarding giving and receiving\n  gifts.\n  Also, word for word: ${integrity5.sameWords[0]}\n`);
    expect(run.stdout.split("\n").every((line) => line.length <= 80)).toBe(true);
  });

  it("fewer texts than asked: the note counts texts, not standards", () => {
    const { standards, notes } = picks(["--topic", "gifts", "--count", "9", "--seed", "3"]);
    expect(standards).toHaveLength(5);
    expect(notes).toEqual(["9 asked; only 5 texts are on gifts to draw from (standards that say the same words are one, shown with the others' citations): each is shown once."]);
  });

  it("the first is still the one the same seed picks alone", () => {
    const alone = ethics(["random", "--topic", "gifts", "--seed", "3", "--json"]);
    expect((JSON.parse(alone.stdout) as JsonPick).citation).toBe(picks(["--topic", "gifts", "--count", "4", "--seed", "3"]).standards[0]!.citation);
  });
});
