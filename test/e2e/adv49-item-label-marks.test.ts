// An item label written as the source prints it, its own mark with it ("(a)", "ii.", "1)", as
// docs/data-format.md asks: "a label is one word, as the source prints it"), is printed so,
// once: a dot was put after every label, and "(a)" read "(a).", "ii." read "ii..", in `show`
// and in every export a handout or a card is made from. A bare label ("a") gets its dot.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const ITEM = "          - label: a\n            text: Tell people the limits of confidentiality at the first meeting.";

/** The Riverside code, its one item labelled `label`. */
function folderWithLabel(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-label-mark-"));
  expect(fixture).toContain(ITEM);
  writeFileSync(join(dir, "riverside-agency.yaml"), fixture.replace(ITEM, ITEM.replace("label: a", `label: "${label}"`)));
  return dir;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const ITEM_TEXT = "Tell people the limits of confidentiality at the first meeting.";

describe("an item label that carries its own mark", () => {
  it.each([
    // Markdown escapes what would read as a list's number: "1\)" shows "1)".
    ["(a)", "(a)", "(a)"],
    ["ii.", "ii.", "ii."],
    ["1)", "1)", "1\\)"],
    ["a", "a.", "a."],
  ])("%s is printed %s, by show and every export", (label, printed, markdown) => {
    const data = ["--data", folderWithLabel(label)];
    const outputs = {
      show: ethics([...data, "show", "riverside", "privacy", "1"]),
      md: ethics([...data, "export", "--format", "md", "--code", "riverside"]),
      csv: ethics([...data, "export", "--format", "csv", "--code", "riverside"]),
      html: ethics([...data, "export", "--format", "html", "--code", "riverside"]),
      anki: ethics([...data, "export", "--format", "anki", "--code", "riverside"]),
    };
    for (const [format, result] of Object.entries(outputs)) {
      expect(result.stderr, format).toBe("");
      expect(result.code, format).toBe(0);
    }
    expect(outputs.show.stdout).toContain(`\n  ${printed} ${ITEM_TEXT}\n`);
    expect(outputs.md.stdout).toContain(`- **${markdown}** ${ITEM_TEXT}\n`);
    // The cell quoted where it must be (a parenthesis), bare where not.
    expect(outputs.csv.stdout).toMatch(new RegExp(`,"?${escaped(`${printed} ${ITEM_TEXT}`)}"?,`));
    expect(outputs.html.stdout).toContain(`<span class="label">${printed}</span> ${ITEM_TEXT}`);
    expect(outputs.anki.stdout).toContain(`<br>${printed} ${ITEM_TEXT}`);
  });
});
