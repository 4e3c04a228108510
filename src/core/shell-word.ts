// A path or word in a command a message suggests ("`ethics validate DIR` checks them") is
// written as the shell must read it, so that the command can be copied and run: as it is when
// it holds nothing the shell reads specially, else in single quotes — a folder named
// "My codes" stays one word, and one named "$(…)" or "a;b" runs nothing when pasted.
const PLAIN = /^[\w@%+=:,./-]+$/;

export function shellWord(word: string): string {
  return PLAIN.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
