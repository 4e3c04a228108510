// The hint of a situation quiz that could not be made, on a user's code that tags few of its
// standards, gave `concepts: [accepting-gifts, …]` as its example whatever was asked: under
// `--topic money-and-loans` too, where gifts are no situation. Its example is now a concept a
// situation is asked of in the scope, one the code's untagged standards read as on first.
import { describe, expect, it } from "vitest";
import { tagExample } from "../../../src/core/study/untagged-standards.js";
import type { Code, Library, Standard, Topic } from "../../../src/model.js";
import { makeCode } from "../make-code.js";
import { builtinLibrary } from "./library.js";

function standard(number: number, text: string, concepts?: string[]): Standard {
  return { code: "harbor", section: "rules", sectionTitle: "Rules", number, text, items: [], notes: [], editorial: [], citation: `Harbor · Rules ${number}`, ...(concepts ? { concepts } : {}) };
}

/** An agency's code that tags one standard (on gifts) and leaves a rule on texting untagged. */
const harbor: Code = makeCode({
  id: "harbor",
  shortName: "Harbor",
  title: "Harbor Code",
  sections: [
    {
      id: "rules",
      title: "Rules",
      intro: null,
      editorial: {},
      standards: [
        standard(1, "Will never accept cash or gift cards from the people they serve.", ["accepting-gifts"]),
        standard(2, "Will not text the people they serve from a personal phone."),
      ],
    },
  ],
});
const library: Library = { ...builtinLibrary, codes: [...builtinLibrary.codes, harbor] };
const topic = (id: string): Topic => library.topics.find((candidate) => candidate.id === id)!;
const askedOn = (id: string) => library.concepts.filter((concept) => concept.topic === id && concept.questions.length > 0).map((concept) => concept.id);

describe("the example of a tag a situation quiz's hint gives", () => {
  it.each([
    // the untagged rule reads as on texting, not on the topic's first concept (social media)
    ["electronic-communication-and-social-media", "texting-calls-and-email"],
    // nothing untagged reads as on the topic: its first concept a situation is asked of
    ["money-and-loans", "lending-and-borrowing-money"],
    ["self-disclosure", "sharing-recovery-story"],
  ])("--topic %s: %s", (id, example) => {
    expect(askedOn(id)).toContain(example);
    expect(tagExample(library, [harbor], topic(id))).toBe(example);
  });

  it("without a topic, the first concept asked of that an untagged standard reads as on", () => {
    expect(tagExample(library, [harbor], null)).toBe("texting-calls-and-email");
  });

  it("a scope no situation is asked of gives none", () => {
    expect(tagExample({ ...library, concepts: library.concepts.map((concept) => ({ ...concept, questions: [] })) }, [harbor], topic("gifts"))).toBeNull();
  });
});
