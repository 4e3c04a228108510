// Two topics where one is taken: `ethics topic gifts, money`, and `--topic gifts,money` as
// --code takes a list. Each was "no topic or concept 'gifts, money'" and a hint to list every
// topic, though each part names one. The message now says one is taken, and the hint how to ask
// for each.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("several topics where one is taken", () => {
  it.each([
    [["topic", "gifts,", "money"]],
    [["topic", "gifts and money"]],
    [["topic", "gifts;money"]],
    [["topic", "gifts", "&", "money"]],
  ])("%j: ethics topic takes one, and the hint gives each", (args) => {
    const run = ethics(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^ethics: `ethics topic` takes one topic or concept, not 2: '.*'\n/);
    expect(run.stderr).toMatch(/\nhint: one at a time: `ethics topic gifts`, then `ethics topic money`\n$/);
  });

  it("concepts too", () => {
    const run = ethics(["concepts", "gifts, money"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("ethics: `ethics concepts` takes one topic or concept, not 2: 'gifts, money'\nhint: one at a time: `ethics concepts gifts`, then `ethics concepts money`\n");
  });

  it.each([[["random", "--seed", "1"]], [["quiz", "--seed", "1"]], [["export", "--format", "anki"]]])("%j --topic gifts,money: --topic takes one", (command) => {
    const run = ethics([...command, "--topic", "gifts,money"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("ethics: --topic takes one topic, not 2: 'gifts,money'\nhint: one at a time: --topic gifts, then --topic money\n");
  });

  it("a name that holds 'and' is still read whole first", () => {
    const run = ethics(["topic", "confidentiality and privacy"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Confidentiality and privacy\n/);
  });

  it("a part that names nothing leaves the message as it was", () => {
    const run = ethics(["topic", "gifts, xyzzy"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ethics: no topic or concept 'gifts, xyzzy'/);
  });

  // Each was refused with exit 2: "and" was split inside a name, and parts naming one matter
  // counted as several ("money and loans, gifts" said "not 3").
  it("a list is split at its commas first, each piece read whole before its 'and'", () => {
    const run = ethics(["topic", "money and loans, gifts"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ethics: `ethics topic` takes one topic or concept, not 2: /);
    expect(run.stderr).toMatch(/\nhint: one at a time: `ethics topic money and loans`, then `ethics topic gifts`\n$/);
  });

  it.each([
    ["drugs and alcohol", "Substance use and impairment"],
    ["hugs and touch", "Physical contact and touch"],
    ["sexual and romantic relationships", "Romantic and sexual relationships"],
    ["gifts and gifts", "Gifts"],
  ])("%s: parts naming one topic (or a concept of it) are that topic", (name, shown) => {
    const run = ethics(["topic", name]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")[0]).toBe(shown);
  });

  it("--topic too", () => {
    const run = ethics(["random", "--seed", "1", "--topic", "drugs and alcohol", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });
});
