// A code's name of several words, typed without quotes as `show` reads it (`ethics show north
// carolina 15`): Tab after it offered only options, where after `nc` it offered the sections;
// and after `north` nothing of the name. In bash, zsh and fish, as the scripts run in them.
import { describe, expect, it } from "vitest";
import { hasShell, shellCompleter, SHELLS } from "./shell-complete.js";

const CASES: [line: string, offered: string[]][] = [
  ["ethics show north carolina c", ["code-of-ethics"]],
  ["ethics show north carolina v", ["values"]],
  ["ethics show working well together int", ["integrity"]],
  ["ethics show North Carolina c", ["code-of-ethics"]],
  // The next word of the name, and (the words a prefix of the code) its sections.
  ["ethics show north ca", ["carolina"]],
  ["ethics list north ca", ["carolina"]],
  ["ethics show working well t", ["together"]],
  // A name said whole goes on to its sections, not to the rest of a longer title.
  ["ethics show working well together co", ["confidentiality"]],
  // As before.
  ["ethics show nc c", ["code-of-ethics"]],
  ["ethics show alaska con", ["conduct", "conflicts-of-interest"]],
];

describe.each(SHELLS)("%s completes after a code's name of several words", (shell) => {
  const complete = hasShell(shell) ? shellCompleter(shell) : null;
  it.skipIf(!complete).each(CASES)("%j offers %j", (line, offered) => {
    expect(complete!(line).sort()).toEqual([...offered].sort());
  });
});
