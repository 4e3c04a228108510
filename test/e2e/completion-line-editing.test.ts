// What a Tab leaves on the command line, in each shell itself: an interactive bash, zsh and fish
// in tmux, the scripts `ethics completion <shell>` prints installed, keys typed. The other
// completion tests read the candidates; only the shell's line editor shows what is done with
// them. Each shell replaces a different part of the word (bash readline: the end after its last
// break outside quotes; zsh and fish: the word unquoted), and a candidate made for another part
// wrote what was typed twice or quoted it again: `$(echo ak),w` became `$(echo $(echo ak),…`
// in bash, `'ak',w` became `\'ak\',wisconsin` in fish (a code named 'ak' with its quotes); zsh
// offered nothing after `'ak',` or `a\ k,`, and took an empty output for an empty candidate,
// which put a second space after `--count `.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ethics, root, testCacheDir } from "./run.js";
import { hasShell, SHELLS, type Shell } from "./shell-complete.js";

const hasTmux = spawnSync("sh", ["-c", "command -v tmux"]).status === 0;

/** Typed after the Tab: the line is read once it shows, so that the Tab's work is done. */
const END = "@@";
/** No space at its end: tmux gives lines without their trailing spaces. */
const PROMPT = "::";

/** An interactive shell in a tmux server of its own, with ethics installed and its completion loaded. */
function startShell(shell: Shell, bashOptions = ""): { type: (text: string) => Promise<string>; stop: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `ethics-${shell}-line-`));
  const bin = join(dir, "bin");
  mkdirSync(bin);
  mkdirSync(join(dir, "user-codes"));
  symlinkSync(join(root, "bin/ethics.cjs"), join(bin, "ethics"));
  const script = join(dir, shell === "zsh" ? "_ethics" : `ethics.${shell}`);
  writeFileSync(script, ethics(["completion", shell]).stdout);
  writeFileSync(join(dir, ".zshrc"), `fpath=(${dir} $fpath)\nautoload -U compinit && compinit -u -D\nPS1='${PROMPT}'\n`);
  writeFileSync(join(dir, "bashrc"), `source ${script}\nPS1='${PROMPT}'\n${bashOptions}\n`);
  const command = {
    bash: `bash --noprofile --rcfile ${dir}/bashrc -i`,
    zsh: "zsh -i",
    fish: `fish -N -i -C 'set fish_greeting; function fish_prompt; echo -n ${PROMPT}; end; source ${script}'`,
  }[shell];
  const socket = join(dir, "tmux.sock");
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, ETHICS_CACHE_DIR: testCacheDir, ZDOTDIR: dir, HOME: dir, TERM: "xterm" };
  const tmux = (...args: string[]) => execFileSync("tmux", ["-S", socket, "-f", "/dev/null", ...args], { env, cwd: dir, encoding: "utf8" });
  tmux("new-session", "-d", "-x", "200", "-y", "20", command);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const promptLine = () => tmux("capture-pane", "-p").split("\n").filter((line) => line.startsWith(PROMPT)).at(-1) ?? "";
  return {
    async type(text: string) {
      for (let waited = 0; promptLine() !== PROMPT && waited < 10_000; waited += 100) await pause(100);
      tmux("send-keys", "-l", text);
      tmux("send-keys", "Tab");
      tmux("send-keys", "-l", END);
      let line = "";
      for (let waited = 0; !(line = promptLine()).endsWith(END) && waited < 20_000; waited += 100) await pause(100);
      tmux("send-keys", "C-u", "C-l");
      return line.slice(PROMPT.length, -END.length);
    },
    stop: () => tmux("kill-server"),
  };
}

const cases: { typed: string; shown: Partial<Record<Shell, string>> }[] = [
  // zsh itself runs a $(…) in the word being completed before any completion script (as for ls).
  { typed: "ethics search gifts --code $(echo ak),w", shown: { bash: "ethics search gifts --code $(echo ak),wisconsin ", fish: "ethics search gifts --code $(echo ak),wisconsin " } },
  { typed: "ethics search gifts --code 'ak',w", shown: { bash: "ethics search gifts --code 'ak',wisconsin ", zsh: "ethics search gifts --code 'ak,wisconsin' ", fish: "ethics search gifts --code 'ak',wisconsin " } },
  { typed: 'ethics search gifts --code "a(k",w', shown: { bash: 'ethics search gifts --code "a(k",wisconsin ', zsh: 'ethics search gifts --code "a(k,wisconsin" ', fish: 'ethics search gifts --code "a(k",wisconsin ' } },
  { typed: "ethics search gifts --code a\\ k,w", shown: { bash: "ethics search gifts --code a\\ k,wisconsin ", zsh: "ethics search gifts --code a\\ k,wisconsin ", fish: "ethics search gifts --code a\\ k,wisconsin " } },
  { typed: "ethics search gifts --code=ak,w", shown: { bash: "ethics search gifts --code=ak,wisconsin ", zsh: "ethics search gifts --code=ak,wisconsin ", fish: "ethics search gifts --code=ak,wisconsin " } },
  { typed: "ethics export --format=m", shown: { bash: "ethics export --format=md ", zsh: "ethics export --format=md ", fish: "ethics export --format=md " } },
  // A folder after "--data=": bash splits the word at the "="; zsh and fish offered nothing.
  { typed: "ethics --data=us", shown: { bash: "ethics --data=user-codes/", zsh: "ethics --data=user-codes/", fish: "ethics --data=user-codes/" } },
  // A quoted code name: bash gave the word with its quote ('med) to match ids (medi-cal) against, and
  // offered nothing. zsh and fish match the word as read; fish reads \e as an escape (ESC).
  { typed: "ethics show 'med", shown: { bash: "ethics show 'medi-cal' ", zsh: "ethics show 'medi-cal' ", fish: "ethics show 'medi-cal' " } },
  { typed: 'ethics show "med', shown: { bash: 'ethics show "medi-cal" ', zsh: 'ethics show "medi-cal" ', fish: 'ethics show "medi-cal" ' } },
  { typed: "ethics show me'd", shown: { bash: "ethics show me'di-cal' ", zsh: "ethics show medi-cal ", fish: "ethics show me'di-cal' " } },
  { typed: "ethics show 'me'd", shown: { bash: "ethics show 'me'di-cal ", zsh: "ethics show 'medi-cal' ", fish: "ethics show 'me'di-cal " } },
  { typed: "ethics show m\\ed", shown: { bash: "ethics show m\\edi-cal ", zsh: "ethics show medi-cal ", fish: "ethics show m\\ed" } },
  { typed: "ethics show ala", shown: { bash: "ethics show alaska ", zsh: "ethics show alaska ", fish: "ethics show alaska " } },
  // Nothing to offer for a number: the line stays as typed, its one space included.
  { typed: "ethics quiz --count ", shown: { bash: "ethics quiz --count ", zsh: "ethics quiz --count ", fish: "ethics quiz --count " } },
];

describe.each(SHELLS)("a Tab in %s", (shell) => {
  const shellRuns = hasTmux && hasShell(shell);
  const session = shellRuns ? startShell(shell) : null;
  afterAll(() => session?.stop());

  it.skipIf(!shellRuns).each(cases.filter((test) => test.shown[shell] !== undefined))("after $typed keeps what was typed", async ({ typed, shown }) => {
    expect(JSON.stringify(await session!.type(typed))).toBe(JSON.stringify(shown[shell]));
  });
});

// Completion runs in the user's own shell, with its options: `set -u` in a .bashrc stopped it
// at "candidates[0]: unbound variable" where nothing was offered, printed into the line.
describe("a Tab in bash with set -u (nounset)", () => {
  const shellRuns = hasTmux && hasShell("bash");
  const session = shellRuns ? startShell("bash", "set -u") : null;
  afterAll(() => session?.stop());

  it.skipIf(!shellRuns).each(cases.filter((test) => test.shown.bash !== undefined))("after $typed keeps what was typed", async ({ typed, shown }) => {
    expect(JSON.stringify(await session!.type(typed))).toBe(JSON.stringify(shown.bash));
  });
});
