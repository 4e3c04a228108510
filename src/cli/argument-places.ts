// Where each of a command's arguments was typed, as commander's parseOptions told the words
// apart: what reads the words around an option's value (value-of-several-words.ts) must know
// which of them commander took as arguments, and which as options and their values.
import type { Command, Option } from "commander";

/** A word commander may read as an option: a dash and more. */
const mayBeOption = (word: string): boolean => word.length > 1 && word.startsWith("-");

/** A negative number, which commander reads as a value, not an option, where no option is a digit. */
const NEGATIVE_NUMBER = /^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/;

/**
 * The places in `typed` (the words after the script) of `command`'s arguments, in order, the
 * command's own name left out; undefined where the words do not read as the arguments commander
 * parsed (a reading this does not follow), so that a caller changes nothing it cannot place.
 */
export function argumentPlaces(command: Command, typed: readonly string[]): number[] | undefined {
  const options = [...command.options, ...(command.parent?.options ?? [])];
  const byFlag = (flag: string): Option | undefined => options.find((option) => option.long === flag || option.short === flag);
  const takesNext = (at: number) => at < typed.length && (!mayBeOption(typed[at]!) || NEGATIVE_NUMBER.test(typed[at]!));
  const places: number[] = [];
  for (let at = 0; at < typed.length; at++) {
    const word = typed[at]!;
    if (word === "--") {
      places.push(...typed.map((_, place) => place).slice(at + 1));
      break;
    }
    if (!mayBeOption(word)) {
      places.push(at);
      continue;
    }
    const option = byFlag(word);
    if (option !== undefined) {
      if (option.required || (option.optional && takesNext(at + 1))) at++;
      continue;
    }
    // `-cwi`, `-rn5`: letters of options after one dash, up to one that takes a value, the rest
    // its value; the next word where none is left (`-rn 5`).
    if (!word.startsWith("--")) {
      for (let letter = 1; letter < word.length; letter++) {
        const short = byFlag(`-${word[letter]}`);
        if (short === undefined) return undefined;
        if (!short.required && !short.optional) continue;
        if (letter === word.length - 1 && (short.required || takesNext(at + 1))) at++;
        break;
      }
      continue;
    }
    // `--topic=gifts`; an option commander does not know ends the run in an error before this is asked.
    if (byFlag(word.split("=")[0]!) === undefined) return undefined;
  }
  // The first of them is the command's name, read by the program.
  const [name, ...argumentsAt] = places;
  if (name === undefined || typed[name] !== command.name()) return undefined;
  const read = argumentsAt.map((place) => typed[place]);
  return read.length === command.args.length && read.every((word, at) => word === command.args[at]) ? argumentsAt : undefined;
}
