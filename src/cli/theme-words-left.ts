// `diff alaska medi-cal --topic astrology stuff`: the shell gives --topic its first word alone,
// and the words after it stay the command's arguments. Where together they name a theme (or
// one with slips) value-of-several-words.ts joins them; where they name none, "stuff" was read
// as a third code ("no code 'stuff'"). When the value alone names no theme and the arguments
// read whole without the words typed right after it, those words are the theme's, so that its
// message names what was typed: "no topic or concept 'astrology stuff'".
import type { Command } from "commander";
import { argumentPlaces } from "./argument-places.js";
import { typedOption } from "./command-name.js";
import { flagLettersOf } from "./flag-letters.js";

/** Where the value of the last --topic typed ends in `typed` (commander keeps the last). */
function lastTopicValueAt(command: Command, typed: readonly string[]): number | undefined {
  const short = command.options.find((option) => option.long === "--topic")?.short;
  const flagLetters = flagLettersOf(command);
  let last: number | undefined;
  for (let at = 0; at < typed.length && typed[at] !== "--"; at++) {
    const found = typedOption(typed, at, "--topic", short, flagLetters);
    if (found === undefined) continue;
    at = found.last;
    if (found.value !== undefined) last = found.last;
  }
  return last;
}

/**
 * The theme `topic` and the words typed right after it, and the command's arguments without
 * them, where `topic` alone names no theme (`namesTheme`) and the arguments without the words
 * still read whole (`readWithout`); the most such words that leave them so. Undefined where
 * none do, or the words typed cannot be placed. `typed`: the words after the script.
 */
export function themeWithWordsLeft(
  command: Command,
  typed: readonly string[],
  topic: string,
  namesTheme: (theme: string) => boolean,
  readWithout: (args: readonly string[]) => boolean,
): { theme: string; args: string[] } | undefined {
  const places = argumentPlaces(command, typed);
  const valueAt = places === undefined ? undefined : lastTopicValueAt(command, typed);
  if (places === undefined || valueAt === undefined) return undefined;
  // The arguments typed right after the value, in a run: their places among command.args.
  const after: number[] = [];
  for (let place = valueAt + 1; places.includes(place); place++) after.push(places.indexOf(place));
  if (after.length === 0 || namesTheme(topic)) return undefined;
  for (let count = after.length; count >= 1; count--) {
    const taken = new Set(after.slice(0, count));
    const args = command.args.filter((_, at) => !taken.has(at));
    if (readWithout(args)) return { theme: [topic, ...[...taken].map((at) => command.args[at]!)].join(" "), args };
  }
  return undefined;
}
