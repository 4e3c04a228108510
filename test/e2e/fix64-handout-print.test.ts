// The printed handout, with a trainer's own code beside the five (test/fixtures/riverbend): on
// paper its qualifiers came out 8pt #444 (.85em of a table's .9em of 10.5pt), its strengths 7pt,
// an editor's note in a code's provenance 8.7pt, its citations for discussion and its footer
// 8–9pt grey: too small and too light to read printed.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { normalize, pdftohtml, pdftotext, printToPdf, skipReason } from "./browser.js";
import { riverbendHandout } from "./riverbend-handout.js";

const handout = riverbendHandout;

/** A colour's contrast against white paper, as WCAG reckons it. */
function contrastOnWhite(hex: string): number {
  const channel = (at: number) => {
    const value = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/** Every run of text's font size (points) and colour in a PDF, with its text, as poppler reads it. */
function printedRuns(pdf: string): { size: number; color: string; text: string }[] {
  // At its largest zoom, 3, poppler gives sizes in thirds of a point.
  const xml = execFileSync(pdftohtml!, ["-xml", "-i", "-stdout", "-zoom", "3", pdf], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const fonts = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="(\d+)" family="[^"]*" color="(#[0-9a-f]{6})"\/>/g)].map(([, id, size, color]) => [id!, { size: Number(size) / 3, color: color! }]));
  return [...xml.matchAll(/<text [^>]*font="(\d+)">(.*?)<\/text>/g)].map(([, font, text]) => ({ ...fonts.get(font!)!, text: text!.replace(/<[^>]+>/g, "") })).filter((run) => run.text.trim() !== "");
}

describe.skipIf(skipReason !== null)(`the handout on paper${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  it.each([
    ["a topic, a user's code beside the five", ["--topic", "gifts"], "print-topic"],
    ["whole codes, an editor's notes among them", ["--code", "medi-cal,riverbend"], "print-codes"],
  ])("%s: no text under 9pt, none lighter than 7:1 on white, grey text near black", (_title, args, name) => {
    const pdf = printToPdf(handout(args), name);
    const runs = printedRuns(pdf);
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs) {
      expect(run.size, `${run.size}pt: ${run.text}`).toBeGreaterThanOrEqual(9);
      expect(contrastOnWhite(run.color), `${run.color}: ${run.text}`).toBeGreaterThanOrEqual(7);
      // A grey prints as dots of black: light ones break the letters up.
      if (run.color.slice(1, 3) === run.color.slice(3, 5) && run.color.slice(3, 5) === run.color.slice(5, 7)) expect(contrastOnWhite(run.color), `${run.color}: ${run.text}`).toBeGreaterThanOrEqual(12);
    }
  });

  it("prints the user code's mark and what of it is guessed", () => {
    const pdf = printToPdf(handout(["--topic", "gifts", "--code", "riverbend,alaska"]), "print-marks");
    const text = normalize(execFileSync(pdftotext!, [pdf, "-"], { encoding: "utf8" }));
    expect(text).toContain("Riverbend (user code)");
    expect(text).toContain("3 of 4 inferred, not curated");
    expect(text).toContain("Riverbend · Gifts 2 (inferred)");
  });
});
