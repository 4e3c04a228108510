// `ethics export --format anki-cloze` of a user's code in Russian, Arabic or Japanese hid each
// card's whole text: the word to hide was chosen among Latin words alone. A word of the text's
// own script is hidden now; a text with no word at all is still hidden whole.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "ethics-cloze-scripts-"));
writeFileSync(
  join(dir, "russian.yaml"),
  [
    "id: ru-code",
    'title: "Кодекс этики специалистов равной поддержки"',
    'shortName: "Кодекс"',
    "jurisdiction: Somewhere",
    "source:",
    '  document: "Кодекс этики специалистов равной поддержки"',
    "sections:",
    "  - id: boundaries",
    '    title: "Границы"',
    "    standards:",
    "      - number: 1",
    '        text: "Специалист не даёт деньги в долг людям, которых поддерживает."',
    "      - number: 2",
    '        text: "専門家は、支援する人から贈り物を受け取らない。"',
    "      - number: 3",
    '        text: "لا يقبل الأخصائي الهدايا من العملاء."',
    "      - number: 4",
    '        text: "— 12 —"',
    "",
  ].join("\n"),
);

/** Each card's text as the export writes it, the citation and markup around it taken off. */
function cardTexts(env: Record<string, string> = {}): string[] {
  const result = ethics(["--data", dir, "export", "ru-code", "--format", "anki-cloze"], { env });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout
    .split("\n")
    .filter((line) => line.startsWith("<b>"))
    .map((line) => line.split("\t")[0]!.replace(/^<b>.*?<\/b><br>/, "").replace(/<\/?bdi>/g, ""));
}

describe("anki-cloze cards of a code in other scripts", () => {
  it("hide a word of the text's own script, and a text without a word whole", () => {
    expect(cardTexts({ ETHICS_NO_CACHE: "1" })).toEqual([
      "Специалист не даёт деньги в долг людям, которых {{c1::поддерживает}}.",
      "専門家は、支援する人から{{c1::贈り物}}を受け取らない。",
      "لا يقبل {{c1::الأخصائي}} الهدايا من العملاء.",
      "{{c1::— 12 —}}",
    ]);
  });

  it("are the same made from the cache's word counts as made afresh", () => {
    const fresh = cardTexts({ ETHICS_NO_CACHE: "1" });
    expect(cardTexts()).toEqual(fresh);
    expect(cardTexts()).toEqual(fresh);
  });
});
