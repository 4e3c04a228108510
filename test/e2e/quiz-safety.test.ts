// Text that did not come from ethics, in quiz and flash-card output: a typed answer is shown made
// visible and cut short, --json escapes a code's bidi controls as every --json does, and a code's
// own words never read as Anki's cloze markup.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const data = mkdtempSync(join(tmpdir(), "ethics-quiz-safety-"));
writeFileSync(
  join(data, "evil.yaml"),
  `id: evil
title: Evil Code
shortName: "Evil\\u202e"
jurisdiction: Here
source:
  document: Evil Code
sections:
  - id: gifts
    title: Gifts
    standards:
      - number: 1
        text: "Will not accept gifts \\u202e from people they support."
      - number: 2
        text: Will not lend money to people they support; see {{c1::agency policy}} for {{c2::details}}.
`,
);

/** Raw controls a terminal would act on: C0 but the newline, DEL, C1, the bidi controls. */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("ethics quiz, scripted", () => {
  it("shows each answer made visible, and of a long one only its start", () => {
    const input = "\x1b]0;pwned\x07\u202e\n" + "x".repeat(3_000_000) + "\n";
    const { stdout, stderr, code } = ethics(["quiz", "--seed", "42", "--count", "2"], { input });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).not.toMatch(RAW_CONTROL);
    const echoed = stdout.split("\n").filter((line) => line.startsWith("Your answer"));
    // each question's choices, A to its last letter: the widths shown are the same
    const last = (JSON.parse(ethics(["quiz", "--seed", "42", "--count", "2", "--json"]).stdout) as { questions: { choices: string[] }[] }).questions.map((question) => String.fromCharCode(64 + question.choices.length));
    expect(echoed).toEqual([`Your answer (A–${last[0]}): ␛]0;pwned␇<U+202E>`, `Your answer (A–${last[1]}): ${"x".repeat(39)}…`]);
    expect(stdout).toContain("'␛]0;pwned␇<U+202E>' is not one of the choices");
    expect(stdout.length).toBeLessThan(10_000);
  });
});

describe("a code's bidi controls and cloze markup", () => {
  it("quiz --json escapes them as every --json does; the values read back are the code's", () => {
    const { stdout, code } = ethics(["--data", data, "quiz", "--code", "evil", "--seed", "1", "--json"]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('"citation": "Evil\\u202e 1"');
    const quiz = JSON.parse(stdout) as { questions: { citation: string; prompt: string }[] };
    expect(quiz.questions.map((question) => question.citation)).toContain("Evil\u202e 1");
    expect(quiz.questions.some((question) => question.prompt.includes("gifts \u202e from"))).toBe(true);
  });

  it.each([
    ["anki-cloze", 1],
    ["anki", 0],
  ])("export --format %s: the code's {{ and }} are not Anki's cloze markup", (format, deletions) => {
    const { stdout, code } = ethics(["--data", data, "export", "--format", format, "--code", "evil"]);
    expect(code).toBe(0);
    const row = stdout.split("\n").find((line) => line.includes("lend money"))!;
    expect(row.match(/\{\{c\d+::/g) ?? []).toHaveLength(deletions);
    expect(row).toContain("see {&#8205;{c1::agency policy}&#8205;} for {&#8205;{c2::");
    expect(row.replace(/<[^>]*>|&#8205;|\{\{c1::(?=\w+\}\})|(?<=\{\{c1::\w+)\}\}/g, "")).toContain(
      "Will not lend money to people they support; see {{c1::agency policy}} for {{c2::details}}.",
    );
  });
});
