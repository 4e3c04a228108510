// `--data '~/codes'` (quoted) or `--data=~/codes` reaches ethics with its ~ as is: the shell
// expands it only unquoted, at a word's start. The message named '<cwd>/~/codes' without a word
// on why; it now says the ~ was not expanded, names the folder it would have been (and whether
// that exists), and how to write it. ETHICS_DATA set in quotes is the same, as a warning.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a --data path with a ~ the shell did not expand", () => {
  const cwd = mkdtempSync(join(tmpdir(), "ethics-tilde-"));
  // The home folder the ~ would have been: my-codes is in it, elsewhere is not.
  const home = mkdtempSync(join(tmpdir(), "ethics-tilde-home-"));
  mkdirSync(join(home, "my-codes"));
  const notExpanded = "~ is not expanded in quotes or after = (a shell expands it only unquoted, at a word's start)";

  it.each([
    [["--data", "~/my-codes", "list"], "~/my-codes", `hint: you may mean ${home}/my-codes: write --data ~/my-codes unquoted, or --data ${home}/my-codes`],
    [["--data=~/my-codes", "list"], "~/my-codes", `hint: you may mean ${home}/my-codes: write --data ~/my-codes unquoted, or --data ${home}/my-codes`],
    [["--data", "~", "list"], "~", `hint: you may mean ${home}: write --data ~ unquoted, or --data ${home}`],
    [["--data", "~/elsewhere", "list"], "~/elsewhere", `hint: nor does ${home}/elsewhere, what ~/elsewhere would be; check the path given to --data`],
  ])("%j says why and names the folder meant, exit 1", (args, path, hint) => {
    const result = ethics(args, { cwd, env: { HOME: home } });
    expect(result.stdout).toBe("");
    expect(result.stderr.replace(/\n {6,8}/g, " ")).toBe(`ethics: data directory '${path}' does not exist: ${notExpanded}\n${hint}\n`);
    expect(result.code).toBe(1);
  });

  it.each([
    ["~/my-codes", `you may mean ${home}/my-codes`],
    ["~", `you may mean ${home}`],
    ["~/elsewhere", `nor is there a folder ${home}/elsewhere`],
  ])("ETHICS_DATA=%s (quoted when set): a warning saying why, naming the folder meant; the command answers", (entry, meant) => {
    const result = ethics(["show", "alaska", "conduct", "1"], { cwd, env: { HOME: home, ETHICS_DATA: entry } });
    expect(result.stdout).toMatch(/^Alaska · Conduct 1\n/);
    expect(result.stderr.replace(/\n {8}/g, " ")).toBe(
      `ethics: warning: ETHICS_DATA: no folder '${entry}': ~ is not expanded in quotes (a shell expands it only unquoted, at a word's start); ${meant}; skipped\n`,
    );
    expect(result.code).toBe(0);
  });

  // One place decides whether a folder is there and says why not (usableDirectories): the ~
  // entries were once sifted out first, and warned of before every other entry.
  it("several bad ETHICS_DATA entries: a warning each, in the order written, each saying why", () => {
    const missing = join(cwd, "moved-away");
    const result = ethics(["show", "alaska", "conduct", "1"], { cwd, env: { HOME: home, ETHICS_DATA: `${missing}:~/elsewhere:~/my-codes` } });
    expect(result.stdout).toMatch(/^Alaska · Conduct 1\n/);
    const why = "~ is not expanded in quotes (a shell expands it only unquoted, at a word's start)";
    expect(result.stderr.replace(/\n {8}/g, " ")).toBe(
      `ethics: warning: ETHICS_DATA: no folder '${missing}'; skipped\n` +
        `ethics: warning: ETHICS_DATA: no folder '~/elsewhere': ${why}; nor is there a folder ${home}/elsewhere; skipped\n` +
        `ethics: warning: ETHICS_DATA: no folder '~/my-codes': ${why}; you may mean ${home}/my-codes; skipped\n`,
    );
    expect(result.code).toBe(0);
  });

  it("--data: the first folder that is not there is the error, a ~ one saying why", () => {
    const missing = join(cwd, "moved-away");
    const first = ethics(["--data", missing, "--data", "~/my-codes", "list"], { cwd, env: { HOME: home } });
    expect(first.stderr).toBe(`ethics: data directory '${missing}' does not exist\nhint: check the path given to --data or in ETHICS_DATA\n`);
    expect(first.code).toBe(1);
    const second = ethics(["--data", "~/my-codes", "--data", missing, "list"], { cwd, env: { HOME: home } });
    expect(second.stderr.replace(/\n {6,8}/g, " ")).toBe(
      `ethics: data directory '~/my-codes' does not exist: ${notExpanded}\nhint: you may mean ${home}/my-codes: write --data ~/my-codes unquoted, or --data ${home}/my-codes\n`,
    );
    expect(second.stdout).toBe("");
    expect(second.code).toBe(1);
  });

  it("a folder really named ~ is read", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-tilde-real-"));
    mkdirSync(join(dir, "~", "codes"), { recursive: true });
    writeFileSync(
      join(dir, "~", "codes", "tilde.yaml"),
      "id: tilde\ntitle: Tilde Code\nshortName: Tilde\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: Tilde\n" +
        "sections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: Will not accept gifts from people they support.\n",
    );
    for (const run of [ethics(["--data", "~/codes", "show", "tilde", "1"], { cwd: dir }), ethics(["show", "tilde", "1"], { cwd: dir, env: { ETHICS_DATA: "~/codes" } })]) {
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("Will not accept gifts from people they support.");
      expect(run.code).toBe(0);
    }
  });
});
