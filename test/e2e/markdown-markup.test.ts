// The Markdown export renders a code's words as they are: a user's text that reads as Markdown
// (a heading, a ~~~ fence that would swallow the rest of the page, a rule, a list, an entity,
// ~strikethrough~, $math$, the # that closes a heading) is escaped, so that a renderer shows the
// characters, not markup.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const TEXTS: [written: string, exported: string][] = [
  ["## Two hashes open a heading", "\\## Two hashes open a heading"],
  ["###### Six too", "\\###### Six too"],
  ["####### Seven do not", "####### Seven do not"],
  ["~~~ a fence would swallow the rest", "\\~\\~\\~ a fence would swallow the rest"],
  ["---", "\\---"],
  ["- a list item", "\\- a list item"],
  ["1) a list item too", "1\\) a list item too"],
  ["1986. A year, not a list", "1986\\. A year, not a list"],
  ["Say &amp; and &#35; and &copy; as written; keep R&D and a & b", "Say \\&amp; and \\&#35; and \\&copy; as written; keep R&D and a & b"],
  ["No ~~strikethrough~~ here", "No \\~\\~strikethrough\\~\\~ here"],
  ["Gifts of $25-$50 are not math", "Gifts of \\$25-\\$50 are not math"],
  ["A heading would drop this ##", "A heading would drop this \\##"],
];

function codeFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-markdown-"));
  const preamble = TEXTS.map(([text]) => `  - text: ${JSON.stringify(text)}`).join("\n");
  writeFileSync(
    join(dir, "marked.yaml"),
    `id: marked
title: Marked Code
shortName: Marked
jurisdiction: Nowhere
numbering: source
source:
  document: Marked
preamble:
${preamble}
sections:
  - id: only
    title: Only
    standards:
      - number: 1
        text: "~~~"
        items:
          - label: a
            text: kept inside the code block of a fence, were the fence markup
      - number: 2
        text: "# Will not accept gifts"
  - id: numbered
    title: "Standard #"
    standards:
      - number: 1
        text: Keep records.
`,
  );
  return dir;
}

describe("export --format md of a code whose words read as Markdown", () => {
  const dir = codeFile();
  const { stdout, stderr, code } = ethics(["--data", dir, "export", "--format", "md", "--code", "marked"]);

  it("succeeds quietly", () => {
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it.each(TEXTS)("%j is a paragraph of its own words", (_, exported) => {
    expect(stdout).toContain(`\n\n${exported}\n`);
  });

  it("keeps a heading's closing # as its own", () => {
    expect(stdout).toContain("\n## Standard \\#\n");
  });

  it("escapes the markup that opens a standard's text, not its list number", () => {
    expect(stdout).toContain("\n1. \\~\\~\\~\n    - **a.** kept inside");
    expect(stdout).toContain("\n2. \\# Will not accept gifts\n");
  });
});

describe("export --format md of a section whose numbers skip", () => {
  // A renderer counts a list on from its first number: 1., 3., 4. would read 1, 2, 3.
  const dir = mkdtempSync(join(tmpdir(), "ethics-markdown-"));
  const standards = [1, 3, 4, 7].map((number) => `      - number: ${number}\n        text: Rule ${number}.`).join("\n");
  writeFileSync(
    join(dir, "gaps.yaml"),
    `id: gaps\ntitle: Gaps Code\nshortName: Gaps\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: Gaps\nsections:\n  - id: only\n    title: Only\n    standards:\n${standards}\n`,
  );
  const { stdout, stderr, code } = ethics(["--data", dir, "export", "--format", "md", "--code", "gaps"]);

  it("starts a list at each skip, by a change of delimiter, so each number shows", () => {
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("\n\n1. Rule 1.\n3) Rule 3.\n4) Rule 4.\n7. Rule 7.\n");
  });
});

describe("export --format md of a standard numbered with more than nine digits", () => {
  // CommonMark's list markers have at most nine digits: "12345678901) Rule." was read as more
  // text of the standard before it, and its items as that standard's.
  const dir = mkdtempSync(join(tmpdir(), "ethics-markdown-"));
  writeFileSync(
    join(dir, "huge.yaml"),
    [
      "id: huge",
      "title: Huge Numbers",
      "shortName: Huge",
      "jurisdiction: Nowhere",
      "source:",
      "  document: Huge",
      "sections:",
      "  - id: only",
      "    title: Only",
      "    standards:",
      "      - number: 1",
      "        text: Rule one.",
      "      - number: 123456789",
      "        text: Nine digits are a marker still.",
      "      - number: 12345678901",
      "        text: Rule eleven digits.",
      "        items:",
      "          - label: a",
      "            text: Its item.",
      "        notes: [Its note.]",
      "      - number: 12345678902",
      "        text: Rule bare.",
      "      - number: 12345678903",
      "        text: Last rule.",
      "        items:",
      "          - label: a",
      "            text: Item of the last.",
      "",
    ].join("\n"),
  );
  const { stdout, stderr, code } = ethics(["--data", dir, "export", "--format", "md", "--code", "huge"]);

  it("stands in a paragraph of its own, its items a list after it", () => {
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        "## Only",
        "",
        "1. Rule one.",
        "123456789) Nine digits are a marker still.",
        "",
        "12345678901\\. Rule eleven digits.",
        "",
        "- **a.** Its item.",
        "- *Note:* Its note.",
        "",
        "12345678902\\. Rule bare.",
        "",
        "12345678903\\. Last rule.",
        "",
        "- **a.** Item of the last.",
        "",
      ].join("\n"),
    );
  });
});
