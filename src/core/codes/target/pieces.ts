// The pieces of `show` (references and printed citations) resolved in order, each read
// against the one before it; one that names nothing fails the whole.
import type { Library } from "../../../model.js";
import { EthicsError } from "../../errors.js";
import type { NumberSelection, TypedNumber } from "../ref.js";
import { SectionElsewhere } from "../section-elsewhere.js";
import { codeNamedLast } from "./code-last.js";
import { codeNamedFirst, namesCodeExactly } from "./code-named.js";
import { mostCodeNameParts } from "../resolve.js";
import { codeLastAfterList } from "./code-of.js";
import { asDictated } from "./dictated.js";
import { withNumberGlued, withNumberGluedThenMore } from "./glued-numbers.js";
import { afterOwnItems, isItemLetters, isItemOf, itemsThenNumbers, itemsThenReference, noSuchItem, withItemsBeforeNumbers } from "./items.js";
import { joinedReferences } from "./joined.js";
import type { Piece, Target } from "./kinds.js";
import { inCodeNamedBefore, notInCodeNamedLast, sectionOfAnotherCode, sectionOrCodeBegun } from "./named-before.js";
import { numbersTyped } from "./numbers.js";
import { resolveTarget } from "./resolve-target.js";
import { commandOfPieces } from "./show-commands.js";

/**
 * Every reference resolved before anything is printed: one bad reference prints nothing.
 * `before`: the target the words follow, where they are the rest of a reference read apart.
 */
export function resolvePieces(library: Library, pieces: readonly Piece[], before?: Target): Target[] {
  const read: PiecesRead = { targets: [], at: 0 };
  try {
    return readPieces(library, pieces, before, read);
  } catch (error) {
    // Read apart (`before`), the words are part of a reference: the whole show is the caller's.
    if (before !== undefined || !(error instanceof SectionElsewhere)) throw error;
    const after = piecesAfter(library, pieces, read.at);
    // Alone (its item letters are its own), the reference's command says it as typed
    // ("integrity 12(b)"), not as read.
    if (read.targets.length === 0 && !after.some((piece) => !("reference" in piece && piece.reference.itemLabel))) throw error;
    // The references read before it as read, the others as typed: the commands that run, or
    // where none does, the reference's alone.
    const commands = error.owned
      .map((owned) => commandOfPieces(library, [...read.targets.map((target) => ({ target })), ...owned.map((reference) => ({ reference })), ...after]))
      .filter((command) => typeof command === "string");
    throw commands.length > 0 ? error.withCommands(commands) : error;
  }
}

/**
 * The pieces after the one at `at`, less a code named alone right after a reference that names
 * none (`integrity 12 alaska`): that is its code named last, which lacks the section, not a
 * reference of its own to print whole.
 */
function piecesAfter(library: Library, pieces: readonly Piece[], at: number): readonly Piece[] {
  const [failed, next] = [pieces[at], pieces[at + 1]];
  const codeless = failed !== undefined && "reference" in failed && !namesCodeExactly(library, failed.reference);
  const codeAlone = next !== undefined && "reference" in next && next.reference.selection === undefined && codeNamedFirst(library, next.reference.words, mostCodeNameParts(library))?.words === next.reference.words.length;
  return pieces.slice(at + (codeless && codeAlone ? 2 : 1));
}

/** How far reading the pieces got: the targets read, and the piece being read. */
interface PiecesRead {
  targets: Target[];
  at: number;
}

/** resolvePieces' reading, into `read`. */
function readPieces(library: Library, pieces: readonly Piece[], before: Target | undefined, read: PiecesRead): Target[] {
  const { targets } = read;
  // `12 a 13 b`: the standards 12 and 13 are one list, as `12 13` is, and the letters after it
  // are 13's, the number they follow: the list's standard that item letters after it belong to.
  const lettersOf = new Map<Target, Target>();
  const beforeLetters = () => {
    const last = targets.at(-1);
    return last === undefined ? undefined : (lettersOf.get(last) ?? last);
  };
  // Letters after a list or range (`5,12 a`, `5-7 a`) are its last number's too, as after `12 a 6`.
  const lettersAfter = (target: Extract<Target, { kind: "standards" }>, selection: NumberSelection) => {
    const last = selection.spans.at(-1)!;
    const lastStandard = last.to === "last" ? undefined : target.standards.find((standard) => standard.number === (last.to as TypedNumber).value);
    if (lastStandard !== undefined) lettersOf.set(target, { ...target, standards: [lastStandard], form: "one" });
  };
  // After such a list (`12 a 6 b`), a hint's command is the list without the letters.
  const listed = () => {
    const last = targets.at(-1);
    return last?.kind === "standards" && lettersOf.has(last) ? numbersTyped(last.standards.map((standard) => standard.number)) : undefined;
  };
  for (const [index, piece] of pieces.entries()) {
    read.at = index;
    if ("reference" in piece && isItemOf(beforeLetters(), piece.reference)) continue;
    const more = "reference" in piece ? itemsThenNumbers(library, beforeLetters(), piece.reference, listed()) : undefined;
    if (more === "items") continue;
    if (more !== undefined) {
      const previous = targets.pop() as Extract<Target, { kind: "standards" }>;
      const standards = [...new Set([...previous.standards, ...more.standards])];
      const ranPast = previous.ranPast ?? more.ranPast;
      const list: Target = { ...previous, standards, form: standards.length > 1 ? "list" : previous.form, ...(ranPast !== undefined && { ranPast }) };
      targets.push(list);
      lettersAfter(list, more.selection);
      continue;
    }
    if ("reference" in piece && (piece.reference.itemLabel || isItemLetters(library, beforeLetters(), piece.reference))) {
      throw noSuchItem(beforeLetters(), piece.reference, listed());
    }
    if ("target" in piece) {
      // "Medi-Cal · Integrity 5 7 a": the letters are 7's, as after `integrity 5 7 a`.
      if (piece.target.kind === "standards" && piece.target.standards.length > 1 && piece.selection !== undefined) lettersAfter(piece.target, piece.selection);
      targets.push(piece.target);
      continue;
    }
    const rest = afterOwnItems(library, beforeLetters(), piece.reference);
    if (rest !== undefined) {
      pushAll(targets, resolvePieces(library, [{ reference: rest }], targets.at(-1)));
      continue;
    }
    const previous = targets.at(-1) ?? before;
    const inCode = previous === undefined ? undefined : inCodeNamedBefore(library, previous, piece.reference);
    if (inCode !== undefined) {
      pushAll(targets, inCode);
      continue;
    }
    const elsewhere = previous === undefined ? sectionOrCodeBegun(library, piece.reference, pieces[index + 1]) : sectionOfAnotherCode(library, previous, piece.reference);
    if (elsewhere !== undefined) throw elsewhere;
    let target: Target;
    try {
      target = resolveTarget(library, piece.reference);
    } catch (error) {
      // Only what the grammar refused is read otherwise: anything else is no reading of the words.
      if (!(error instanceof EthicsError)) throw error;
      const afterItems = itemsThenReference(library, beforeLetters(), piece.reference, listed());
      if (afterItems !== undefined) {
        pushAll(targets, afterItems);
        continue;
      }
      const glued = withNumberGlued(library, piece.reference);
      if (glued !== undefined) {
        targets.push(glued);
        continue;
      }
      const gluedThenMore = withNumberGluedThenMore(library, piece.reference);
      if (gluedThenMore !== undefined) {
        targets.push(gluedThenMore.first);
        pushAll(targets, resolvePieces(library, [{ reference: gluedThenMore.rest }], gluedThenMore.first));
        continue;
      }
      const itemsFirst = withItemsBeforeNumbers(library, piece.reference);
      if (itemsFirst !== undefined) {
        targets.push(itemsFirst);
        continue;
      }
      const dictated = asDictated(library, piece.reference, previous);
      if (dictated instanceof EthicsError) throw dictated;
      if (dictated !== undefined) {
        pushAll(targets, dictated);
        continue;
      }
      const joined = joinedReferences(library, piece.reference);
      // "in medi-cal" after numbers is theirs: read alone, its "in" was a section (Integrity).
      if (joined === undefined) {
        throw codeLastAfterList(library, pieces, index, targets.at(-1)) ?? codeNamedLast(library, piece.reference, pieces[index + 1]) ?? notInCodeNamedLast(library, previous, piece.reference) ?? error;
      }
      pushAll(targets, joined);
      continue;
    }
    // "conduct 4 alaska": read alone, "conduct" begins a word of Wisconsin's title, and Alaska
    // named after it has a Conduct 4; a code named by its id, alias or name is one still.
    if (!namesCodeExactly(library, piece.reference)) {
      const named = codeNamedLast(library, piece.reference, pieces[index + 1]);
      if (named !== undefined) throw named;
    }
    if (target.kind === "standards" && target.standards.length > 1 && piece.reference.selection !== undefined) lettersAfter(target, piece.reference.selection);
    targets.push(target);
  }
  return targets;
}

/**
 * `more` pushed onto `targets` one by one: spread as arguments, a code named 150,000 times
 * (a script's list) overflowed the stack.
 */
function pushAll(targets: Target[], more: readonly Target[]): void {
  for (const target of more) targets.push(target);
}
