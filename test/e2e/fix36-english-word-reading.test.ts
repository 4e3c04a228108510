// `show california cultural relevance` said "'relevance' is not a standard number", and `show wi
// rode of conduct` "'rode of conduct' is not a standard number": whether the words were English
// decided how the reference was split, not only whether "did you mean" was printed. Words near a
// section's name are that name mistyped, English or not.
import { describe, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("English words near a section's name are read as that name", () => {
  it.each([
    [["show", "california", "cultural", "relevance"], "ethics: no section 'cultural relevance' in california"],
    [["show", "wi", "rode", "of", "conduct"], "ethics: no section 'rode of conduct' in wisconsin"],
  ])("%j names a section, not a number", (args, message) => {
    expectShortFailure(ethics(args), 1, message);
  });
});
