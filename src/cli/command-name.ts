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
    const word = args[at]!;
    if (word === "--data" && at + 1 < args.length) folders.push(args[++at]!);
    else if (word.startsWith("--data=")) folders.push(word.slice("--data=".length));
  }
  return folders.filter((folder) => folder !== "");
}
