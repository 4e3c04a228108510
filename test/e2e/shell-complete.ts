// Drives the scripts `ethics completion <shell>` prints in the shells themselves, with the built
// `ethics` first on PATH as after installing it: what a user gets on pressing Tab.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ethics, root, testCacheDir } from "./run.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

export const hasShell = (shell: Shell): boolean => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;

/**
 * What bash's readline puts on the line for a reply of a completion function: a reply replaces
 * only the end of the word typed (after a break, such as the "(" of $(…)), and starts with that
 * end; the word is what is before it and the reply.
 */
function asOnTheLine(typed: string, reply: string): string {
  for (let start = 0; start <= typed.length; start++) if (reply.startsWith(typed.slice(start))) return typed.slice(0, start) + reply;
  return reply;
}

/**
 * compadd and compset as zsh's completion system has them, for a script sourced outside it:
 * compset -P moves the start of the word that matches a pattern to IPREFIX, and compadd prints
 * what would stand on the line, IPREFIX and each candidate.
 */
export const ZSH_COMPSET = `compset() { [[ $1 == -P ]] || return 1; local moved=\${(M)PREFIX##$~2}; [[ -n $moved ]] || return 1; IPREFIX+=$moved; PREFIX=\${PREFIX#$moved}; }
compadd() { [[ $1 == -a ]] && (( \${#\${(P)2}} )) && print -l -- $IPREFIX\${^\${(P)2}}; }`;

/** A function completing a command line (the last word as typed, "" after a space) in one shell. */
export function shellCompleter(shell: Shell, cwd = join(root, "test/fixtures")): (line: string) => string[] {
  const binDir = mkdtempSync(join(tmpdir(), "ethics-bin-"));
  symlinkSync(join(root, "bin/ethics.cjs"), join(binDir, "ethics"));
  const env = { ...process.env, PATH: `${binDir}:${process.env.PATH}`, ETHICS_CACHE_DIR: testCacheDir };
  const script = join(mkdtempSync(join(tmpdir(), `ethics-${shell}-`)), shell === "zsh" ? "_ethics" : `ethics.${shell}`);
  writeFileSync(script, ethics(["completion", shell]).stdout);
  const lines = (output: string) => output.split("\n").filter(Boolean);
  switch (shell) {
    case "bash":
      return (line) => {
        const words = line.split(" ");
        const set = `COMP_WORDS=(${words.map((word) => `'${word}'`).join(" ")}); COMP_CWORD=${words.length - 1}`;
        const replies = lines(execFileSync("bash", ["-c", `source ${script}; ${set}; _ethics_complete; printf '%s\\n' "\${COMPREPLY[@]}"`], { env, cwd, encoding: "utf8" }));
        return replies.map((reply) => asOnTheLine(words.at(-1)!, reply));
      };
    case "zsh": {
      // compadd and _files stand in for zsh's completion system, printing what they are given.
      const driver = `compdef() { :; }; source ${script}
${ZSH_COMPSET}
_files() { print -- "_files $*"; }
words=(\${(z)1}); [[ $1 == *" " ]] && words+=(""); CURRENT=\${#words}; PREFIX=\${words[-1]}
_ethics`;
      // zsh's compadd matches its candidates to PREFIX: so does this stand-in.
      return (line) => {
        const prefix = line.slice(line.lastIndexOf(" ") + 1);
        return lines(execFileSync("zsh", ["-f", "-c", driver, "zsh", line], { env, cwd, encoding: "utf8" })).filter((word) => word.startsWith(prefix));
      };
    }
    case "fish":
      return (line) =>
        lines(execFileSync("fish", ["-c", `source ${script}; complete -C'${line}'`], { env, cwd, encoding: "utf8" })).map((candidate) => candidate.split("\t")[0]!);
  }
}
