// The handout of a topic, with a trainer's own code beside the five (test/fixtures/riverbend).
// It did not say which code was the trainer's, nor that the tool had guessed what its standards
// are about, as `topic` says ("3 of 4 inferred, not curated").
import { describe, expect, it } from "vitest";
import { riverbendHandout } from "./riverbend-handout.js";
import { ethics } from "./run.js";

const handout = riverbendHandout;

describe("the topic handout marks a user's code, and what of it the tool guessed", () => {
  const html = handout(["--topic", "gifts", "--code", "riverbend,wisconsin"]);

  it("heads the user's code's column as a user code, with how many of its readings are guessed", () => {
    expect(html).toContain('<th>Riverbend <span class="origin">(user code)</span><br><span class="strength prohibits">prohibits</span><br><span class="inferred">3 of 4 inferred, not curated</span></th>');
    expect(html).toContain('<th>Wisconsin<br><span class="strength prohibits">prohibits</span></th>');
  });

  it("marks each guessed standard, not the one its file tags", () => {
    expect(html).toContain('<span class="citation">Riverbend · Gifts 2</span> <span class="strength prohibits">prohibits</span> <span class="inferred">inferred</span>');
    expect(html).toMatch(/<span class="citation">Riverbend · Gifts 1<\/span> <span class="strength allows">allows<\/span> <span class="qualifiers">/);
  });

  it("marks the guessed citations among the questions for discussion, and says what the mark means", () => {
    expect(html).toContain('<p class="governed">Riverbend · Gifts 1; Riverbend · Gifts 2 <span class="inferred">(inferred)</span>; Riverbend · Gifts 4 <span class="inferred">(inferred)</span>; Wisconsin 12</p>');
    expect(html).toContain("A citation marked inferred is the tool’s guess from a user code’s wording, not curated.");
  });

  it("of the five codes alone, says nothing of users' codes or guesses", () => {
    const builtIn = ethics(["export", "--format", "html", "--topic", "gifts"]).stdout;
    expect(builtIn).not.toContain('class="origin"');
    expect(builtIn).not.toContain('class="inferred"');
  });
});
