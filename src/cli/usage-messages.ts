// commander's own usage errors said as ethics says its others: "ethics: <what was wrong> — did
// you mean …?", then a "hint:" naming the next step, never a bare "missing required argument".
import type { Command } from "commander";
import { didYouMean } from "../core/suggest.js";

/** A commander error message (`error: …`, perhaps `\n(Did you mean …?)`) for `command`. */
export function commanderMessage(command: Command, text: string): string {
  const message = text
    .replace(/^error: /, "")
    .trimEnd()
    .replace(/\n\(Did you mean (.+)\?\)$/, " — did you mean $1?");
  const name = command.name();
  let hint: string | undefined;
  if (/^(missing required argument|too many arguments)/.test(message)) {
    // `ethics diff <a> <b>`: what the command takes, and where its examples are.
    hint = `${`ethics ${name} ${command.usage().replace(/^\[options\] ?/, "")}`.trimEnd()}; examples: ethics help ${name}`;
  } else if (/^unknown option/.test(message) && command.parent) {
    hint = `ethics ${name} --help lists its options`;
  }
  return `ethics: ${message}\n${hint ? `hint: ${hint}\n` : ""}`;
}

/**
 * `ethics help nonsense`: commander prints the program's help for a command it does not know,
 * without a word on what was wrong. Said as an unknown command is.
 */
export function unknownHelpTopic(program: Command, args: readonly string[]): { message: string; hint: string } | undefined {
  const [first, topic] = args;
  if (first !== "help" || topic === undefined || topic.startsWith("-")) return undefined;
  const names = program.commands.map((command) => command.name()).filter((name) => !name.startsWith("_"));
  if (names.includes(topic)) return undefined;
  const suggestion = didYouMean(topic, names);
  return { message: `unknown command '${topic}'${suggestion ? ` — ${suggestion}` : ""}`, hint: "`ethics --help` lists the commands" };
}
