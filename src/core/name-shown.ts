// A file's name, or a code's id, alias or short name, as a message quotes it. The output keeps
// soft hyphens, the combining grapheme joiner, Mongolian variation selectors, joiners and
// variation selectors raw (render/terminal-text.ts): words of text need them, and show them as
// what they join or vary. A name is no text: quoted in a message to tell it from another, one of
// them hid the only difference between the two (`ite<U+00AD>ms.yaml` printed beside
// `items.yaml` read as the same name twice). So in a name they are written as their code points.
import { hiddenCharactersShown } from "./codes/hidden-characters.js";

export function nameShown(name: string): string {
  return hiddenCharactersShown(name);
}
