import { execFileSync } from "node:child_process";
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ethics, root } from "./run.js";

describe("completion", () => {
  // A PATH where `ethics` is the built command, as after installing it.
  const binDir = mkdtempSync(join(tmpdir(), "ethics-bin-"));
  symlinkSync(join(root, "bin/ethics.cjs"), join(binDir, "ethics"));

  function bashComplete(words: string[]): string[] {
    const script = ethics(["completion", "bash"]).stdout;
    const line = `COMP_WORDS=(${words.map((word) => `'${word}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _ethics_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const output = execFileSync("bash", ["-c", `${script}\n${line}`], {
      env: { ...process.env, PATH: `${binDir}:${process.env.PATH}` },
      encoding: "utf8",
    });
    return output.split("\n").filter(Boolean);
  }

  it.each([
    [["ethics", "sh"], ["show"]],
    [["ethics", "show", "med"], ["medi-cal"]],
    [["ethics", "show", "alaska", "co"], ["conflicts-of-interest", "conduct"]],
    [["ethics", "show", "alaska", "v"], ["values"]],
    [["ethics", "export", "--format", ""], ["json", "yaml", "md", "csv", "anki", "anki-cloze", "html"]],
    [["ethics", "completion", "z"], ["zsh"]],
    [["ethics", "--no-c"], ["--no-color"]],
  ])("bash completes %j to %j", (words, expected) => {
    expect(bashComplete(words)).toEqual(expected);
  });

  it.each([
    ["bash", "complete -F _ethics_complete ethics"],
    ["zsh", "#compdef ethics"],
    ["fish", "complete -c ethics"],
  ])("prints a %s script", (shell, marker) => {
    const { stdout, code } = ethics(["completion", shell]);
    expect(code).toBe(0);
    expect(stdout).toContain(marker);
    expect(stdout).toContain("ethics __complete");
  });

  it("refuses an unknown shell with the choices", () => {
    const { stderr, code } = ethics(["completion", "powershell"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Allowed choices are bash, zsh, fish");
  });

  it("completes users' own codes", () => {
    const { stdout } = ethics(["--data", join(root, "test/fixtures/user-codes"), "__complete", "--", "show"]);
    expect(stdout.split("\n")).toContain("riverside-agency");
  });
});

describe("export formats", () => {
  it("yaml is the same model as json", () => {
    const json = JSON.parse(ethics(["export", "--format", "json", "--code", "alaska"]).stdout);
    const yaml = parse(ethics(["export", "--format", "yaml", "--code", "alaska"]).stdout);
    expect(yaml).toEqual(json);
  });

  it("md is a handout: a heading per code and section, each standard with its number", () => {
    const { stdout, code } = ethics(["export", "--format", "md", "--code", "alaska"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Code of Ethics for Alaska Peer Support Professionals\n/);
    expect(stdout).toContain("\n## Conflicts of Interest\n\nAs a Peer Support Professional (PSP):\n\n1. I will disclose");
    expect(stdout).toContain("\n4. I will not sponsor individuals with whom I have previously served or currently serve as a PSP.\n");
    expect(stdout).toContain("    - *Note:* Given the diversity of peer support services");
    expect(stdout).toContain("\n## Values\n\n1. People have a right to be treated with respect and dignity");
  });

  it("md escapes the source's own markup characters", () => {
    const { stdout } = ethics(["export", "--format", "md", "--code", "california"]);
    expect(stdout).toContain("their families\\_and respect");
  });

  it("csv has one row per standard: code, section, number, citation, text", () => {
    const { stdout, code } = ethics(["export", "--format", "csv"]);
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split("\r\n");
    expect(rows[0]).toBe("code,section,section_title,number,citation,text,items,notes");
    expect(rows).toHaveLength(1 + 96 + 108 + 22 + 15 + 21);
    expect(rows).toContain(
      'medi-cal,integrity,Integrity,7,Medi-Cal · Integrity 7,"Do not lend, give, or receive money or payment for any services to, or from, persons they support.",,',
    );
    expect(rows.find((row) => row.startsWith("medi-cal,respect,Respect,10,"))).toContain("“person-first,”");
  });

  it("refuses an unknown format with the choices", () => {
    const { stderr, code } = ethics(["export", "--format", "xml"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Allowed choices are json, yaml, md, csv");
  });
});
