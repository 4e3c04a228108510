// The help's own example, `ethics quiz --topic gifts --seed 42`, "the same quiz for a whole
// class", gave another quiz to a student who had loaded a code of their own on other matters
// (phones and supervision, nothing on gifts): with no --code, every loaded code was the quiz's,
// so that code's name was a wrong choice, its words were in the cloze vocabulary and its sections
// among the situations, and the random numbers drawn for them moved every question after. A
// code with no standard on the topic is asked nothing: the quiz is the class's.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quizJson } from "./quiz-json.js";

const phonesDir = mkdtempSync(join(tmpdir(), "ethics-quiz-topic-seed-"));
writeFileSync(
  join(phonesDir, "phones.yaml"),
  [
    "id: phones",
    "title: Phone and Supervision Code",
    "shortName: Phones",
    "jurisdiction: Nowhere",
    "source: { document: Phone and Supervision Code }",
    "sections:",
    "  - id: practice",
    "    title: Practice",
    "    standards:",
    "      - number: 1",
    "        text: Peer workers attend monthly supervision with a qualified mentor.",
    "      - number: 2",
    "        text: Peer workers complete annual training on documentation and billing practices.",
    "  - id: phones",
    "    title: Phones",
    "    standards:",
    "      - number: 1",
    "        text: Peer workers answer telephone messages within two business days whenever possible.",
    "",
  ].join("\n"),
);

describe("quiz --topic --seed without --code: the class's quiz, whatever code on other matters a student loaded", () => {
  it.each([[["--topic", "gifts", "--seed", "42"]], [["--topic", "gifts", "--seed", "1", "--count", "20"]], [["--topic", "confidentiality-and-privacy", "--seed", "7"]]])("%j", (args) => {
    const alone = quizJson(["quiz", ...args]);
    expect(alone).not.toContain("Phones");
    expect(quizJson(["--data", phonesDir, "quiz", ...args])).toBe(alone);
    expect(quizJson(["quiz", ...args], { ETHICS_DATA: phonesDir })).toBe(alone);
  });
});
