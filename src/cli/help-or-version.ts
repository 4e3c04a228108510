// `ethics --help --version` printed the version whatever the order: commander acts on --version
// as it reads it and on --help only after. getopt-based tools (ls, grep) and git act on the
// first of the two, so a help asked for first is the help.

/** Help every command has (commander keeps it out of `options`); the version, the program's only. */
export const HELP: ReadonlySet<string> = new Set(["-h", "--help"]);
export const VERSION: ReadonlySet<string> = new Set(["-V", "--version"]);

/** `argv` (node, script, words) without the help or version words that come after the other kind. */
export function firstOfHelpAndVersion(argv: readonly string[]): string[] {
  const words = argv.slice(2);
  const end = words.indexOf("--");
  const options = end === -1 ? words : words.slice(0, end);
  const help = options.findIndex((word) => HELP.has(word));
  const version = options.findIndex((word) => VERSION.has(word));
  if (help === -1 || version === -1) return [...argv];
  const later = help < version ? VERSION : HELP;
  const kept = options.filter((word) => !later.has(word));
  return [...argv.slice(0, 2), ...kept, ...(end === -1 ? [] : words.slice(end))];
}
