// A question put for study says so before it asks ("cert test q: …", "Exam prep: …"): the
// framing names no matter; a question about the exam itself keeps its words.
import { describe, expect, it } from "vitest";
import { search } from "../../../src/core/search/search.js";
import { withoutStudyFraming } from "../../../src/core/search/study-framing.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

const root = new URL("../../..", import.meta.url).pathname;
const library = readBuiltinLibrary(root);
const index = builtIndex(library);

describe("withoutStudyFraming", () => {
  it.each([
    // Cut: a framing at the start, set off by a colon or a dash (or, saying what the asker is doing, a full stop).
    ["cert test q: peer asks if she'll get her kids back", "peer asks if she'll get her kids back"],
    ["Exam prep: list the things a peer must never do to a client", "list the things a peer must never do to a client"],
    ["studying for my peer cert exam - what if i cant make it to his court date", "what if i cant make it to his court date"],
    ["I'm prepping for the CPSS test — can a peer lend money?", "can a peer lend money?"],
    ["ethics exam question: accepting gifts", "accepting gifts"],
    ["Running a CPSS exam review. Which standards are about training?", "Which standards are about training?"],
    // Kept: the exam is the matter, or nothing sets a framing off, or nothing follows it.
    ["I'm studying for the CPSS exam, can I use the title yet?", "I'm studying for the CPSS exam, can I use the title yet?"],
    ["can i put CPRS after my name b4 i pass the exam", "can i put CPRS after my name b4 i pass the exam"],
    ["test results: my client failed a drug test", "test results: my client failed a drug test"],
    ["exam prep", "exam prep"],
    ["Exam: ", "Exam: "],
  ])("%j → %j", (query, expected) => {
    expect(withoutStudyFraming(query)).toBe(expected);
  });
});

describe("a study framing does not name a matter", () => {
  const named = (query: string) => search(index, library, query).concepts;

  it("'Exam prep:' is no PrEP (harm reduction)", () => {
    expect(named("Exam prep: list the things a peer must never do to a client, like threats or using force.")).not.toContain("harm-reduction");
    expect(named("list the things a peer must never do to a client, like threats or using force.")).toContain("threats-intimidation-and-harassment");
  });

  it("'cert test q:' is no question of losing one's certification", () => {
    expect(named("cert test q: peer asks if i think she'll get her kids back. be real or be nice?")).not.toContain("losing-certification");
  });

  it("PrEP, asked about, is still named", () => {
    expect(named("peer asked me where to get PrEP")).toContain("harm-reduction");
  });
});
