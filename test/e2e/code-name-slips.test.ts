// A code's name with a slip in it, inside a question: `--code alaksa` and `diff alaksa …`
// answered "did you mean alaska?", but "what does alaksa say about relapse" was read as naming
// no code (North Carolina 1 first, loosely related, and no hint). It now names the code as the
// name spelt right does: its answers first, and the hint to search it alone.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const first = (query: string) => {
  const { stdout, code } = ethics(["search", query, "--json"]);
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { hits: { code: string; loose: boolean }[] }).hits[0]!;
};

describe("a code's name with a slip in it, in a question", () => {
  it.each([
    ["what does alaksa say about relapse", "what does alaska say about relapse", "alaska"],
    ["what does wisconson say about gifts", "what does wisconsin say about gifts", "wisconsin"],
    ["what does north carolia say about dating", "what does north carolina say about dating", "north-carolina"],
  ])("%s reads as %s", (slipped, right, id) => {
    const hit = first(slipped);
    expect(hit).toEqual(first(right));
    expect(hit).toMatchObject({ code: id, loose: false });
    const { stderr } = ethics(["search", slipped]);
    expect(stderr).toContain(`add --code ${id}`);
  });
});
