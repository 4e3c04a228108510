// A hint's command made from the words the user typed, corrected: pasted, it must run as they
// meant it, their other options and arguments kept (`export --json --format csv --code wi`
// gave `ethics export --format csv`, which exported every code).
import { ethicsForLibrary } from "../core/command-start.js";
import { shellPath, shellWord } from "../core/shell-path.js";
import { typedOption } from "./command-name.js";

/** `words` (after the script) as a command to paste: --data left to ethicsForLibrary, which carries it, each word quoted for the shell. */
export function commandAsTyped(words: readonly string[]): string {
  const kept: string[] = [];
  for (let at = 0; at < words.length; at++) {
    // After `--` each word is the command's, a `--data` too.
    if (words[at] === "--") {
      kept.push(...words.slice(at));
      break;
    }
    const data = typedOption(words, at, "--data");
    if (data === undefined) kept.push(words[at]!);
    else at = data.last;
  }
  return [ethicsForLibrary(), ...kept.map((word) => (word.startsWith("-") ? shellWord(word) : shellPath(word)))].join(" ");
}

/** commandAsTyped of `words` with `dropped` left out where it is an option (before any `--`): `--json` beside a format, or asked of help. */
export function commandAsTypedWithout(words: readonly string[], dropped: string): string {
  const end = words.includes("--") ? words.indexOf("--") : words.length;
  return commandAsTyped([...words.slice(0, end).filter((word) => word !== dropped), ...words.slice(end)]);
}
