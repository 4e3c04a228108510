// `quiz -rt dual relationships`: commander reads a word of one dash as options run together,
// each letter that takes no value an option of its own, until one that takes a value. What
// reads the words typed (typedOption) must know those letters to find an option inside such a
// word; without them `-rt` was no --topic, and its value was taken for an argument.
import type { Command } from "commander";

/** The letters of `command`'s options, and its program's, that take no value (quiz's `-r`). */
export function flagLettersOf(command: Command): string {
  const options = [...command.options, ...(command.parent?.options ?? [])];
  return options
    .filter((option) => !option.required && !option.optional && option.short !== undefined)
    .map((option) => option.short!.slice(1))
    .join("");
}

/**
 * `-cak`, `-rc ak`: short options of `command` run together in one word, as commander reads it:
 * letters that take no value, each an option, up to one that takes a value, which is the rest of
 * the word (`-cak`: --code ak), or the next word where none is left (`takesNext`). Undefined
 * where the word is no such run, or a letter is no option of the command.
 */
export function lettersRunTogether(command: Command, word: string): { takesNext: boolean } | undefined {
  if (!/^-[^-]{2,}$/.test(word)) return undefined;
  for (let at = 1; at < word.length; at++) {
    const option = command.options.find((each) => each.short === `-${word[at]}`);
    if (option === undefined) return undefined;
    if (option.required || option.optional) return { takesNext: option.required && at === word.length - 1 };
  }
  return { takesNext: false };
}
