// A field's path in a code file as problems write it ("sections[0].standards[1].text"), and back.

/** ["sections", 0, "title"] as "sections[0].title". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join("");
}

/** "aliases[0]", "source.derivedFrom" as the keys formatPath wrote them from. */
export function parsePath(path: string): (string | number)[] {
  return path.split(/\.|(?=\[)/).map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));
}
