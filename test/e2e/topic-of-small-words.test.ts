// `ethics topic "I'm into him"` (an entry term of the concept on romance with someone you
// support) said "internal error: Maximum call stack size exceeded", and `topic "I'll be there"`
// ran for minutes first: a term of small words alone has no stems, was found by no lookup, and
// was offered as the term nearest what was typed, which was looked up again, and again. It is
// found word for word, as any term is.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE } from "./run.js";

describe("an entry term of small words alone", () => {
  it.each([
    ["I'm into him", "romance-or-sex-with-people-served"],
    ["I'll be there", "keeping-commitments"],
    ["out myself", "healthy-self-disclosure"],
  ])("topic %j is its concept", (term, id) => {
    const run = ethics(["topic", term, "--json"]);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: "concept", id });
    // its words unquoted too
    const unquoted = ethics(["topic", ...term.split(" ")]);
    expect(unquoted.code).toBe(0);
    expect(unquoted.stdout).toBe(ethics(["topic", term]).stdout);
  });

  // "I'm into hm" ran for minutes, looking up its readings again and again.
  it("a name near it is offered, at once", () => {
    const started = Date.now();
    const run = ethics(["topic", "I'm into hm"]);
    expect(run.stdout).toBe("");
    // the entry term as written, not its slug spaced ("i m into him")
    expect(run.stderr).toMatch(/^ethics: no topic or concept 'I'm into hm' — did you mean I'm into him\?\n/);
    expect(run.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
