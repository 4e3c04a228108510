// A long word of characters the terminal is shown otherwise (ESC as ␛, RLO as <U+202E>, binary
// junk) came back whole or too wide: commander's messages were made visible before the words
// typed were cut, so no word typed was found in them ("completion takes bash, zsh or fish, not
// '<40 KB>'"); a word was cut by the columns of what was typed, not of what is shown (40
// columns of RLO drawn 320 wide); and a word in ANSI-C quotes, `topic $'\e[31m…'`, lost its "$'"
// to replaceAll's own pattern, and the command offered was broken over lines.
import { describe, expect, it } from "vitest";
import { ethicsAll, STACK_TRACE, unwrapped } from "./run.js";
import { linesWiderThan } from "./terminal-run.js";

const env = { COLUMNS: "80" };
const RAW = /[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]/;
// Bytes 1 to 255 but NUL, as a file pasted as an argument brings them.
const junk = Array.from({ length: 40 }, () => Array.from({ length: 255 }, (_, at) => String.fromCharCode(at + 1)).join("")).join("");

describe("a long word of characters shown otherwise", () => {
  it("is quoted cut to what is shown, in commander's messages and a command offered", async () => {
    const runs = [
      ["completion", "\u202eab\x1b[2J".repeat(3_000)],
      ["search", "gifts", "--limit", "\u202e".repeat(40)],
      ["topics", "\x1b[31m".repeat(3_000)],
      ["topics", junk],
    ];
    const [completion, limit, topics, binary] = await ethicsAll(runs.map((args): [string[], { env: typeof env }] => [args, { env }]));
    expect(unwrapped(completion!.stderr)).toBe("ethics: completion takes bash, zsh or fish, not '<U+202E>ab␛[2J<U+202…b␛[2J<U+202E>ab␛[2J'\n");
    expect(unwrapped(limit!.stderr)).toBe("ethics: --limit takes a whole number ≥ 1, not '<U+202E><U+202E><U+2…2E><U+202E><U+202E>'\n");
    expect(unwrapped(topics!.stderr)).toBe(
      "ethics: topics takes no arguments, and there is no topic or concept '␛[31m␛[31m␛[31m␛[31m…[31m␛[31m␛[31m␛[31m'\nhint: `ethics topics` lists the topics\n",
    );
    [completion, limit, topics, binary].forEach((result, at) => {
      const label = runs[at]![0]!;
      expect(result!.code, label).toBe(2);
      expect(result!.stdout, label).toBe("");
      expect(result!.stderr, label).not.toMatch(STACK_TRACE);
      expect(result!.stderr, label).not.toMatch(RAW);
      expect(linesWiderThan(result!.stderr, 80), label).toEqual([]);
      expect(result!.stderr.split("\n").length, label).toBeLessThan(6);
    });
  });
});
