// `ethics topic` with a code beside the theme, one of them mistyped: "giftz in alaska" and
// "gifts in alsaka" were each "no topic or concept '…'" with no suggestion, though `topic giftz`
// suggests gifts and `--code alsaka` suggests alaska. The slip is named, with what it is near.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a slip in `ethics topic` beside a code", () => {
  it.each([
    [["topic", "giftz", "in", "alaska"], "ethics: no topic or concept 'giftz' — did you mean gifts?\nhint: `ethics topics` lists the topics, `ethics concepts` the concepts\n"],
    [["topic", "supervison", "for", "wi"], "ethics: no topic or concept 'supervison' — did you mean supervision?\nhint: `ethics topics` lists the topics, `ethics concepts` the concepts\n"],
    [["topic", "gifts", "in", "alsaka"], "ethics: no code 'alsaka' — did you mean alaska?\nhint: `ethics topic gifts in alaska`\n"],
    [["topic", "alsaka", "gifts"], "ethics: no code 'alsaka' — did you mean alaska?\nhint: `ethics topic alaska gifts`\n"],
    [["topic", "hugg"], "ethics: no topic or concept 'hugg' — did you mean hug?\nhint: `ethics topics` lists the topics, `ethics concepts` the concepts\n"],
  ])("%j says what the slip is near", (args, stderr) => {
    const run = ethics(args);
    expect([run.code, run.stdout, run.stderr]).toEqual([1, "", stderr]);
  });

  it("the command a misspelt code's hint gives runs", () => {
    const run = ethics(["topic", "gifts", "in", "alaska"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Alaska");
  });

  it("words that name no code at either end are still the theme's problem", () => {
    const run = ethics(["topic", "gifts", "alsaka", "medical"]);
    expect(run.stderr).toBe("ethics: no topic or concept 'gifts alsaka medical'\nhint: `ethics topics` lists the topics, `ethics concepts` the concepts\n");
  });
});
