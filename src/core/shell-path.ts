// A path in a command a message suggests ("`ethics validate DIR` checks them") is written as
// the shell and the command must read it, so that the command can be copied and run: as it is
// when it holds nothing the shell reads specially, else in single quotes — a folder named
// "My codes" stays one word, and one named "$(…)" or "a;b" runs nothing when pasted. One that
// starts with a dash is written ./-…: bare, ethics, mv and the rest read "-rf.yaml" as options.
const PLAIN = /^[\w@%+=:,./-]+$/;

export function shellPath(path: string): string {
  return shellWord(path.startsWith("-") ? `./${path}` : path);
}

/**
 * A word typed, as a pasted command must give it again (an option, `--code='north carolina'`,
 * stays one): as it is when the shell reads it so, else in single quotes.
 */
export function shellWord(word: string): string {
  return PLAIN.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
