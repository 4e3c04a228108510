// A theme typed with a slip and an apostrophe was offered with the apostrophe dropped and its
// parts spaced apart: `topic "i'm into hm"` said "did you mean i m into him?" (an entry term's
// slug, its hyphens made spaces) and `topic "someone's gfts"` "did you mean someone gifts?" (the
// mended words joined, "'s" lost). An entry term is now offered as written, and mended words
// are put back where they were typed, the rest kept as typed.
import { describe, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

const LISTS = "hint: `ethics topics` lists the topics, `ethics concepts` the concepts\n";

describe("a theme with a slip is offered as it was typed, mended", () => {
  it.each([
    [["topic", "i'm into hm"], "'i'm into hm' — did you mean I'm into him?"],
    [["concepts", "i'm into hm"], "'i'm into hm' — did you mean I'm into him?"],
    [["topic", "someone's gfts"], "'someone's gfts' — did you mean someone's gifts?"],
    [["topic", "Someone's  gfts"], "'Someone's  gfts' — did you mean Someone's  gifts?"],
    // words with no apostrophe, as before
    [["topic", "gift", "crads"], "'gift crads' — did you mean gift cards?"],
  ])("%j", (args, said) => {
    expectShortFailure(ethics(args), 1, `ethics: no topic or concept ${said}\n${LISTS}`);
  });
});
