// Name lookup in levels: exact id or alias, then exact short name / title, then unique prefix;
// two codes answering to one name at one level is an error naming both.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { codeNames, resolveCode, resolveSection, slugify, startsName } from "../../../src/core/codes/resolve.js";
import { EthicsError, UsageError } from "../../../src/core/errors.js";
import type { Code, Library } from "../../../src/model.js";
import { makeCode } from "../make-code.js";

const builtin: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };

function code(id: string, shortName: string, title: string, aliases: string[] = []): Code {
  return makeCode({ id, shortName, title, aliases, sections: [{ id: "boundaries", title: "Boundaries", intro: null, standards: [], editorial: {} }] });
}

function failure(run: () => unknown): EthicsError {
  try {
    run();
  } catch (error) {
    if (error instanceof EthicsError) return error;
    throw error;
  }
  throw new Error("expected an EthicsError");
}

describe("slugify", () => {
  it.each([
    ["Safety & Protection", "safety-and-protection"],
    ["Wellness, Recovery, and Resiliency", "wellness-recovery-and-resiliency"],
    ["  Medi-Cal ", "medi-cal"],
    ["Médi-Cal", "medi-cal"],
    ["Strengths-Based", "strengths-based"],
    ["integrity 十二", "integrity-十二"],
    ["·", ""],
  ])("%j → %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe("startsName", () => {
  it.each([
    ["conflicts-of-interest", "conf", true],
    ["conflicts-of-interest", "conflicts", true],
    ["conflicts-of-interest", "interest", true],
    ["conflicts-of-interest", "in", false],
    ["north-carolina", "nort-carolina", true],
    ["north-carolina", "car", true],
    ["working-well-together", "work-well", true],
    ["working-well-together", "well-work", false],
    ["medi-cal", "medical", false],
  ])("%j starts with %j: %s", (name, wanted, expected) => {
    expect(startsName(name, wanted)).toBe(expected);
  });
});

describe("resolveCode in the built-in library", () => {
  it.each([
    ["medi-cal", "medi-cal"],
    ["MC", "medi-cal"],
    ["Medi-Cal", "medi-cal"],
    ["medi cal", "medi-cal"],
    ["med", "medi-cal"],
    ["wwt", "california"],
    ["Working Well Together", "california"],
    ["north carolina", "north-carolina"],
    ["carolina", "north-carolina"],
    ["Code of Conduct for Peer Specialists", "wisconsin"],
    ["The North Carolina Certified Peer Support Specialist Code of Ethics", "north-carolina"],
  ])("%j → %s", (input, id) => {
    expect(resolveCode(builtin, input).id).toBe(id);
  });

  it.each([
    ["madical", 1, "no code 'madical' — did you mean medi-cal?"],
    ["wokring well together", 1, "no code 'wokring well together' — did you mean california?"],
    ["xyz", 1, "no code 'xyz'"],
    ["c", 1, "'c' is ambiguous: it could be"],
    ["", 2, "no code given"],
    ["  ", 2, "no code given"],
    ["*", 2, "no code '*': a name has letters or digits"],
    ["!!!", 2, "no code '!!!': a name has letters or digits"],
  ])("%j fails (exit %i): %s", (input, exitCode, message) => {
    const error = failure(() => resolveCode(builtin, input));
    expect(error.exitCode).toBe(exitCode);
    expect(error.message).toContain(message);
  });
});

describe("a code offered only where the name typed is near it", () => {
  // 'abc' was offered Alaska: two edits from its alias 'ak', which keep only its a.
  it.each([
    ["abc", "no code 'abc'"],
    ["xy", "no code 'xy'"],
    ["alsaka", "no code 'alsaka' — did you mean alaska?"],
    ["wii", "no code 'wii' — did you mean wisconsin?"],
    ["ka", "no code 'ka' — did you mean california?"],
  ])("%j: %s", (input, message) => {
    expect(failure(() => resolveCode(builtin, input)).message).toBe(message);
  });
});

describe("levels: an exact id or alias before a short name or title, before a prefix", () => {
  const riversidePeers = code("riverside-peers", "Riverside", "Riverside Peer Collective Code");
  const riverside = code("riverside", "Riverside County", "Riverside County Code");
  const library: Library = { codes: [riversidePeers, riverside], topics: [], concepts: [] };

  it.each([
    ["riverside", "riverside"],
    ["Riverside", "riverside"],
    ["riverside-peers", "riverside-peers"],
    ["Riverside Peer Collective Code", "riverside-peers"],
    ["riverside county", "riverside"],
    ["riverside p", "riverside-peers"],
  ])("%j → %s", (input, id) => {
    expect(resolveCode(library, input).id).toBe(id);
  });

  it("a short name two codes have is an error naming both", () => {
    const twins: Library = { codes: [code("one", "Riverside", "First"), code("two", "Riverside", "Second")], topics: [], concepts: [] };
    const error = failure(() => resolveCode(twins, "riverside"));
    expect(error.message).toBe("'riverside' names 2 codes: one (its short name 'Riverside') and two (its short name 'Riverside')");
    expect(error.hint).toBe("use the id: one or two");
  });

  it("a title slug two codes answer to is an error too", () => {
    const twins: Library = { codes: [code("one", "One", "Code of Ethics"), code("two", "Two", "Code of Ethics")], topics: [], concepts: [] };
    expect(failure(() => resolveCode(twins, "code of ethics")).message).toContain("'code of ethics' names 2 codes: one (its title 'Code of Ethics') and two");
  });

  it("a prefix two codes share lists them", () => {
    expect(failure(() => resolveCode(library, "river")).message).toBe("'river' is ambiguous: it could be riverside-peers, riverside");
  });
});

describe("resolveSection", () => {
  const mediCal = builtin.codes.find((candidate) => candidate.id === "medi-cal")!;
  const alaska = builtin.codes.find((candidate) => candidate.id === "alaska")!;
  it.each([
    [mediCal, "integrity", "integrity"],
    [mediCal, "Safety & Protection", "safety-and-protection"],
    [mediCal, "safety", "safety-and-protection"],
    [mediCal, "cultural", "cultural-responsiveness-and-humility"],
    [mediCal, "humility", "cultural-responsiveness-and-humility"],
    [mediCal, "WELLNESS, RECOVERY, AND RESILIENCY", "wellness-recovery-and-resiliency"],
    [alaska, "conflicts", "conflicts-of-interest"],
    [alaska, "values", "values"],
    [alaska, "value statements", "values"],
  ])("%#: %s → %s", (code, input, id) => {
    const target = resolveSection(code, input);
    expect(target.kind === "values" ? "values" : target.section.id).toBe(id);
  });

  it.each([
    [mediCal, "integrty", "no section 'integrty' in medi-cal — did you mean integrity?"],
    [mediCal, "c", "'c' is ambiguous in medi-cal: it could be"],
    [mediCal, "values", "no section 'values' in medi-cal"],
  ])("%#: %s fails: %s", (code, input, message) => {
    expect(failure(() => resolveSection(code, input)).message).toContain(message);
  });
});

describe("codeNames", () => {
  it("lists each exact name once, with its level and field", () => {
    const california = builtin.codes.find((candidate) => candidate.id === "california")!;
    expect(codeNames(california).map(({ slug, level, field }) => `${level} ${field} ${slug}`)).toEqual([
      "1 id california",
      "1 aliases[0] wwt",
      "1 aliases[1] ca",
      "1 aliases[2] working-well-together",
      "2 title working-well-together-code-of-ethics-for-peer-providers-in-california",
    ]);
  });

  it("no two built-in codes answer to one exact name", () => {
    const all = builtin.codes.flatMap((candidate) => codeNames(candidate).map((name) => name.slug));
    expect(new Set(all).size).toBe(all.length);
  });

  it("an empty name is a usage error", () => {
    expect(failure(() => resolveCode(builtin, ""))).toBeInstanceOf(UsageError);
  });
});
