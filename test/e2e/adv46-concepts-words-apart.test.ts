// `ethics concepts gifts money` (two names, a space between them) was "no topic or concept
// 'gifts money'", while `concepts gifts,money` said one is taken and how to ask for each. The
// space form now gets that message where each word (or run of words) names a topic or concept.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("two topic or concept names with a space between them", () => {
  it.each([
    [["concepts", "gifts", "money"], "`ethics concepts` takes one topic or concept, not 2: 'gifts money'", "one at a time: `ethics concepts gifts`, then `ethics concepts money`"],
    [["concepts", "gifts money"], "`ethics concepts` takes one topic or concept, not 2: 'gifts money'", "one at a time: `ethics concepts gifts`, then `ethics concepts money`"],
    [["concepts", "hug", "money"], "`ethics concepts` takes one topic or concept, not 2: 'hug money'", "one at a time: `ethics concepts hug`, then `ethics concepts money`"],
    [["topic", "gifts", "money"], "`ethics topic` takes one topic or concept, not 2: 'gifts money'", "one at a time: `ethics topic gifts`, then `ethics topic money`"],
  ])("%j: one at a time", (args, message, hint) => {
    const result = ethics(args);
    expectShortFailure(result, 2, `ethics: ${message}\nhint: ${hint}\n`);
  });

  it("a word that names nothing is the not-found it was", () => {
    expectShortFailure(ethics(["concepts", "gifts", "xyzzy"]), 1, "ethics: no topic or concept 'gifts xyzzy'");
  });

  it("a name of two words is still read whole", () => {
    const result = ethics(["concepts", "dual", "relationships"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Dual relationships \(dual-relationships\)\n/);
  });
});
