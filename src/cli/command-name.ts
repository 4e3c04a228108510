// The command a run names, told from its arguments alone: the program builds only that one,
// and the V8 code cache keeps its entries apart per command (cache/compile-cache.ts), before
// the program is loaded.

/** Every command, in the order --help lists them. */
export const COMMAND_NAMES = ["list", "show", "search", "topics", "topic", "concepts", "diff", "random", "quiz", "export", "validate", "completion"] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(COMMAND_NAMES);

export function isCommandName(word: string): word is CommandName {
  return NAMES.has(word);
}

/** The first word that is not an option (nor the value of --data), when it is a command's name. */
export function namedCommand(args: readonly string[]): CommandName | undefined {
  for (let at = 0; at < args.length; at++) {
    const word = args[at]!;
    if (word === "--data") at++;
    else if (!word.startsWith("-")) return isCommandName(word) ? word : undefined;
  }
  return undefined;
}

/**
 * The folders typed with --data (`--data DIR`, `--data=DIR`), before or after the command, up
 * to a `--` (past it every word is the command's): for the commands printed that name no code,
 * which must carry them (core/command-start.ts), usage errors found before parsing among them.
 */
export function dataFoldersTyped(args: readonly string[]): string[] {
  const folders: string[] = [];
  for (let at = 0; at < args.length && args[at] !== "--"; at++) {
    const data = typedOption(args, at, "--data");
    if (data === undefined) continue;
    if (data.value !== undefined) folders.push(data.value);
    at = data.last;
  }
  return folders.filter((folder) => folder !== "");
}

/**
 * The option `long` (or its letter `short`) as typed at `words[at]`, in the forms commander
 * reads: `--code x`, `--code=x`, `-c x` and `-cx` (a value glued on that starts with no dash).
 * Its value (undefined when the option is the last word) and where its last word is; undefined
 * when the word there is not the option. For what is read of the words before commander has
 * parsed them, or where it refused them (a hint's command made from what was typed).
 */
export function typedOption(words: readonly string[], at: number, long: string, short?: string): { value: string | undefined; last: number } | undefined {
  const word = words[at]!;
  if (word === long || word === short) return at + 1 < words.length ? { value: words[at + 1], last: at + 1 } : { value: undefined, last: at };
  if (word.startsWith(`${long}=`)) return { value: word.slice(long.length + 1), last: at };
  if (short !== undefined && word.length > short.length && word.startsWith(short) && word[short.length] !== "-") return { value: word.slice(short.length), last: at };
  return undefined;
}
