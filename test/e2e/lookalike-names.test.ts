// A name typed or pasted with a Cyrillic or Greek letter drawn as a Latin one ("аlaska" with
// Cyrillic а) names nothing, and the message showed two names that look the same: "no code
// 'аlaska' — did you mean alaska?". It now names the letter that differs.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** stderr with its wrapped lines joined, as one reads it. */
const joined = (stderr: string) => stderr.replace(/\n {8}/g, " ");

describe("a name with letters of another script that look Latin", () => {
  it.each([
    [["show", "\u0430laska"], "ethics: no code '\u0430laska' — did you mean alaska? ('\u0430' is Cyrillic (U+0430), not Latin a)"],
    [["show", "n\u0441", "1"], "ethics: no code 'n\u0441' — did you mean north-carolina? ('\u0441' is Cyrillic (U+0441), not Latin c)"],
    [["search", "gifts", "--code", "\u0421\u0410LIFORNIA"], "ethics: no code '\u0421\u0410LIFORNIA' — did you mean california? ('\u0421' is Cyrillic (U+0421), not Latin C; '\u0410' is Cyrillic (U+0410), not Latin A)"],
    [["show", "medi-cal", "\u0456ntegrity", "1"], "ethics: no section '\u0456ntegrity' in medi-cal — did you mean integrity? ('\u0456' is Cyrillic (U+0456), not Latin i)"],
    [["show", "w\u03b9sconsin"], "ethics: no code 'w\u03b9sconsin' — did you mean wisconsin? ('\u03b9' is Greek (U+03B9), not Latin i)"],
    // A capital whose lowercase is no lookalike: К is K, though к is no k.
    [["show", "\u0410\u041a"], "ethics: no code '\u0410\u041a' — did you mean alaska? ('\u0410' is Cyrillic (U+0410), not Latin A; '\u041a' is Cyrillic (U+041A), not Latin K)"],
    // Topics and concepts are names too.
    [["topic", "\u0455upervision"], "ethics: no topic or concept '\u0455upervision' — did you mean supervision? ('\u0455' is Cyrillic (U+0455), not Latin s)"],
    [["concepts", "dual r\u0435lationships"], "ethics: no topic or concept 'dual r\u0435lationships' — did you mean dual-relationships? ('\u0435' is Cyrillic (U+0435), not Latin e)"],
    [["topic", "acc\u0435pting gifts"], "ethics: no topic or concept 'acc\u0435pting gifts' — did you mean accepting-gifts? ('\u0435' is Cyrillic (U+0435), not Latin e)"],
    [["random", "--topic", "g\u0456fts"], "ethics: no topic 'g\u0456fts' — did you mean gifts? ('\u0456' is Cyrillic (U+0456), not Latin i)"],
    // Read as a topic or concept by the resolver's forgiving matches (a word's stem), they were
    // answered without a word; every command that takes a topic or concept names the letter too.
    ...[
      ["random", "--topic", "gift\u0455", "--json"],
      ["quiz", "--topic", "gift\u0455", "--count", "1", "--json"],
      ["export", "--format", "anki", "--topic", "gift\u0455"],
      ["export", "--format", "html", "--topic", "gift\u0455"],
    ].map((args) => [args, "ethics: no topic 'gift\u0455' — did you mean gifts? ('\u0455' is Cyrillic (U+0455), not Latin s)"] as [string[], string]),
    [["topic", "gift\u0455"], "ethics: no topic or concept 'gift\u0455' — did you mean gifts? ('\u0455' is Cyrillic (U+0455), not Latin s)"],
    [["concepts", "gift\u0455", "--json"], "ethics: no topic or concept 'gift\u0455' — did you mean gifts? ('\u0455' is Cyrillic (U+0455), not Latin s)"],
    [["topic", "accepting-gift\u0455"], "ethics: no topic or concept 'accepting-gift\u0455' — did you mean accepting-gifts? ('\u0455' is Cyrillic (U+0455), not Latin s)"],
  ])("%j names the letter that differs, exit 1", (args, message) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(joined(result.stderr).split("\n")[0]).toBe(message);
    expect(result.stderr).toMatch(/\nhint: /);
    expect(result.code).toBe(1);
  });

  it.each([
    // A slip besides the lookalike: the nearest name, without a note that would not explain it.
    [["show", "alaskas\u0445"], "ethics: no code 'alaskas\u0445'"],
    [["topic", "\u0455upervisionx"], "ethics: no topic or concept '\u0455upervisionx'"],
    // Letters of those scripts that look like no Latin letter: as before.
    [["show", "\u043c\u0438\u043b"], "ethics: no code '\u043c\u0438\u043b'"],
  ])("%j: no note", (args, start) => {
    const result = ethics(args);
    expect(result.stderr.startsWith(start)).toBe(true);
    expect(result.stderr).not.toMatch(/Cyrillic|Greek/);
    expect(result.code).toBe(1);
  });
});
