// `ethics quiz --worksheet html`: the quiz on paper as a page to print, the same questions as the
// Markdown worksheet and the terminal, the answer key on a page of its own once printed.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { normalize, pdfinfo, pdftotext, printToPdf, skipReason } from "./browser.js";
import { ethics, expectShortFailure } from "./run.js";

interface JsonQuestion {
  prompt: string;
  choices: string[];
  answer: number;
  explanation: string;
}

const args = ["quiz", "--code", "alaska,wisconsin", "--count", "6", "--seed", "7"];
const page = ethics([...args, "--worksheet", "html"], { input: "" });
const questions: JsonQuestion[] = JSON.parse(ethics([...args, "--json"]).stdout).questions;
/** The page's text without its markup, entities read back, as a reader sees it. */
const readText = (html: string) =>
  normalize(
    html
      .replace(/<style>[\s\S]*?<\/style>/, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&"),
  );

describe("ethics quiz --worksheet html", () => {
  it("prints one page of HTML, without asking", () => {
    expect([page.code, page.stderr]).toEqual([0, ""]);
    expect(page.stdout).toMatch(/^<!doctype html>\n/);
    expect(page.stdout).toMatch(/<\/html>\n$/);
    expect(page.stdout).not.toContain("Your answer");
  });

  it("holds the questions the same seed asks, and their right answers in the key after them", () => {
    const text = readText(page.stdout);
    const [asked, key] = text.split(" Answers ") as [string, string];
    questions.forEach((question) => {
      for (const choice of question.choices) expect(asked).toContain(normalize(choice));
      const letter = String.fromCharCode(65 + question.answer);
      expect(key).toContain(normalize(`${letter}) ${question.choices[question.answer]} — ${question.explanation}`));
    });
  });

  it("names the command that asks the same quiz at a terminal", () => {
    expect(page.stdout).toContain("<code>ethics quiz --code alaska,wisconsin --count 6 --seed 7</code>");
  });

  it.each([
    [["quiz", "--worksheet", "pdf"], "--worksheet takes md, html or gift, not 'pdf'\nhint: to print or hand out, --worksheet html and open the page in a browser (print, or save as PDF)"],
    [["quiz", "--worksheet=txt"], "--worksheet takes md, html or gift, not 'txt'\nhint: Markdown is plain text: --worksheet md"],
    [["quiz", "--worksheet", "epub"], /not 'epub'\n$/],
    [["quiz", "--worksheet", "html", "--json"], "--worksheet and --json cannot be used together"],
  ])("refuses %j with a usage error", (command, message: string | RegExp) => {
    expectShortFailure(ethics(command), 2, message);
  });

  it("is md without a format, and before another option", () => {
    const sheet = ethics(["quiz", "--worksheet", "--count", "2", "--seed", "7"]);
    expect(sheet.code).toBe(0);
    expect(sheet.stdout).toMatch(/^# Quiz: 2 questions\n/);
  });
});

describe.skipIf(skipReason !== null)(`the worksheet printed by headless Chromium${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  it("puts the answer key on a page of its own, after every question", () => {
    const pdf = printToPdf(page.stdout, "worksheet");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync(pdfinfo!, [pdf], { encoding: "utf8" }))![1]);
    const pageText = (number: number) => normalize(execFileSync(pdftotext!, ["-f", String(number), "-l", String(number), pdf, "-"], { encoding: "utf8" }));
    const texts = Array.from({ length: pages }, (_, at) => pageText(at + 1));
    const keyPage = texts.findIndex((text) => text.startsWith("Answers"));
    expect(keyPage).toBeGreaterThan(0);
    const asked = texts.slice(0, keyPage).join(" ");
    expect(asked).not.toContain("Answers");
    for (const question of questions) for (const choice of question.choices) expect(asked).toContain(normalize(choice));
    const key = texts.slice(keyPage).join(" ");
    for (const question of questions) expect(key).toContain(normalize(question.explanation));
  });
});

describe.skipIf(skipReason !== null)(`a situation's choices printed by headless Chromium${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  // A choice's hanging indent (its letter out at the left) was inherited by the standard quoted
  // under it: each standard's first line began 1.8em left of its others, across the quote's rule.
  it("begins each standard's first line where its other lines begin, inside the quote", () => {
    const situations = ["quiz", "--code", "medi-cal", "--kind", "situation", "--count", "3", "--seed", "4"];
    const standards: { text: string }[] = (JSON.parse(ethics([...situations, "--json"]).stdout).questions as { choiceStandards: { text: string }[] }[]).flatMap((question) => question.choiceStandards);
    const pdf = printToPdf(ethics([...situations, "--worksheet", "html"]).stdout, "situations");
    const layout = execFileSync(pdftotext!, ["-bbox", pdf, "-"], { encoding: "utf8" });
    const words = [...layout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(([, x, y, word]) => ({ x: Number(x), y: Number(y), word: normalize(word!) }));
    let checked = 0;
    for (const { text } of standards) {
      const start = normalize(text).split(" ").slice(0, 3);
      const at = words.findIndex((_, index) => start.every((word, offset) => words[index + offset]?.word === word));
      expect(at, text).toBeGreaterThanOrEqual(0);
      const nextLine = words.slice(at).find((word) => word.y > words[at]!.y + 1);
      // a standard of one line, or the last on its page: nothing to line up with
      if (!nextLine || nextLine.y < words[at]!.y || !normalize(text).includes(nextLine.word)) continue;
      expect(Math.abs(words[at]!.x - nextLine.x), text).toBeLessThan(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
  });
});

// Five underscores were the gap, read by a screen reader as "underline" five times, or, at its
// usual punctuation level, not at all: "family , and caregivers". The line is still printed.
describe("a cloze's gap in the page", () => {
  it("is a line to see and a word to hear", () => {
    const cloze = ethics(["quiz", "--seed", "42", "--count", "1", "--code", "medi-cal", "--kind", "cloze", "--worksheet", "html"]);
    expect(cloze.code).toBe(0);
    expect(cloze.stdout).toContain('family <span aria-hidden="true">_____</span><span class="unseen">blank</span>, and caregivers.');
    expect(cloze.stdout).toMatch(/\n\.unseen \{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect\(0 0 0 0\);/);
  });
});
