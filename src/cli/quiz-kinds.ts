// `quiz --kind`'s values read: the kinds of question asked for, each name checked. Imported when
// the quiz runs, not in the main bundle: only `quiz` takes them.
import { UsageError } from "../core/errors.js";
import type { QuestionKind } from "../core/study/quiz.js";
import { didYouMean } from "../core/suggest.js";

/** What --kind takes: the kinds of question, as --json names them. */
export const KINDS = ["which-code", "situation", "strength", "cloze"] as const satisfies readonly QuestionKind[];

const HINT = "e.g. --kind situation; several: --kind situation,strength";

/** The kind a name not a kind's may have meant: one it is a word of (`code`: which-code), the start of (`sit`), or near (`situations`). */
function meantKind(name: string): string | undefined {
  const lower = name.toLowerCase();
  const byWord = KINDS.filter((kind) => kind.split("-").includes(lower));
  if (byWord.length === 1) return `did you mean ${byWord[0]}?`;
  const started = KINDS.filter((kind) => kind.startsWith(lower));
  if (started.length === 1) return `did you mean ${started[0]}?`;
  return didYouMean(lower, KINDS);
}

/**
 * `--kind situation,cloze --kind strength` (each value as typed) → [situation, cloze, strength],
 * any case, each once. An empty name is a stray comma, said so (`--kind situation,` was "not
 * ''"); a name near a kind's names it.
 */
export function questionKinds(values: readonly string[]): QuestionKind[] {
  const kinds = new Set<QuestionKind>();
  for (const value of values) {
    const names = value.split(",").map((name) => name.trim());
    if (names.some((name) => name === "")) {
      const given = `--kind '${value}'`;
      throw new UsageError(
        names.length === 1 ? `${given} is empty: it takes ${KINDS.join(", ")}, or several separated by commas` : `${given} has an empty name (a stray comma?): it takes kinds of question separated by commas`,
        HINT,
      );
    }
    for (const name of names) {
      const kind = KINDS.find((one) => one === name.toLowerCase());
      if (kind) {
        kinds.add(kind);
        continue;
      }
      const meant = meantKind(name);
      throw new UsageError(`--kind takes ${KINDS.join(", ")}, not '${name}'${meant ? ` — ${meant}` : ""}`, HINT);
    }
  }
  return [...kinds];
}
