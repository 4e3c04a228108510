// What Tab offers after an option that takes a value, and for the positionals that name a topic
// or concept: in bash, zsh and fish, as the scripts of `ethics completion` run in them.
import { describe, expect, it } from "vitest";
import { hasShell, shellCompleter, SHELLS } from "./shell-complete.js";

const CASES: [line: string, offered: string[]][] = [
  // --topic of quiz, random and export: a topic (they resolve topics, not concepts).
  ["ethics quiz --topic g", ["gifts"]],
  ["ethics random -t money", ["money-and-loans"]],
  ["ethics export --format anki --topic confidentiality", ["confidentiality-and-privacy"]],
  // topic takes a topic or a concept; concepts, a topic.
  ["ethics topic accepting-g", ["accepting-gifts"]],
  ["ethics topic gift-v", ["gift-value-limits"]],
  ["ethics concepts gif", ["gifts", "gift-value-limits"]],
  ["ethics search gifts --strength pro", ["prohibits"]],
  ["ethics show alaska --strength d", ["defers", "describes"]],
  // diff --topic: a topic or a concept, as `ethics topic` takes them.
  ["ethics diff alaska wi --topic gift-v", ["gift-value-limits"]],
  ["ethics diff wwt medi-cal --only ch", ["changed"]],
  ["ethics diff wwt medi-cal --only added,c", ["added,changed"]],
  // --section: of code A on diff, of the codes chosen by --code on search.
  ["ethics diff alaska medi-cal --section c", ["conduct", "conflicts-of-interest"]],
  ["ethics search gifts --code wi --section ", ["code-of-conduct"]],
  ["ethics search gifts -c wi,nc -s code-of-", ["code-of-conduct", "code-of-ethics"]],
  // Users' codes and their sections, from the directory typed after --data.
  ["ethics --data user-codes search gifts --code riverside --section ", ["boundaries", "privacy"]],
  // An option's value given after "=", and a --data folder quoted, as the shell reads them.
  ["ethics export --format=m", ["--format=md"]],
  ["ethics search gifts --code=w", ["--code=wisconsin"]],
  ["ethics --data=user-codes show r", ["riverside-agency"]],
  ["ethics --data 'user-codes' show r", ["riverside-agency"]],
];

describe.each(SHELLS)("%s completes option values", (shell) => {
  const complete = hasShell(shell) ? shellCompleter(shell) : null;
  it.skipIf(!complete).each(CASES)("%j offers %j", (line, offered) => {
    expect(complete!(line).sort()).toEqual([...offered].sort());
  });
});
