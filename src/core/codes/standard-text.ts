// Two things every capability asks of a standard: a key to find it by, and the words it is
// about (its text, its lettered items and the source's notes; never the editor's notes).
import type { Standard, StandardKey } from "../../model.js";

export function standardKeyOf(key: StandardKey): string {
  return `${key.code}\u0000${key.section}\u0000${key.number}`;
}

export function standardWords(standard: Standard): string {
  return [standard.text, ...standard.items.map((item) => item.text), ...standard.notes].join(" ");
}
