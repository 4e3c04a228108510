// Candidates for the word being completed, given the words before it.
import type { Command, Option } from "commander";
import type { Library } from "../model.js";

function optionNames(command: Command): string[] {
  return (command.options as readonly Option[]).flatMap((option) => [option.long, option.short]).filter((name): name is string => Boolean(name));
}

function codeIds(library: Library): string[] {
  return library.codes.map((code) => code.id);
}

/** What follows an option that takes a value: the option's choices, code ids, or nothing known. */
function valuesFor(option: Option, library: Library): string[] | undefined {
  if (option.argChoices) return option.argChoices;
  if (option.long === "--code" || option.long === "--codes") return codeIds(library);
  if (option.long === "--section") return [...new Set(library.codes.flatMap((code) => code.sections.map((section) => section.id)))];
  return option.required || option.optional ? [] : undefined;
}

export function completeWords(program: Command, library: Library, before: readonly string[]): string[] {
  const commandName = before.find((word) => !word.startsWith("-"));
  const command = program.commands.find((candidate) => candidate.name() === commandName);
  const last = before[before.length - 1];
  const owner = command ?? program;
  const pendingOption = last && (owner.options as readonly Option[]).find((option) => option.long === last || option.short === last);
  if (pendingOption) {
    const values = valuesFor(pendingOption, library);
    if (values) return values;
  }
  if (!command) {
    return [...program.commands.filter((candidate) => !candidate.name().startsWith("_")).map((candidate) => candidate.name()), ...optionNames(program)];
  }
  const positional = before.slice(before.indexOf(commandName!) + 1).filter((word) => !word.startsWith("-"));
  const options = optionNames(command);
  switch (command.name()) {
    case "show":
    case "list":
    case "diff": {
      if (positional.length === 0 || (command.name() === "diff" && positional.length === 1)) return [...codeIds(library), ...options];
      const code = library.codes.find((candidate) => candidate.id === positional[0] || candidate.aliases.includes(positional[0]!));
      if (command.name() === "show" && code && positional.length === 1) {
        return [...code.sections.map((section) => section.id), ...(code.values.length > 0 ? ["values"] : []), ...options];
      }
      return options;
    }
    case "topic":
      return positional.length === 0 ? [...library.topics.map((topic) => topic.id), ...options] : options;
    case "completion":
      return positional.length === 0 ? ["bash", "zsh", "fish"] : [];
    default:
      return options;
  }
}
