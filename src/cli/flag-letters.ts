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
