// The themes next to a situation's theme, whose rules make plausible wrong choices. A gifts
// situation was offered one rule on gifts beside rules on trauma and documentation: three
// choices a student could strike out without reading them. The codes themselves say which themes
// lie together: a standard filed under matters of two themes (Alaska's "I will not accept
// substantial gifts or loans…", gifts and money) joins them, and money, dual relationships and
// boundaries lie next to gifts.
import type { Concept } from "../../model.js";
import { standardKeyOf } from "../codes/standard-text.js";

const made = new WeakMap<readonly Concept[], (topic: string) => ReadonlySet<string>>();

/** The themes (topic ids) some standard is filed under together with `topic`, itself left out. */
export function nearbyThemes(concepts: readonly Concept[]): (topic: string) => ReadonlySet<string> {
  let found = made.get(concepts);
  if (found) return found;
  const themesOf = new Map<string, Set<string>>();
  for (const concept of concepts) {
    for (const key of concept.standards) {
      const standard = standardKeyOf(key);
      const themes = themesOf.get(standard) ?? new Set<string>();
      themes.add(concept.topic);
      themesOf.set(standard, themes);
    }
  }
  const near = new Map<string, Set<string>>();
  for (const themes of themesOf.values()) {
    for (const theme of themes) for (const other of themes) if (other !== theme) near.set(theme, (near.get(theme) ?? new Set()).add(other));
  }
  found = (topic) => near.get(topic) ?? new Set();
  made.set(concepts, found);
  return found;
}
