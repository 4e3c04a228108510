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
 * reads: `--code x`, `--code=x`, `-c x` and `-cx` (a value glued on that starts with no dash),
 * and, where `flagLetters` are given, after flags run together with it in one word: `-rc x`,
 * `-rcx` (flagLettersOf: which letters take no value, and so may stand before another). Its
 * value (undefined when the option is the last word), where its last word is, and the flags run
 * before it (`-r`), if any; undefined when the word there is not the option. For what is read
 * of the words before commander has parsed them, or where it refused them (a hint's command
 * made from what was typed).
 */
export function typedOption(
  words: readonly string[],
  at: number,
  long: string,
  short?: string,
  flagLetters = "",
): { value: string | undefined; last: number; flagsBefore?: string } | undefined {
  const word = words[at]!;
  const valueAfter = (last: number) => (last + 1 < words.length ? { value: words[last + 1], last: last + 1 } : { value: undefined, last });
  if (word === long || word === short) return valueAfter(at);
  if (word.startsWith(`${long}=`)) return { value: word.slice(long.length + 1), last: at };
  if (short === undefined || !word.startsWith("-") || word.startsWith("--")) return undefined;
  let letter = 1;
  while (letter < word.length && word[letter] !== short[1] && flagLetters.includes(word[letter]!)) letter++;
  if (word[letter] !== short[1]) return undefined;
  const glued = word.slice(letter + 1);
  if (glued.startsWith("-")) return undefined;
  const flagsBefore = letter > 1 ? { flagsBefore: word.slice(0, letter) } : {};
  return glued === "" ? { ...valueAfter(at), ...flagsBefore } : { value: glued, last: at, ...flagsBefore };
}
