import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ethics, root, testCacheDir, unwrapped } from "./run.js";
import { ZSH_COMPSET } from "./shell-complete.js";

describe("completion", () => {
  // A PATH where `ethics` is the built command, as after installing it.
  const binDir = mkdtempSync(join(tmpdir(), "ethics-bin-"));
  symlinkSync(join(root, "bin/ethics.cjs"), join(binDir, "ethics"));

  const scripts = Object.fromEntries(["bash", "zsh", "fish"].map((shell) => [shell, ethics(["completion", shell]).stdout]));
  const env = { ...process.env, PATH: `${binDir}:${process.env.PATH}`, ETHICS_CACHE_DIR: testCacheDir };
  // Paths complete relative to here: directories bad/, clash/, …, user-codes/ and no files.
  const cwd = join(root, "test/fixtures");

  function bashComplete(words: string[]): string[] {
    const line = `COMP_WORDS=(${words.map((word) => `'${word}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _ethics_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const output = execFileSync("bash", ["-c", `${scripts.bash}\n${line}`], { env, cwd, encoding: "utf8" });
    return output.split("\n").filter(Boolean);
  }

  it.each([
    [["ethics", "sh"], ["show"]],
    [["ethics", "show", "med"], ["medi-cal"]],
    [["ethics", "show", "alaska", "co"], ["conflicts-of-interest", "conduct"]],
    [["ethics", "show", "alaska", "v"], ["values"]],
    [["ethics", "export", "--format", ""], ["json", "yaml", "md", "csv", "anki", "anki-cloze", "anki-situations", "html"]],
    [["ethics", "completion", "z"], ["zsh"]],
    [["ethics", "--no-c"], ["--no-color"]],
    [["ethics", "--data", "us"], ["user-codes"]],
    [["ethics", "--data", "user-codes/"], []],
    [["ethics", "validate", "user-codes/r"], ["user-codes/riverside-agency.yaml"]],
    [["ethics", "validate", "ev"], ["evil", "every-field"]],
    [["ethics", "validate", "--j"], ["--json"]],
    [["ethics", "search", "gifts", "--code", "a"], ["alaska"]],
    [["ethics", "search", "gifts", "-c", "n"], ["north-carolina"]],
    [["ethics", "export", "--code", "alaska", "--code", "w"], ["wisconsin"]],
    [["ethics", "export", "alaska", "w"], ["wisconsin"]],
    [["ethics", "export", "--format", "md", "wi", "a"], ["alaska"]],
    [["ethics", "topic", "gifts", "--codes", "m"], ["medi-cal"]],
    [["ethics", "--data", "user-codes", "search", "x", "--code", "r"], ["riverside-agency"]],
    // A list goes on after its comma, what is typed kept in front, the codes named left out.
    [["ethics", "search", "gifts", "--code", "alaska,"], ["alaska,california", "alaska,medi-cal", "alaska,north-carolina", "alaska,wisconsin"]],
    [["ethics", "export", "--code", "ak,medi-cal,n"], ["ak,medi-cal,north-carolina"]],
    [["ethics", "topic", "gifts", "--codes", "wi,"], ["wi,alaska", "wi,california", "wi,medi-cal", "wi,north-carolina"]],
  ])("bash completes %j to %j", (words, expected) => {
    expect(bashComplete(words)).toEqual(expected);
  });

  it.each([
    ["bash", ["compgen -f", "compgen -d", "compopt -o filenames"]],
    ["zsh", ["_files", "_files -/", "compadd -a candidates"]],
    ["fish", ["__fish_complete_path", "__fish_complete_directories", "commandline -ct"]],
  ])("the %s script completes paths with the shell's own completion", (shell, markers) => {
    for (const marker of markers) expect(scripts[shell]).toContain(marker);
    expect(scripts[shell]).toContain(":files");
    expect(scripts[shell]).toContain(":dirs");
  });

  const has = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;

  it.skipIf(!has("zsh"))("zsh completes paths, codes and sections (zsh installed)", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-zsh-"));
    writeFileSync(join(dir, "_ethics"), scripts.zsh!);
    // compadd and _files stand in for zsh's completion system, printing what they are given.
    const driver = `compdef() { :; }; source ${dir}/_ethics
${ZSH_COMPSET}
_files() { print -- "_files $*"; }
words=(\${(z)1}); [[ $1 == *" " ]] && words+=(""); CURRENT=\${#words}; PREFIX=\${words[-1]}
_ethics`;
    const complete = (line: string) => execFileSync("zsh", ["-f", "-c", driver, "zsh", line], { env, cwd, encoding: "utf8" }).trim().split("\n");
    expect(complete("ethics validate b")).toEqual(["_files"]);
    expect(complete("ethics --data us")).toEqual(["_files -/"]);
    expect(complete("ethics validate --")).toEqual(["--json"]);
    expect(complete("ethics search gifts --code ")).toEqual(["alaska", "california", "medi-cal", "north-carolina", "wisconsin"]);
    expect(complete("ethics show alaska co")).toContain("conflicts-of-interest");
    expect(complete("ethics search gifts --code alaska,")).toEqual(["alaska,california", "alaska,medi-cal", "alaska,north-carolina", "alaska,wisconsin"]);
  });

  it.skipIf(!has("fish"))("fish completes paths, codes and sections (fish installed)", () => {
    const script = join(mkdtempSync(join(tmpdir(), "ethics-fish-")), "ethics.fish");
    writeFileSync(script, scripts.fish!);
    const complete = (line: string) =>
      execFileSync("fish", ["-c", `source ${script}; complete -C'${line}'`], { env, cwd, encoding: "utf8" })
        .trim()
        .split("\n")
        .map((candidate) => candidate.split("\t")[0]);
    expect(complete("ethics validate user-codes/r")).toEqual(["user-codes/riverside-agency.yaml"]);
    expect(complete("ethics --data us")).toEqual(["user-codes/"]);
    expect(complete("ethics search gifts --code n")).toEqual(["north-carolina"]);
    expect(complete("ethics show alaska co")).toEqual(["conduct", "conflicts-of-interest"]);
    expect(complete("ethics export --code alaska,medi-cal,w")).toEqual(["alaska,medi-cal,wisconsin"]);
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
    expect(stderr).toContain("completion takes bash, zsh or fish, not 'powershell'");
  });

  it("completes users' own codes", () => {
    const { stdout } = ethics(["--data", join(root, "test/fixtures/user-codes"), "__complete", "--", "show"]);
    expect(stdout.split("\n")).toContain("riverside-agency");
  });
});

describe("export formats", () => {
  it("yaml is the same as json: the model, or with --code the code file", () => {
    const json = JSON.parse(ethics(["export", "--format", "json", "--code", "alaska"]).stdout);
    const yaml = parse(ethics(["export", "--format", "yaml", "--code", "alaska"]).stdout);
    expect(yaml).toEqual(json);
    expect(parse(ethics(["export", "--format", "yaml"]).stdout)).toEqual(JSON.parse(ethics(["export", "--format", "json"]).stdout));
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

  it("csv has one row per standard: code, section, number, citation, text, items, notes, editorial", () => {
    const { stdout, code } = ethics(["export", "--format", "csv"]);
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split("\r\n");
    expect(rows[0]).toBe("code,section,section_title,number,citation,text,items,notes,editorial");
    expect(rows).toHaveLength(1 + 96 + 108 + 22 + 15 + 21);
    expect(rows).toContain(
      'medi-cal,integrity,Integrity,7,Medi-Cal · Integrity 7,"Do not lend, give, or receive money or payment for any services to, or from, persons they support.",,,',
    );
    expect(rows.find((row) => row.startsWith("medi-cal,respect,Respect,10,"))).toContain("“person-first,”");
  });

  it("refuses an unknown format with the choices", () => {
    const { stderr, code } = ethics(["export", "--format", "xml"]);
    expect(code).toBe(2);
    expect(unwrapped(stderr)).toContain("--format takes json, yaml, md, csv, anki, anki-cloze, anki-situations or html, not 'xml'");
  });
});
