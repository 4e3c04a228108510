// What is typed is never run nor globbed by a completion script: after a comma the candidates
// repeat the word typed (`--code ak,<TAB>` offers `ak,alaska`, …), and bash's compgen -W, or an
// unquoted $(…), would expand a `$(…)` or a `?` in it — run a command on Tab, even. And a
// word typed is read as the shell will read it: a quoted --data folder, an option's "=".
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, testCacheDir } from "./run.js";
import { hasShell, shellCompleter, SHELLS } from "./shell-complete.js";

const OTHER_CODES = ["california", "medi-cal", "north-carolina", "wisconsin"];

describe.each(SHELLS)("%s completes a list whose typed part holds shell syntax", (shell) => {
  // A folder with a file named as a candidate would glob to: `?,alaska` matches `x,alaska`.
  const cwd = mkdtempSync(join(tmpdir(), "ethics-completion-cwd-"));
  writeFileSync(join(cwd, "x,alaska"), "");
  const complete = hasShell(shell) ? shellCompleter(shell, cwd) : null;

  it.skipIf(!complete)("a $(…) typed is offered back as typed, not run", () => {
    const ran = join(cwd, "ran");
    // No spaces: the test's completer splits the line at spaces; ${IFS} is one to the shell.
    const typed = `$(touch\${IFS}${ran}),`;
    expect(complete!(`ethics search gifts --code ${typed}`).sort()).toEqual(["alaska", ...OTHER_CODES].map((id) => typed + id));
    expect(existsSync(ran)).toBe(false);
  });

  it.skipIf(!complete)("a ? typed is not a pattern matched against the folder's files", () => {
    expect(complete!("ethics search gifts --code ?,").sort()).toEqual(["alaska", ...OTHER_CODES].map((id) => `?,${id}`));
  });

  it.skipIf(!complete)("plain words still complete", () => {
    expect(complete!("ethics search gifts --code alaska,m")).toEqual(["alaska,medi-cal"]);
  });
});

describe("bash completes after --data as typed, and after an option's '='", () => {
  // COMP_WORDS as bash fills it: the words as typed, quotes and backslashes kept, and split at
  // "=" (a break in COMP_WORDBREAKS): --format=m is "--format", "=", "m".
  const bin = mkdtempSync(join(tmpdir(), "ethics-bin-"));
  symlinkSync(join(root, "bin/ethics.cjs"), join(bin, "ethics"));
  const script = ethics(["completion", "bash"]).stdout;
  const cwd = mkdtempSync(join(tmpdir(), "ethics-completion-cwd-"));
  mkdirSync(join(cwd, "my codes"));
  writeFileSync(
    join(cwd, "my codes", "solo.yaml"),
    "id: solo\ntitle: Solo Code\nshortName: Solo\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: Solo\nsections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: Keep records.\n",
  );
  const quoted = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const complete = (words: string[]): string[] => {
    const set = `COMP_WORDS=(${words.map(quoted).join(" ")}); COMP_CWORD=${words.length - 1}`;
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, ETHICS_CACHE_DIR: testCacheDir };
    return execFileSync("bash", ["-c", `${script}\n${set}; _ethics_complete; printf '%s\\n' "\${COMPREPLY[@]}"`], { env, cwd, encoding: "utf8" }).split("\n").filter(Boolean);
  };

  it.skipIf(!hasShell("bash")).each([
    [["ethics", "--data", "'my codes'", "show", "s"]],
    [["ethics", "--data", '"my codes"', "show", "s"]],
    [["ethics", "--data", "my\\ codes", "show", "s"]],
    [["ethics", "--data", "=", "my\\ codes", "show", "s"]],
  ])("%j offers the code of the folder", (words) => {
    expect(complete(words)).toEqual(["solo"]);
  });

  // COMP_WORDS holds the word as typed, quotes kept: 'med matched no code id, and bash offered
  // nothing. Each goes after the end of the word readline replaces (after a quote left open).
  it.skipIf(!hasShell("bash")).each([
    [["ethics", "show", "'med"], ["medi-cal"]],
    [["ethics", "show", '"med'], ["medi-cal"]],
    [["ethics", "show", "m\\ed"], ["m\\edi-cal"]],
    [["ethics", "show", "'me'd"], ["'me'di-cal"]],
    [["ethics", "show", "me'd"], ["di-cal"]],
    [["ethics", "show", '"m"e\\d'], ['"m"e\\di-cal']],
    // In double quotes a backslash before an e is a backslash: m\ed, no code.
    [["ethics", "show", '"m\\e"d'], []],
    [["ethics", "show", "'x"], []],
  ])("%j offers the code named as the shell reads it", (words, offered) => {
    expect(complete(words)).toEqual(offered);
  });

  it.skipIf(!hasShell("bash")).each([
    [["ethics", "export", "--format", "=", "m"], ["md"]],
    [["ethics", "search", "gifts", "--code", "=", "w"], ["wisconsin"]],
    [["ethics", "search", "gifts", "--code", "="], ["alaska", ...OTHER_CODES]],
    [["ethics", "search", "gifts", "--strength", "=", "pro"], ["prohibits"]],
  ])("%j offers the option's values", (words, offered) => {
    expect(complete(words)).toEqual(offered);
  });
});

describe("__complete, as zsh and fish call it, with the word being completed whole", () => {
  it.each([
    // Every value, each after the option and its "=": the shell keeps those the word begins.
    [["--current=--format=m", "--", "export"], ["json", "yaml", "md", "csv", "anki", "anki-cloze", "anki-situations", "html"].map((format) => `--format=${format}\n`).join("")],
    [["--current=--code=wi", "--", "search", "gifts"], ["alaska", ...OTHER_CODES].map((id) => `--code=${id}\n`).join("")],
    // The words before, --code=wi among them, read as commander reads them: Wisconsin's one section.
    [["--current=--section=c", "--", "search", "gifts", "--code=wi"], "--section=code-of-conduct\n"],
    // A folder, which the shell completes past the "=" (no options after it), and --data=x is
    // never read as ethics' own option.
    [["--current=--data=x", "--", "show"], ":dirs\n"],
  ])("%j", (args, stdout) => {
    expect(ethics(["__complete", ...args])).toEqual({ stdout, stderr: "", code: 0 });
  });

  // One candidate a line: a list's typed part holding a line break made each candidate two lines,
  // "a" and "b,alaska", both offered as words of their own.
  it("a candidate that would hold a line break is not offered; the others are", () => {
    expect(ethics(["__complete", "--current=a\nb,w", "--", "search", "gifts", "--code"])).toEqual({ stdout: "", stderr: "", code: 0 });
    expect(ethics(["__complete", "--current=ak,w", "--", "search", "gifts", "--code"]).stdout).toBe(OTHER_CODES.map((id) => `ak,${id}\n`).join(""));
  });
});
