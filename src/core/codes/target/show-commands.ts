// The `show` command, of ids, that prints what was read: what hints give to run.
import type { Library } from "../../../model.js";
import { ethicsFor } from "../../command-start.js";
import { EthicsError } from "../../errors.js";
import { type NumberSelection, type Token, parseSelection } from "../ref.js";
import { referencesOf } from "./code-last.js";
import type { Piece, Target } from "./kinds.js";
import { numbersTyped } from "./numbers.js";
import { resolvePieces } from "./pieces.js";
import { resolveTarget } from "./resolve-target.js";

/** The show command, of ids, that prints `targets`, in backquotes. */
export function showCommandOf(targets: readonly Target[]): string {
  return `\`${ethicsFor(...targets.map((target) => target.code))} show ${targets.map(resolvedReference).join(" ")}\``;
}

/** The show command, of ids, that prints what `pieces` name, or the error that says why they name nothing. */
export function commandOfPieces(library: Library, pieces: readonly Piece[]): string | EthicsError {
  try {
    return showCommandOf(resolvePieces(library, pieces));
  } catch (error) {
    if (error instanceof EthicsError) return error;
    throw error;
  }
}

/** codeFirstReference of a target whose selection is not at hand: its numbers as found. */
function resolvedReference(target: Target): string {
  const numbers =
    target.kind === "standards" ? target.standards.map((standard) => standard.number)
    : target.kind === "values" && target.form !== "all" ? target.values.map((value) => value.number)
    : [];
  return codeFirstReference(target, numbers.length === 0 ? undefined : parseSelection(numbersTyped(numbers)));
}

/** The show command, of ids, that prints what `tokens` name; undefined where they name nothing. */
export function commandOf(library: Library, tokens: readonly Token[], listedAt: ReadonlySet<number>): string | undefined {
  try {
    const references = referencesOf(library, tokens, listedAt);
    const targets = references.map((reference) => resolveTarget(library, reference));
    const words = targets.map((target, at) => codeFirstReference(target, references[at]!.selection));
    // Every code's --data folder: a user's code after a built-in one is loaded only with it.
    return `\`${ethicsFor(...targets.map((target) => target.code))} show ${words.join(" ")}\``;
  } catch {
    return undefined;
  }
}

/**
 * The words after `ethics show` that print `target`, of ids, not the words typed: those may hold
 * a shell's `&` or `;`, and a hint is copied to a shell.
 */
export function codeFirstReference(target: Target, selection: NumberSelection | undefined): string {
  // Standards of a code with one list are cited without it, as `wisconsin 12` is typed.
  const oneList = target.kind === "standards" && target.code.sections.length === 1;
  const place =
    target.kind === "code" || oneList ? []
    : target.kind === "values" || target.kind === "preamble" || target.kind === "definitions" ? [target.kind]
    : [target.section.id];
  return [target.code.id, ...place, ...(selection === undefined ? [] : [selection.text])].join(" ");
}
