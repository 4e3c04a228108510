// What resolveArguments gives the tests of `show`'s references: the citations of its targets, or
// the user-facing error it throws.
import { resolveArguments, type Target } from "../../../src/core/codes/target.js";
import { EthicsError } from "../../../src/core/errors.js";
import type { Library } from "../../../src/model.js";

/**
 * Each target's standards' (or value statements') citations joined by " | "; a section as
 * "section <title>", a code as "code <id>".
 */
export const citedTargets = (targets: Target[]): string[] =>
  targets.map((target) => {
    switch (target.kind) {
      case "standards":
        return target.standards.map((standard) => standard.citation).join(" | ");
      case "values":
        return target.values.map((value) => value.citation).join(" | ");
      case "section":
        return `section ${target.section.title}`;
      case "code":
        return `code ${target.code.id}`;
      case "preamble":
      case "definitions":
        return `${target.kind} ${target.code.id}`;
    }
  });

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
