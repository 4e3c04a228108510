// random, quiz and topics take no arguments; given some, each run of them was tried as a code's
// name and as a theme's, every theme's lookup (~7 ms: a library of the topics made anew, its
// names' slips read again) at each of six lengths from every word: 1,000 words took 24 s, 100,000
// (a script's list, a glob) hours. Refused as a few words are, past no limit but the runs' own (run.ts).
import { describe, expect, it } from "vitest";
import { ethicsAll, STACK_TRACE } from "./run.js";

const many = (word: string) => Array.from({ length: 100_000 }, () => word);

describe("arguments by the hundred thousand where none are taken", () => {
  it("are refused as a few are", async () => {
    const commands = ["random", "quiz", "topics"];
    const results = await ethicsAll(commands.map((command): [string[]] => [[command, ...many("word")]]));
    results.forEach((result, at) => {
      const command = commands[at]!;
      expect(result.code, command).toBe(2);
      expect(result.stdout, command).toBe("");
      expect(result.stderr.replace(/\n +/g, " "), command).toMatch(new RegExp(`^ethics: ${command} takes no arguments[:,] (?:'word word word word … word word word' is neither|and there is no topic or concept 'word word word word … word word word')`));
      expect(result.stderr, command).not.toMatch(STACK_TRACE);
    });
  });
});
