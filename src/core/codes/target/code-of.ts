// "of" or "in" and a code after a reference's numbers (`wi 1 12 of nc`, `wi 12 of nc`): which
// code the numbers are, said with a command for each reading.
import type { Code, Library } from "../../../model.js";
import { ethicsFor } from "../../command-start.js";
import { EthicsError, UsageError } from "../../errors.js";
import { type NumberSelection, type Reference, parseSelection, spanTyped } from "../ref.js";
import { mostCodeNameParts } from "../resolve.js";
import { codeNamedFirst } from "./code-named.js";
import { CODE_LAST_WORDS, JOINING_WORDS } from "./grammar-words.js";
import type { Piece, Target } from "./kinds.js";
import { holdingSelection } from "./numbers.js";
import { resolveTarget } from "./resolve-target.js";
import { commandOfPieces } from "./show-commands.js";

/**
 * The words after a reference's numbers that open with "of" or "in" and a code's name (the
 * longest that names one whole), as a group said: "of nc", "of medi-cal integrity", "of nc 2",
 * "of nc alaska conduct 2". Words after the name that name a section of that code are its
 * place; numbers right after them are more of that code's (`12 of nc 2` is North Carolina 12
 * and 2, as referencesOf reads it); any other words a reference of their own, as in `wi 12
 * alaska conduct 2`.
 */
interface CodeOf {
  /** "of nc" as typed, to quote back. */
  said: string;
  code: Code;
  codeName: string[];
  place: string[];
  more?: NumberSelection;
  rest?: Reference;
}

function codeOfAt(library: Library, piece: Piece | undefined): CodeOf | undefined {
  if (piece === undefined || !("reference" in piece)) return undefined;
  const { words, selection, codeWords, itemLabel, text } = piece.reference;
  if (codeWords !== undefined || itemLabel || words.length < 2 || !CODE_LAST_WORDS.has(words[0]!.toLowerCase())) return undefined;
  const named = codeNamedFirst(library, words.slice(1), mostCodeNameParts(library));
  if (named === undefined) return undefined;
  const codeName = words.slice(1, 1 + named.words);
  let end = 1 + named.words;
  const tail = words.slice(end);
  if (tail.length > 0 && namesPlace(library, [...codeName, ...tail], codeName.length)) end = words.length;
  // Name words are one typed word each: the text's first words are the group's as typed.
  const typed = text.split(" ");
  const codeOf = { said: typed.slice(0, end).join(" ").replace(/,$/, ""), code: named.code, codeName, place: words.slice(1 + named.words, end) };
  // The reference after it joined as references are ("of nc and alaska conduct 2", "of nc, alaska …").
  let from = end;
  while (from < words.length && (JOINING_WORDS.has(words[from]!.toLowerCase()) || words[from] === ",")) from++;
  if (from === words.length) return selection === undefined ? codeOf : { ...codeOf, more: selection };
  return { ...codeOf, rest: { words: words.slice(from), text: typed.slice(from).join(" "), ...(selection !== undefined && { selection }) } };
}

/** Whether `words`, a code's `codeWords` first, name a section or the values of that code. */
function namesPlace(library: Library, words: readonly string[], codeWords: number): boolean {
  try {
    const target = resolveTarget(library, { words: [...words], codeWords, text: words.join(" ") });
    return target.kind === "section" || target.kind === "values";
  } catch {
    return false;
  }
}

/**
 * The reference the numbers are in the code after "of": in the place named after it, or its
 * one list; else in the section named before it (`california integrity 5 of medi-cal`), where
 * the code has one so named with them; else in the first of its sections that has them, only
 * an example (`alaska conduct 2 of medi-cal`: Medi-Cal has no Conduct, and the words name no
 * other). Where none has them, what the code lacks, as a hint says it.
 */
function numbersInCode(library: Library, before: Target, codeOf: CodeOf, numbers: string): { reference: Reference; example: boolean } | { lacks: string } {
  const { code, codeName, place } = codeOf;
  const selection = parseSelection(numbers);
  const inPlace = (words: readonly string[]): Reference => ({ words: [...codeName, ...words], codeWords: codeName.length, text: [...codeName, ...words, numbers].join(" "), selection });
  const failure = (words: readonly string[]): EthicsError | undefined => {
    try {
      resolveTarget(library, inPlace(words));
      return undefined;
    } catch (error) {
      if (error instanceof EthicsError) return error;
      throw error;
    }
  };
  if (place.length > 0 || code.sections.length === 1) {
    // "North Carolina has no 30", "Medi-Cal Integrity has no 20": the place is named.
    const lacks = failure(place);
    return lacks === undefined ? { reference: inPlace(place), example: false } : { lacks: lacks.message };
  }
  const named = before.kind === "values" ? ["values"] : (before.kind === "section" || before.kind === "standards") && before.code.sections.length > 1 ? [before.section.id] : [];
  if (named.length > 0 && failure(named) === undefined) return { reference: inPlace(named), example: false };
  const [holding] = holdingSelection(code.sections, selection, (section) => section.standards.map((standard) => standard.number));
  if (holding !== undefined) return { reference: inPlace([holding.id]), example: true };
  return { lacks: `no section of ${code.id} has ${/^\d+$/.test(numbers) ? `a ${numbers}` : numbers}` };
}

/**
 * `wi 1 and 12 of nc`, `wi 1, 12 in nc`: "of" or "in" and a code's name after a list, as
 * `wi 1 12 of nc` is said (referencesOf), the list's last number the code's, and any numbers
 * after the name (`wi 1 12 of nc 2`) its too. The grammar read the list whole, and "of nc" as
 * a reference of its own: "no code 'of'". Refused as a code named last is, the hint every
 * reference typed, the code before that number; where that reading names nothing, the error
 * that says why; undefined where the words are not so. `before`: the list's target.
 */
export function codeLastAfterList(library: Library, pieces: readonly Piece[], index: number, before: Target | undefined): EthicsError | undefined {
  const listed = pieces[index - 1];
  const codeOf = codeOfAt(library, pieces[index]);
  if (before === undefined || listed === undefined || !("reference" in listed) || listed.reference.selection === undefined || codeOf === undefined) return undefined;
  const list = listed.reference.selection;
  const last = spanTyped(list.spans.at(-1)!);
  const numbers = codeOf.more === undefined ? last : `${last},${codeOf.more.text}`;
  const reading = (middle: Piece[]): Piece[] => [...pieces.slice(0, index - 1), ...middle, ...(codeOf.rest === undefined ? [] : [{ reference: codeOf.rest }]), ...pieces.slice(index + 1)];
  if (list.spans.length === 1) return oneNumberOfCode(library, listed.reference, before, codeOf, last, reading);
  const said = `'${last} ${codeOf.said}' names its code last`;
  const inCode = numbersInCode(library, before, codeOf, numbers);
  if ("lacks" in inCode) return new UsageError(said, `${inCode.lacks}: see \`${ethicsFor(codeOf.code)} list ${codeOf.code.id}\``);
  const head = parseSelection(list.spans.slice(0, -1).map(spanTyped).join(","));
  const command = commandOfPieces(library, reading([{ reference: { ...listed.reference, selection: head, text: [...listed.reference.words, head.text].join(" ") } }, { reference: inCode.reference }]));
  // What names nothing is the references' after it (`wi 1 12 of nc alaska conduct 20`): their own error.
  if (command instanceof EthicsError) return command;
  return new UsageError(said, inCode.example ? `the code comes first, and one of its sections: e.g. ${command}` : `the code comes first: ${command}`);
}

/**
 * `wi 12 of nc`, `alaska conduct 2 of medi-cal`: a reference that names its code, one number,
 * and "of" another code after it: the number the first code's, or the other code's (the first
 * named by a slip)? Each reading's command, the other code's where it has the number (in the
 * section named, or for example in one of its sections that has it); the grammar said "no code
 * 'of'". Numbers after the code's name (`wi 12 of nc 2`) are its own in either reading. Where
 * the words as typed name nothing, their error.
 */
function oneNumberOfCode(library: Library, typed: Reference, before: Target, codeOf: CodeOf, number: string, reading: (middle: Piece[]) => Piece[]): EthicsError {
  const { code, codeName, place, more } = codeOf;
  const named: Reference = { words: [...codeName, ...place], codeWords: codeName.length, text: [...codeName, ...place, ...(more === undefined ? [] : [more.text])].join(" "), ...(more !== undefined && { selection: more }) };
  const asTyped = commandOfPieces(library, reading([{ reference: typed }, ...(place.length > 0 || more !== undefined ? [{ reference: named }] : [])]));
  // The words kept as typed name nothing (`wi 12 of nc 22`, `… alaska conduct 20`): nor does the other reading.
  if (asTyped instanceof EthicsError) return asTyped;
  const message = `'${typed.text} ${codeOf.said}' names two codes for ${number}`;
  const inCode = numbersInCode(library, before, codeOf, more === undefined ? number : `${number},${more.text}`);
  if ("lacks" in inCode) return new UsageError(message, `${inCode.lacks}; ${before.code.id}'s: ${asTyped}`);
  const asCode = commandOfPieces(library, reading([{ reference: inCode.reference }]));
  if (asCode instanceof EthicsError) return asCode;
  // `wi 12 of wi`: one code named twice, one reading, not two of the same command.
  if (code.id === before.code.id && asCode === asTyped) return new UsageError(`'${typed.text} ${codeOf.said}' names ${code.id} twice`, `the code once, first: ${asTyped}`);
  return new UsageError(message, `say which: ${asTyped}, ${inCode.example ? `or a section of ${code.id}, e.g. ` : ""}${asCode}`);
}
