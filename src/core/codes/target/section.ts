// The section the words after a code name, and the messages where they name none: a
// misspelt section, another code's, value statements a code does not have.
import type { Code, Library } from "../../../model.js";
import { ethicsFor } from "../../command-start.js";
import { EthicsError, UsageError } from "../../errors.js";
import { joined } from "../../word-list.js";
import { citedTitle } from "../cited-title.js";
import type { NumberSelection, Reference } from "../ref.js";
import { type SectionTarget, findCode, findSection, hasNearSection, mostSectionNameParts, resolveSection, sectionMeant, slugify, wordsOneNameTakes } from "../resolve.js";
import { SectionElsewhere } from "../section-elsewhere.js";
import { VALUES_SECTION } from "../slug.js";
import { isWordBeforeNumberMisspelt } from "../words-before-number.js";
import { notANumber } from "./number-errors.js";
import { describeNumbers, holdingSelection, inSection, inValues, picked } from "./numbers.js";
import { sectionNaming } from "./without-code.js";

/**
 * The section the words name. Words that name none may be a section and a word where the number
 * belongs ("integrity twelve"), or a second reference that needed a `;` ("conduct medi-cal
 * integrity"): each gets its own message. Where the words are close to a section's name, a typo
 * is likelier ("safety & protectoin"), and only a section named exactly is split off.
 */
export function sectionOf(library: Library, code: Code, codeText: string, rest: string[], selection: NumberSelection | undefined): SectionTarget {
  const whole = rest.join(" ");
  const found = findSection(code, whole);
  if (found.kind === "found") return found.value;
  if (found.kind === "none" && NAMES_OF_VALUES.has(slugify(whole))) throw noValueStatements(code);
  if (found.kind === "none" && selection === undefined) {
    const near = hasNearSection(code, whole);
    const most = Math.min(rest.length - 1, wordsOneNameTakes(rest, mostSectionNameParts(code)));
    for (const stage of near ? (["exact"] as const) : (["exact", "prefix"] as const)) {
      for (let count = most; count >= 1; count--) {
        const head = findSection(code, rest.slice(0, count).join(" "), [stage]);
        if (head.kind !== "found") continue;
        const tail = rest.slice(count).join(" ");
        const next = findCode(library, rest[count]!, ["exact"]);
        if (next.kind === "found") {
          throw new UsageError(
            `'${codeText} ${whole}' reads as one reference`,
            `put ; between references: \`${ethicsFor(code, next.value)} show "${codeText} ${rest.slice(0, count).join(" ")}; ${tail}"\``,
          );
        }
        throw notANumber(tail, head.value.kind === "values" ? inValues(code) : inSection(code, head.value.section));
      }
    }
    if (code.sections.length === 1 && !near) throw notANumber(whole, inSection(code, code.sections[0]!));
  }
  if (found.kind === "none" && !hasNearSection(code, whole)) {
    const elsewhere = sectionOfOtherCodes(library, code, whole, selection);
    if (elsewhere !== undefined) throw elsewhere;
    // A code of one section is cited by number alone ("Wisconsin 2"): words before the number
    // that name no section of it nor another code's (`show wi rel 2`) are a slip for the number
    // alone. Its one section's id, the hint was, never cited. Not where the words hold a number
    // of their own (`nc 15.wi 12`): the number after them is another reference's, not theirs.
    if (code.sections.length === 1 && selection !== undefined && !/\d/.test(whole)) {
      throw new EthicsError(`no section '${whole}' in ${code.id}: ${code.shortName}'s standards are cited by number alone`, `\`${ethicsFor(code)} show ${code.id} ${selection.text}\``);
    }
  }
  const misspelt = found.kind === "none" ? misspeltSection(code, rest, selection) : undefined;
  if (misspelt !== undefined) throw misspelt;
  return resolveSection(code, whole);
}

/**
 * `medi-cal saftey 7`, `integrity principal 12`: a section's name misspelt, or a word misspelt
 * between it and the number ("principal" for "principle"), where one section is clearly
 * meant (resolve.ts, words-before-number.ts). Said as "did you mean" is, with the command that
 * shows it, its numbers where it has them; the hint was only the list of the code's sections.
 */
function misspeltSection(code: Code, rest: readonly string[], selection: NumberSelection | undefined): EthicsError | undefined {
  const whole = rest.join(" ");
  let meant = sectionMeant(code, whole);
  if (meant === undefined && selection !== undefined && rest.length > 1 && isWordBeforeNumberMisspelt(rest.at(-1)!)) {
    const name = rest.slice(0, -1).join(" ");
    const named = findSection(code, name);
    meant = named.kind === "found" ? { value: named.value, label: named.value.kind === "values" ? VALUES_SECTION : named.value.section.id, apart: "" } : sectionMeant(code, name);
  }
  if (meant === undefined) return undefined;
  const { value, label, apart } = meant;
  const numbers = value.kind === "values" ? code.values.map((each) => each.number) : value.section.standards.map((standard) => standard.number);
  const holds = selection !== undefined && picked(selection, numbers).missing.length === 0;
  const place = value.kind === "section" && code.sections.length === 1 && holds ? [] : [label];
  const words = [code.id, ...place, ...(holds ? [selection.text] : [])];
  return new EthicsError(`no section '${whole}' in ${code.id} — did you mean ${label}?${apart}`, `\`${ethicsFor(code)} show ${words.join(" ")}\``);
}

/**
 * `medi-cal conduct 4`: a section another code has (Alaska's Conduct), named with a code that
 * has none. The error says whose it is, with the command for the first code whose section has
 * the numbers asked (where one has), as a peer who mixed up two codes needs; it was "no section
 * 'conduct' in medi-cal" and a pointer to the list of Medi-Cal's sections alone. The command is
 * the reference's alone, until resolvePieces puts it among the others typed (SectionElsewhere).
 */
export function sectionOfOtherCodes(library: Library, code: Code, whole: string, selection: NumberSelection | undefined): EthicsError | undefined {
  const others = library.codes.filter((other) => other !== code);
  const { stages, sectionIn } = sectionNaming(others, whole);
  const owners = others.flatMap((other) => {
    const section = sectionIn(other);
    return section === undefined ? [] : [{ code: other, section }];
  });
  if (owners.length === 0) return undefined;
  // A prefix that begins sections of different titles (`conf`: Alaska's Conflicts of Interest,
  // Medi-Cal's Confidentiality) names none of them.
  if (stages.includes("prefix") && new Set(owners.map((owner) => slugify(owner.section.title))).size > 1) return undefined;
  const holding = selection === undefined ? owners : holdingSelection(owners, selection, (owner) => owner.section.standards.map((standard) => standard.number));
  const shown = holding[0] ?? owners[0]!;
  const single = shown.code.sections.length === 1;
  const words = [shown.code.id, ...(single ? [] : [shown.section.id])];
  const numbers = selection !== undefined && holding.length > 0 ? selection : undefined;
  const owned: Reference = { words, codeWords: 1, text: [...words, ...(numbers === undefined ? [] : [numbers.text])].join(" "), ...(numbers !== undefined && { selection: numbers }) };
  const whose = `${citedTitle(shown.code, shown.section)} is a section of ${joined(owners.map((owner) => owner.code.shortName), "and")}`;
  return new SectionElsewhere(`no section '${whole}' in ${code.id}`, whose, [[owned]], [`\`${ethicsFor(shown.code)} show ${owned.text}\``]);
}

/** What `show <code> values` may be written as: the values' own names, and the word before them. */
export const NAMES_OF_VALUES = new Set(["value", "values", "value-statement", "value-statements"]);

/**
 * `wi values`: a code with no value statements (Wisconsin, and Medi-Cal, whose values are its
 * sections) said so, with what it has. Read as a section, `values` was "not a standard number"
 * in a code of one list, and "no section 'values'" in the others.
 */
function noValueStatements(code: Code): EthicsError {
  if (code.sections.length === 1) {
    const numbers = code.sections[0]!.standards.map((standard) => standard.number);
    return new EthicsError(`${code.shortName} has no value statements; it has standards ${describeNumbers(numbers)}`, `e.g. \`${`${ethicsFor(code)} show ${code.id} ${numbers[0] ?? ""}`.trimEnd()}\``);
  }
  return new EthicsError(`${code.shortName} has no value statements; it has ${code.sections.length} sections`, `\`${ethicsFor(code)} list ${code.id}\` shows them`);
}
