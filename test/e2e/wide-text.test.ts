// Users' codes in Chinese, Japanese and Korean, with runs of emoji, and with standard numbers of
// many digits: every line fits 80 columns as a terminal counts them, and no word is lost.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./run.js";
import { ethicsAll } from "./terminal-run.js";

const data = join(root, "test/fixtures/wide-text");

/** Columns as a terminal shows them, measured apart from the code under test. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Emoji_Presentation}\u3000-\u303f\u30fb\u30fc\uff01-\uff60]/u;
function columns(line: string): number {
  let count = 0;
  for (const char of line.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "")) if (!/\p{M}/u.test(char)) count += WIDE.test(char) ? 2 : 1;
  return count;
}

const RUNS = [
  ["list"],
  ["list", "zh-code"],
  ["show", "zh-code"],
  ["show", "wide-numbers"],
  ["random", "--code", "zh-code", "--seed", "1"],
  ["random", "--code", "zh-code", "--seed", "2"],
  ["search", "gifts", "--code", "zh-code"],
  ["topic", "gifts"],
  ["topics"],
  ["diff", "zh-code", "alaska"],
  ["diff", "zh-code", "alaska", "--full"],
  ["diff", "wide-numbers", "alaska", "--full"],
];

describe("wide characters and wide numbers, at 80 columns", () => {
  it.each([
    ["plain", {}],
    ["coloured", { FORCE_COLOR: "1" }],
  ])("every line fits (%s)", async (_what, env) => {
    const results = await ethicsAll(
      RUNS.map((args) => ["--data", data, ...args]),
      { COLUMNS: "80", ...env },
    );
    results.forEach((result, index) => {
      const label = RUNS[index]!.join(" ");
      expect(result.code, `${label}: ${result.stderr}`).toBe(0);
      expect(result.stdout.split("\n").filter((line) => columns(line) > 80), label).toEqual([]);
    });
  });

  it("CJK text breaks between characters, whole and in order, punctuation kept with its word", async () => {
    const [show] = await ethicsAll([["--data", data, "show", "zh-code"]], { COLUMNS: "80" });
    const lines = show!.stdout.split("\n");
    const first = lines.findIndex((line) => line.startsWith("1.  同伴支持专家"));
    expect(first).toBeGreaterThan(0);
    expect(lines[first + 1]).toMatch(/^ {4}\S/);
    expect(lines.slice(first, first + 2).map((line) => line.slice(4)).join("")).toBe(
      "同伴支持专家不得接受服务对象赠送的超过象征性价值的礼物，也不得向服务对象借钱或借钱给服务对象，以免影响专业关系并造成利益冲突。",
    );
    expect(lines.filter((line) => /^\s*[，。、）」]/.test(line) || /[（「]$/.test(line))).toEqual([]);
    // Korean breaks at its spaces, never inside a word
    expect(show!.stdout).toMatch(/\n3\. {2}동료 지원 [^\n]*\n {4}\S[^\n]* 안 된다\./);
  });

  it("a number of three digits or more keeps a space after it; a very wide one stands on its own line", async () => {
    const [show] = await ethicsAll([["--data", data, "show", "wide-numbers"]], { COLUMNS: "80" });
    expect(show!.stdout).toContain(
      [
        "1.  Will not accept gifts.",
        "100. Will keep confidences, and will explain the limits of confidentiality at",
        "     the first meeting with every person they support, in words the person",
        "     understands.",
        "     a. In writing, when the person asks for it, and again whenever the limits",
        "        change for any reason.",
        "99999999.",
        "    Shall not do things that harm the people they support or their families or",
        "    their communities in any way.",
      ].join("\n"),
    );
  });
});
