/** "1 file", "3 files"; `many` for words that do not just take an s ("1 same", "9 same"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
