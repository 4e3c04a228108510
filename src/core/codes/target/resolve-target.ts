// One reference resolved: its code, then its section or values, then the numbers picked there.
import type { Code, Library } from "../../../model.js";
import { ethicsFor } from "../../command-start.js";
import { UsageError } from "../../errors.js";
import type { NumberSelection, Reference } from "../ref.js";
import { type SectionTarget, slugify, unknownCode } from "../resolve.js";
import { sectionTitledWithNumber } from "../section-titled-with-number.js";
import { withoutWordBeforeNumber } from "../words-before-number.js";
import { splitCode } from "./code-named.js";
import { numberIn, placeAtHand, referenceIn } from "./example-standard.js";
import { frontMatterNamed, frontMatterTarget } from "./front-matter.js";
import type { Target } from "./kinds.js";
import { sayWhichSection } from "./number-errors.js";
import { inValues, pickNumbered, standardsTarget } from "./numbers.js";
import { sectionOf } from "./section.js";

/**
 * A word with no letter or digit ('!!!', '*') names nothing; names are matched as slugs, which
 * drop it, so that 'alaska !!!' would be read as alaska: it is refused instead. A dash alone is
 * punctuation between names, as pasted ("Alaska – Conduct 4").
 */
function refuseEmptyWords(library: Library, reference: Reference): void {
  reference.words.forEach((word, index) => {
    if (slugify(word) !== "" || /^-+$/.test(word)) return;
    if (index === 0 || index < (reference.codeWords ?? 0)) throw unknownCode(library, word);
    // The example in the code named before it (`wi !!! 3`: Wisconsin's), else Medi-Cal Integrity.
    const place = placeAtHand(library, reference.words.slice(0, index));
    const parts = place?.code.sections.length === 1 ? "a code and numbers" : "a code, a section and numbers";
    const example = place === undefined ? "ethics show medi-cal integrity 12" : `${ethicsFor(place.code)} show ${referenceIn(place, String(numberIn(place)))}`;
    throw new UsageError(`'${word}' in '${reference.text}' is neither a name nor a number`, `a reference is ${parts}: e.g. \`${example}\``);
  });
}

export function resolveTarget(library: Library, reference: Reference): Target {
  refuseEmptyWords(library, reference);
  const { code, codeText, rest: typed } = splitCode(library, reference);
  const { selection } = reference;
  const titled = sectionTitledWithNumber(code, typed, selection);
  if (titled !== undefined) return placeTarget(code, titled.place, titled.selection);
  // "integrity standard 12", "conduct rule 4": the word is the number's, not the section's.
  const rest = [...withoutWordBeforeNumber(code, typed, selection)];
  if (rest.length === 0) {
    if (selection === undefined) return { kind: "code", code };
    if (code.sections.length > 1) throw sayWhichSection(code, selection);
    return standardsTarget(code, code.sections[0]!, selection);
  }
  const matter = selection === undefined ? frontMatterNamed(code, rest) : undefined;
  if (matter !== undefined) return frontMatterTarget(code, matter);
  return placeTarget(code, sectionOf(library, code, codeText, rest, selection), selection);
}

/** A section or the values of a code, or the numbers selected there. */
export function placeTarget(code: Code, place: SectionTarget, selection: NumberSelection | undefined): Target {
  if (place.kind === "values") {
    if (selection === undefined) return { kind: "values", code, values: code.values, form: "all" };
    const { picked: values, ranPast } = pickNumbered(inValues(code), selection);
    return { kind: "values", code, values, form: selection.form, ...(ranPast !== undefined && { ranPast }) };
  }
  const { section } = place;
  if (selection === undefined) return { kind: "section", code, section };
  return standardsTarget(code, section, selection);
}
