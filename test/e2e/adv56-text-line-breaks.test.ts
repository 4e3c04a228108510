// A user's standard written as a `|` block with a blank line and a numbered line came out of
// show as one run of words, and validate called the file valid. validate now names the text
// (the code still loads, one paragraph, as with a concept tag the index does not have).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "ethics-line-breaks-"));
const file = join(dir, "riverside-agency.yaml");
const source = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const plain = /^( +)text: (Will not accept gifts[^\n]*)$/m.exec(source)!;
writeFileSync(file, source.replace(plain[0], `${plain[1]}text: |\n${plain[1]}  ${plain[2]}\n\n${plain[1]}  Exceptions:\n${plain[1]}  1. a card`));
const line = source.slice(0, plain.index).split("\n").length;

describe("a standard's text with line breaks", () => {
  it("is named by validate, at its key", () => {
    const run = ethics(["validate", dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}:${line}:${plain[1]!.length + 1} `);
    expect(run.stdout).toContain("its line breaks are not kept: a text is one paragraph (a list goes in items, a paragraph set apart in notes)");
  });

  it("loads as one paragraph, as before", () => {
    const run = ethics(["--data", dir, "search", "gifts", "--code", "riverside", "--json"]);
    expect(run.code).toBe(0);
    const texts = (JSON.parse(run.stdout) as { hits: { text: string }[] }).hits.map((hit) => hit.text);
    expect(texts).toContain(`${plain[2]} Exceptions: 1. a card`);
  });
});
