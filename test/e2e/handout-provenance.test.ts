// The printed handout of whole codes carries what `show` and the Markdown export carry: the
// document (never "Transcribed from", our file's word), whom the code binds, what it was adapted
// from, the lines to sign, and every editor's note: on the title, on a provenance fact, on a
// section's heading. A trainer's printout must not pass the editor's title off as the source's.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

function handout(args: string[], data: string[] = []): string {
  const { stdout, stderr, code } = ethics([...data, "export", "--format", "html", ...args]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return stdout;
}

describe("export --format html: each code whole, provenance and editor's notes included", () => {
  it("names the document as show does, and whom the code binds", () => {
    const page = handout(["--code", "north-carolina"]);
    expect(page).toContain("<dt>Document</dt><dd>The North Carolina Certified Peer Support Specialist Code of Ethics</dd>");
    expect(page).toContain("<dt>Scope</dt><dd>“This code outlines uniform standards and expectations to North Carolina Certified Peer Support Specialists in the workplace.”</dd>");
    expect(page).not.toContain("Transcribed from");
  });

  it("says where the title is the editor's, not the source's", () => {
    expect(handout(["--code", "wisconsin"])).toContain(
      '<p class="jurisdiction">Wisconsin</p>\n<p class="editorial">Editor’s note: The title is the editor&#39;s: the source&#39;s only heading is “Code Of Conduct”',
    );
  });

  it("a code printed alone names the code it was adapted from, by title, with the note on the notice", () => {
    const page = handout(["--code", "medi-cal"]);
    expect(page).toContain("<dt>Adapted from</dt><dd>Working Well Together Code of Ethics for Peer Providers in California<p class=\"editorial\">Editor’s note: The project&#39;s reading");
    expect(page).toContain("<dt>Notice</dt><dd>Behavioral Health Information Notice No: 25-010<p class=\"editorial\">Editor’s note: The source names the notice only in a footnote");
  });

  it("prints the lines to sign under the attestation, with the note on it", () => {
    const page = handout(["--code", "alaska"]);
    expect(page).toMatch(/<h2>Attestation<\/h2>\n<p>I hereby attest[^\n]*<\/p>\n<p class="editorial">Editor’s note: The attestation names[^\n]*\n<p class="signature">Printed Name: _____<\/p>\n<p class="signature">Signature: _____ Date: _____<\/p>\n<\/section>/);
  });

  it("keeps a section's heading note, and a user's code's URL and unsaid scope", () => {
    expect(handout(["--code", "california"])).toContain(
      "<h2>Family Driven and Child-Centered</h2>\n<p class=\"editorial\">Editor’s note: The source&#39;s text reads “Family Driven and Child- Centered”",
    );
    const dir = mkdtempSync(join(tmpdir(), "ethics-handout-"));
    writeFileSync(
      join(dir, "linked.yaml"),
      "id: linked\ntitle: Linked Code\nshortName: Linked\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: Linked\n  url: https://example.org/code.pdf\n" +
        "sections:\n  - id: only\n    title: Only\n    editorial:\n      intro: Our remark on the intro.\n    intro: 'Staff:'\n    standards:\n      - number: 1\n        text: Keep records.\n",
    );
    const page = handout(["--code", "linked"], ["--data", dir]);
    expect(page).toContain("<dt>URL</dt><dd>https://example.org/code.pdf</dd>");
    expect(page).toContain("<dt>Scope</dt><dd>the source does not say whom it binds</dd>");
    expect(page).toContain('<p class="intro">Staff:</p>\n<p class="editorial">Editor’s note: Our remark on the intro.</p>');
  });
});
