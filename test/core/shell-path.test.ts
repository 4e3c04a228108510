// A word of a command printed to be pasted, as the shell must read it again: bare, in single
// quotes, or, where it holds what the output draws otherwise (␊, ␛, <U+200B>), in ANSI-C quotes.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { shellPath, shellWord } from "../../src/core/shell-path.js";
import { visible } from "../../src/render/terminal-text.js";

const WORDS: [string, string, string][] = [
  ["a plain word", "riverside", "riverside"],
  ["a path", "/home/me/peer-codes", "/home/me/peer-codes"],
  ["a space", "my codes", "'my codes'"],
  ["a single quote", "it's", "'it'\\''s'"],
  ["what a shell would run", "$(rm -rf ~);x", "'$(rm -rf ~);x'"],
  ["a letter beyond ASCII, shown as it is", "café", "'café'"],
  ["a joiner inside an emoji, kept by the output", "👨‍👩‍👧", "'👨‍👩‍👧'"],
  ["a newline", "my\ncodes", "$'my\\ncodes'"],
  ["a tab and a carriage return", "a\tb\rc", "$'a\\tb\\rc'"],
  ["ESC", "my\x1b[31mcodes", "$'my\\e[31mcodes'"],
  ["a C1 control, as its UTF-8 bytes", "a\u009bb", "$'a\\302\\233b'"],
  ["DEL", "a\x7fb", "$'a\\177b'"],
  ["a zero width space", "my\u200bcodes", "$'my\\342\\200\\213codes'"],
  ["a bidi override", "\u202ecodes", "$'\\342\\200\\256codes'"],
  ["a joiner between ASCII letters, which the output names", "it\u200dems", "$'it\\342\\200\\215ems'"],
  ["a digit after an escape stays a digit", "a\u200b1", "$'a\\342\\200\\2131'"],
  ["a quote and a backslash beside a newline", "it's\\\n", "$'it\\'s\\\\\\n'"],
  ["a joiner beside an escape is escaped too", "é\u200d\n", "$'é\\342\\200\\215\\n'"],
  // A message prints a command between backticks: one inside a word ended it there.
  ["a backtick, which would end the command printed", "gi`fts", "$'gi\\140fts'"],
  ["a backtick and a space", "a `b", "$'a \\140b'"],
];

describe("shellWord", () => {
  it.each(WORDS)("%s", (_what, word, written) => {
    expect(shellWord(word)).toBe(written);
  });

  it.each(WORDS)("%s: printed, nothing in it is drawn otherwise", (_what, word) => {
    expect(visible(shellWord(word))).toBe(shellWord(word));
  });

  // bash reads $'…' as zsh and ksh do (dash before 0.5.13 and fish do not: shell-path.ts).
  it.each(WORDS)("%s: bash reads it back as the word", (_what, word) => {
    const read = spawnSync("bash", ["-c", `printf %s ${shellWord(word)}`], { encoding: "utf8" });
    expect(read.stdout).toBe(word);
  });
});

describe("shellPath", () => {
  it.each([
    ["-rf.yaml", "./-rf.yaml"],
    ["-my\ncodes", "$'./-my\\ncodes'"],
    ["codes", "codes"],
    // What the output keeps raw in text, but in a name hides the one difference from another.
    ["ite\u00adms.yaml", "$'ite\\302\\255ms.yaml'"],
    ["my codes/ite\u00adms.yaml", "$'my codes/ite\\302\\255ms.yaml'"],
    ["a\u034fb", "$'a\\315\\217b'"],
    ["a\u180bb", "$'a\\341\\240\\213b'"],
  ])("%j", (path, written) => {
    expect(shellPath(path)).toBe(written);
    expect(spawnSync("bash", ["-c", `printf %s ${written}`], { encoding: "utf8" }).stdout).toBe(path.startsWith("-") ? `./${path}` : path);
  });
});
