// What resolveArguments gives the tests of `show`'s references: the citations of its targets, or
// the user-facing error it throws.
import { resolveArguments, type Target } from "../../../src/core/codes/target.js";
import { EthicsError } from "../../../src/core/errors.js";
import type { Library } from "../../../src/model.js";

/** Each target's standards' citations joined by " | ", or its kind where it names no standards. */
export const citedTargets = (targets: Target[]): string[] =>
  targets.map((target) => (target.kind === "standards" ? target.standards.map((standard) => standard.citation).join(" | ") : target.kind));

/** The EthicsError resolving `argv` throws; a test that expected one fails where none is thrown. */
export function resolveFailure(library: Library, argv: string[]): EthicsError {
  try {
    resolveArguments(library, argv);
  } catch (error) {
    if (error instanceof EthicsError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(argv)} to fail`);
}
