// Help's examples fitted as commands to be copied: one too wide for its line goes on with a
// backslash at each line's end, the lines after indented; its description wraps as prose.
import { describe, expect, it } from "vitest";
import { fitHelpLines } from "../../src/render/help-examples.js";

describe("fitHelpLines", () => {
  it.each<[string, string[], number, string[]]>([
    ["an example that fits is left as it is", ["  $ ethics search gifts          the word alone"], 60, ["  $ ethics search gifts          the word alone"]],
    [
      "one whose command fits: only its description wraps",
      ["  $ ethics search gifts --strength prohibits       those that forbid"],
      50,
      ["  $ ethics search gifts --strength prohibits", "    those that forbid"],
    ],
    [
      "one whose command does not fit: continued with a backslash, its description after it",
      ["  $ ethics search confidentialty --limit 3          typos are forgiven"],
      40,
      ["  $ ethics search confidentialty \\", "      --limit 3  typos are forgiven"],
    ],
    [
      "a redirection kept with its file",
      ["  $ ethics export --format md --code alaska > alaska.md"],
      48,
      ["  $ ethics export --format md --code alaska \\", "      > alaska.md"],
    ],
    [
      "an example its source continues is one example",
      ["  bash  $ ethics completion bash \\", "            > ~/.local/share/bash-completion/completions/ethics"],
      60,
      ["  bash  $ ethics completion bash \\", "         > ~/.local/share/bash-completion/completions/ethics"],
    ],
    [
      "a double-quoted word too wide for a line breaks at a space in it, going on at the margin",
      ['  $ ethics search "can I accept a gift from someone I support?"'],
      40,
      ['  $ ethics search "can I accept a gift \\', 'from someone I support?"'],
    ],
    [
      "a word no line holds, left whole, keeps its description off its line: the shell reads no break in it",
      ['  zsh   $ ethics completion zsh > "${fpath[1]}/_ethics"  (then restart zsh)'],
      20,
      ["  zsh   $ ethics \\", "        completion \\", "            zsh > \\", '"${fpath[1]}/_ethics"', "            (then", "            restart", "            zsh)"],
    ],
    ["a line that is no example is fitted as prose", ["  <code> <section> <n>      one standard, with its citation"], 40, ["  <code> <section> <n>      one", "    standard, with its citation"]],
  ])("%s", (_what, lines, width, fitted) => {
    const made = fitHelpLines(lines, width);
    expect(made).toEqual(fitted);
    // A word no line holds is the one line wider: whole, for the terminal to fold.
    for (const line of made) if (!line.startsWith('"${fpath')) expect([...line].length).toBeLessThanOrEqual(width);
  });
});
