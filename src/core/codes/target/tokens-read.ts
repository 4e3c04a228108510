// The words after `show` as tokens (ref.ts), read where the library is known: a refusal made
// before it is (ExampleRefusal: `wi ""`, `wi:1:2:3`) gives its example in the code the words
// typed before it name, not in Medi-Cal Integrity whatever the code.
import type { Library } from "../../../model.js";
import { UsageError } from "../../errors.js";
import { ExampleRefusal, type Token, readTokens } from "../ref.js";
import { numberIn, placeAtHand } from "./example-standard.js";

export function readTokensIn(library: Library, argv: readonly string[]): Token[] {
  try {
    return readTokens(argv);
  } catch (error) {
    if (!(error instanceof ExampleRefusal)) throw error;
    const place = placeAtHand(library, error.typedBefore);
    if (place === undefined) throw error;
    const { code, section } = place;
    throw new UsageError(error.message, error.hintFor({ code: code.id, ...(code.sections.length > 1 && { section: section.id }), number: numberIn(place) }));
  }
}
