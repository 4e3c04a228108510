// Two standards of one code with the same words validated without a word: most often a slip
// (a standard pasted twice, one left unedited). A source may repeat itself, as Medi-Cal does,
// and then the file says so in an editorial remark (data/medi-cal.yaml, Holistic Wellness 1);
// otherwise loading and `ethics validate` warn, naming both standards. A warning, not a problem:
// the code loads as written, since the words may be the source's.
import { dirname } from "node:path";
import { allStandards, type Code, type Standard } from "../../model.js";
import { PROBLEMS_SHOWN } from "../errors.js";
import { citedTitles } from "./cited-title.js";
import { shellPath } from "../shell-path.js";
import { joined } from "../word-list.js";

/** An editorial remark that says a standard repeats another: the source repeats itself there. */
const SAYS_REPEATED = /\b(?:repeat(?:s|ed|ing)?|duplicat\w*|twice|word for word|identical)\b/i;
/**
 * A note of the source's own that says so ("Duplicated in the original"): only words that speak
 * of a text repeated. A rule's own "twice" or "identical" ("Do not bill twice for one session")
 * is about what the rule governs, and kept a slip from being told.
 */
const NOTE_SAYS_REPEATED = /\b(?:repeat(?:s|ed)|duplicat\w*|word for word)\b/i;

/** What two standards must share to be the same: the text and the items, as the model folds them. */
function wordsOf(standard: Standard): string {
  return [standard.text, ...standard.items.map((item) => `${item.label}\u0000${item.text}`)].join("\u0001");
}

/** Standards a warning names one by one, at most: a code of 300 copies of one text is not echoed back. */
const NAMED = 3;

/** "1, 5 and 9"; past NAMED, "1, 5, 9 and 297 more". */
function listed(names: readonly string[]): string {
  return names.length <= NAMED ? joined(names, "and") : `${names.slice(0, NAMED).join(", ")} and ${names.length - NAMED} more`;
}

/**
 * "standards 1 and 3 of Boundaries"; "Boundaries 1 and Privacy 2" across sections. A section
 * is named as citations name it (cited-title.ts): of two headed "Duties", "Duties
 * (duties-to-staff)", lest the warning name "Duties 1 and Duties 1".
 */
function described(standards: readonly Standard[], titles: ReadonlyMap<string, string>): string {
  const [first] = standards;
  const title = (standard: Standard) => titles.get(standard.section) ?? standard.sectionTitle;
  if (standards.every((standard) => standard.section === first!.section)) {
    return `standards ${listed(standards.map((standard) => String(standard.number)))} of ${title(first!)}`;
  }
  return listed(standards.map((standard) => `${title(standard)} ${standard.number}`));
}

/**
 * The groups of `code`'s standards that have the same words (text and items), each as a warning
 * names them ("standards 1 and 3 of Boundaries"), less those where a standard's editorial remark
 * or note already says it repeats another (the source's oddity, said).
 */
export function sameTexts(code: Code): string[] {
  const byWords = new Map<string, Standard[]>();
  for (const standard of allStandards(code)) {
    const key = wordsOf(standard);
    const group = byWords.get(key);
    if (group === undefined) byWords.set(key, [standard]);
    else group.push(standard);
  }
  const found: string[] = [];
  const cited = citedTitles(code.sections, code.values.length > 0);
  const titles = new Map(code.sections.map((section, at) => [section.id, cited[at]!]));
  for (const group of byWords.values()) {
    if (group.length < 2) continue;
    if (group.some((standard) => standard.editorial.some((remark) => SAYS_REPEATED.test(remark)) || standard.notes.some((note) => NOTE_SAYS_REPEATED.test(note)))) continue;
    found.push(described(group, titles));
  }
  return found;
}

/**
 * Where a code carries its groups said ahead (a cached user's code, whose standards are read only
 * on use): a symbol from the global registry, as model.ts's size, since the CLI bundles lazily
 * loaded modules each with a copy of this one. Not enumerable: no copy or JSON carries it.
 */
const SAME_TEXTS = Symbol.for("ethics.sameTexts");

/** Says `code`'s groups of the same words ahead of its standards. */
export function rememberSameTexts(code: Code, groups: readonly string[]): void {
  Object.defineProperty(code, SAME_TEXTS, { value: groups, enumerable: false });
}

/** `code`'s groups of the same words, without reading its standards where they are said ahead. */
export function sameTextsOf(code: Code): readonly string[] {
  return (code as Code & { [SAME_TEXTS]?: readonly string[] })[SAME_TEXTS] ?? sameTexts(code);
}

/** The warning for one group of `code`'s standards with the same words (as sameTexts names them). */
export function sameTextWarning(code: Code, group: string): string {
  return `${code.file}: ${group} have the same text (the code loads; where the source repeats itself, say so in an editorial remark on one of them)`;
}

/**
 * The warnings for users' codes once a library is loaded, every run, as the lineage's are: the
 * first few, then how many more and the validate that lists them (a folder of a thousand
 * copies of one such code would otherwise say a thousand lines before every answer). Built-in
 * codes are checked by the tests, not on every run.
 */
export function sameTextWarnings(codes: readonly Code[]): string[] {
  const warnings: string[] = [];
  const foldersLeft = new Set<string>();
  let left = 0;
  for (const code of codes) {
    if (code.origin !== "user") continue;
    for (const group of sameTextsOf(code)) {
      if (warnings.length < PROBLEMS_SHOWN) warnings.push(sameTextWarning(code, group));
      else {
        left++;
        foldersLeft.add(dirname(code.file));
      }
    }
  }
  if (left > 0) warnings.push(`… and ${left.toLocaleString("en-US")} more like these; \`ethics validate ${[...foldersLeft].map(shellPath).join(" ")}\` lists every one`);
  return warnings;
}
