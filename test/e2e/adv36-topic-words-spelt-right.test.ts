// `ethics topic love` answered "did you mean money-and-loans?", `topic phone` "boundaries?", `topic
// pet` "money-and-loans?": a topic's synonym a few letters away ("loan", "home", "debt") was
// offered for a word spelt right, which means what it says and is no slip for another. As search
// does, a name is suggested only for a word that is not English spelt right.
import { describe, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("a topic typed as an English word that names none", () => {
  it.each([
    ["topic", "love"],
    ["topic", "phone"],
    ["concepts", "pet"],
  ])("%s %s: no topic, and no name a few letters away", (command, word) => {
    expectShortFailure(ethics([command, word]), 1, `ethics: no topic or concept '${word}'\nhint: \`ethics topics\` lists the topics, \`ethics concepts\` the concepts\n`);
  });

  it.each([["random"], ["quiz"], ["export", "--format", "anki"]])("%s --topic love: likewise", (...command) => {
    expectShortFailure(ethics([...command, "--topic", "love"]), 1, "ethics: no topic 'love'\nhint: `ethics topics` lists them\n");
  });

  it("a slip is still answered: giftz, did you mean gifts?", () => {
    expectShortFailure(ethics(["topic", "giftz"]), 1, "ethics: no topic or concept 'giftz' — did you mean gifts?");
  });
});
