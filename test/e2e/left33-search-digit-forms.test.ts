// `ethics show wi ١٢` is Wisconsin 12 (digits of any script are digits), but `ethics search ١٢`
// was refused as "search reads Latin letters only (a–z, 0–9)", and Persian, Devanagari and
// Bengali digits likewise. Search now reads them as `show` does; the refusal of what it cannot
// read says so, and a number beside words it cannot read no longer searches the number alone.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const unwrap = (text: string) => text.replace(/\n {6,8}/g, " ");
/** The hint of a 12 alone, in no code named: an example that runs. */
const EXAMPLE_12 = "to show a standard by its number, name its code and section: e.g. `ethics show medi-cal integrity 12` shows Medi-Cal Integrity 12";
const refusal = (shown: string) =>
  `ethics: no standard matches '${shown}': search reads Latin letters only (a–z), and digits of any script (12, ١٢, १२)\n` +
  "hint: search in English, e.g. gifts, money, confidentiality; `ethics list` names the codes; `ethics show alaska` prints one whole\n";

describe("a search of numbers in another script's digits", () => {
  it.each([["١"], ["۱"], ["१"], ["১"], ["１"], ["wi ١"], ["medi-cal ۱"]])("%s is searched as its ASCII digits are", (typed) => {
    const ascii = typed.replace(/\p{Nd}/gu, "1").replace("１", "1");
    const result = ethics(["search", typed]);
    const plain = ethics(["search", ascii]);
    expect(result.stdout).not.toBe("");
    expect(result.stdout).toBe(plain.stdout);
    expect(result.stderr).toBe(plain.stderr);
    expect(result.code).toBe(0);
  });

  it.each([
    ["١٢", EXAMPLE_12],
    ["१२", EXAMPLE_12],
    ["wi ۱۲", "to show a standard by its number: `ethics show wi 12`"],
  ])("%s: nothing holds it: the show command in ASCII digits, the query as typed, exit 1", (typed, hint) => {
    const result = ethics(["search", typed]);
    expect(result.stdout).toBe("");
    expect(result.stderr.replace(/\n {6}/g, " ")).toBe(`ethics: no standard matches '${typed}'\nhint: ${hint}\n`);
    expect(result.code).toBe(1);
  });

  it("--json says the query back as typed", () => {
    const result = ethics(["search", "١", "--json", "--limit", "1"]);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.query).toBe("١");
    expect(parsed.hits.map((hit: { citation: string }) => hit.citation)).toEqual(["Medi-Cal · Integrity 12"]);
    expect(result.code).toBe(0);
  });

  it.each([
    ["十二", "十二"],
    ["هدیه ۱۲", "هدیه"],
    ["礼物 12", "礼物"],
    ["🎁", "🎁"],
  ])("%s: refused, the message saying what search reads", (typed, shown) => {
    const result = ethics(["search", typed]);
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr)).toBe(refusal(shown));
    expect(result.code).toBe(1);
  });

  it("a number with a mark beside it is still a search of numbers", () => {
    const result = ethics(["search", "12", "✓"]);
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr)).toBe(`ethics: no standard matches '12 ✓'\nhint: ${EXAMPLE_12}\n`);
    expect(result.code).toBe(1);
  });
});
