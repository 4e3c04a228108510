// A user's code whose file tags every standard with `concepts:` is read by those tags in `topic`
// and `topics` too, as in `diff` and the handout: none of it is inferred, and a matter it does
// not tag it does not address. (Before, every user's code was "inferred, not curated" there, and
// one silent on a theme "none found".)
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { codeFile } from "./tagged-code-file.js";

const dir = mkdtempSync(join(tmpdir(), "ethics-tagged-topics-"));
writeFileSync(join(dir, "tagged.yaml"), codeFile("tagged", "Tagged", [["accepting-gifts"], ["keeping-confidences"]]));
writeFileSync(join(dir, "half.yaml"), codeFile("half", "Half", [["accepting-gifts"], undefined]));

const run = (...args: string[]) => ethics(["--data", dir, ...args], { env: { COLUMNS: "80", ETHICS_NO_CACHE: "1" } });

describe("topic and topics with a user's code that tags every standard", () => {
  it("topics marks only the code with untagged standards as inferred", () => {
    const { stdout, stderr, code } = run("topics");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/│ half\* │ tagged │/);
    expect((JSON.parse(run("topics", "--json").stdout) as { inferred: string[] }).inferred).toEqual(["half"]);
  });

  it("topic: the tagged code is read by its tags, and is silent where it tags nothing", () => {
    const gifts = run("topic", "gifts");
    expect(gifts.code).toBe(0);
    expect(gifts.stdout).toContain("\nTagged — prohibits\n");
    // Half's standards on gifts: one tagged, one inferred; the guess is the one marked.
    expect(gifts.stdout).toContain("\nHalf — prohibits (1 of 2 inferred, not curated)\n  Half 1 · prohibits (");
    expect(gifts.stdout).toContain("\n  Half 2 · prohibits · inferred (");
    const money = run("topic", "money-and-loans");
    expect(money.code).toBe(0);
    expect(money.stdout).toContain("\nTagged — not addressed");
    expect(money.stdout).toContain("\nHalf — none found (inferred, not curated)");
  });

  it("--json: the tagged code's entry is not inferred; the other's is, and so is its untagged standard", () => {
    const codes = (JSON.parse(run("topic", "gifts", "--json").stdout) as { codes: { code: string; inferred?: true; standards: { number: string; inferred?: true }[] }[] }).codes;
    const of = (id: string) => codes.find((entry) => entry.code === id)!;
    expect(of("tagged").inferred).toBeUndefined();
    expect(of("tagged").standards.every((standard) => standard.inferred === undefined)).toBe(true);
    expect(of("half").inferred).toBe(true);
  });
});

describe("a user's code that tags some of its standards", () => {
  const partly = mkdtempSync(join(tmpdir(), "ethics-partly-tagged-"));
  writeFileSync(
    join(partly, "river.yaml"),
    [
      "id: river",
      "title: River Code",
      "shortName: River",
      "jurisdiction: Here",
      "source: { document: A code }",
      "sections:",
      "  - id: conduct",
      "    title: Conduct",
      "    standards:",
      "      - number: 1",
      "        text: I will not accept gifts from people I support.",
      "        concepts: [accepting-gifts]",
      "      - number: 2",
      "        text: I will keep what people tell me private unless the law requires otherwise.",
      "",
    ].join("\n"),
  );
  const runPartly = (...args: string[]) => ethics(["--data", partly, ...args], { env: { COLUMNS: "80", ETHICS_NO_CACHE: "1" } });

  it("topic: a theme it answers with tagged standards only is not called inferred", () => {
    const { stdout, code } = runPartly("topic", "gifts", "--code", "river");
    expect(code).toBe(0);
    expect(stdout).toContain("\nRiver — prohibits\n  River 1 · prohibits\n");
  });

  it("diff: says how many of its standards the guess is of", () => {
    const { stdout, code } = runPartly("diff", "river", "alaska");
    expect(code).toBe(0);
    expect(stdout.replace(/\n\s+/g, " ")).toContain("River's concepts are inferred from its wording for 1 of its 2 standards, not curated; its file tags the rest.");
  });
});
