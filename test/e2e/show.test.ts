import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("ethics list", () => {
  it("tables the five codes", () => {
    const { stdout, code } = ethics(["list"]);
    expect(code).toBe(0);
    for (const id of ["alaska", "california", "medi-cal", "north-carolina", "wisconsin"]) expect(stdout).toContain(id);
    expect(stdout).toMatch(/medi-cal \(medical, mc\)\s+│ Medi-Cal Peer Support Specialist Code of Ethics\s+│ California \(Medi-Cal\)\s+│\s+16 │\s+108 │/);
  });

  it("outlines one code by alias", () => {
    const { stdout, code } = ethics(["list", "ak"]);
    expect(code).toBe(0);
    // Value statements are no standards: the overview does not count them, and their row says what it counts.
    expect(stdout).toMatch(/values\s+│ Value statements\s+│\s+7 values │/);
    expect(stdout).toMatch(/conflicts-of-interest\s+│ Conflicts of Interest\s+│\s+4 │/);
  });

  it("says --json", () => {
    const list = JSON.parse(ethics(["list", "--json"]).stdout);
    expect(list.codes.map((code: { id: string }) => code.id)).toEqual(["alaska", "california", "medi-cal", "north-carolina", "wisconsin"]);
    expect(list.codes.find((code: { id: string }) => code.id === "california")).toMatchObject({ sections: 16, standards: 96, aliases: ["wwt", "ca", "working-well-together"] });
    const outline = JSON.parse(ethics(["list", "medi-cal", "--json"]).stdout);
    expect(outline.sections[7]).toEqual({ id: "integrity", title: "Integrity", standards: 14 });
  });
});

describe("ethics show", () => {
  it("prints Medi-Cal Integrity 12 with its citation and both lettered sub-items", () => {
    const { stdout, stderr, code } = ethics(["show", "medi-cal", "integrity", "12"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Medi-Cal · Integrity 12\n/);
    expect(stdout).toContain("Shall not provide services under the influence of any amount of alcohol, marijuana, or illicit drugs.");
    expect(stdout).toMatch(/\n\s+a\. Drugs or medications prescribed by a physician/);
    expect(stdout).toMatch(/\n\s+b\. Over-the-counter drugs or medications/);
  });

  it.each([
    ["one standard", ["show", "medi-cal", "integrity", "12"], ["Medi-Cal · Integrity 12"]],
    ["the one-word form", ["show", "medi-cal:integrity:12"], ["Medi-Cal · Integrity 12"]],
    ["a range", ["show", "medi-cal", "integrity", "5-7"], ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6", "Medi-Cal · Integrity 7"]],
    ["a list", ["show", "medi-cal", "integrity", "5,7"], ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 7"]],
    ["a section by prefix", ["show", "alaska", "conflicts"], ["Alaska · Conflicts of Interest", "As a Peer Support Professional (PSP):", "4.  I will not sponsor"]],
    ["a section by title, any case", ["show", "medi-cal", "SAFETY", "&", "Protection", "6"], ["Medi-Cal · Safety & Protection 6"]],
    ["a section by a later word of its title", ["show", "medi-cal", "cultural", "4"], ["Medi-Cal · Cultural Responsiveness & Humility 4"]],
    ["a code with one list", ["show", "wisconsin", "8"], ["Wisconsin 8", "sexual/intimate activities"]],
    ["a value statement", ["show", "alaska", "values", "2"], ["Alaska · Values 2", "People have a right to privacy and confidentiality."]],
    ["a source note", ["show", "ak", "conflicts", "3"], ["Note: Given the diversity of peer support services"]],
    ["an editorial note", ["show", "medi-cal", "hope", "1"], ["Editor's note: The source gives this standard no number"]],
    ["a whole code", ["show", "nc"], ["The North Carolina Certified Peer Support Specialist Code of Ethics", "Disclaimer", "21. PSS do not make medical diagnoses."]],
  ])("shows %s", (_name, args, expected) => {
    const { stdout, code } = ethics(args);
    expect(code).toBe(0);
    for (const text of expected) expect(stdout).toContain(text);
  });

  it.each([
    [["show", "medi-cal", "integrity", "12", "--json"], (json: any) => json.citation === "Medi-Cal · Integrity 12" && json.items.length === 2 && json.items[0].label === "a"],
    [["show", "medi-cal", "integrity", "5-7", "--json"], (json: any) => Array.isArray(json) && json.map((s: any) => s.number).join() === "5,6,7"],
    [["show", "medi-cal", "integrity", "--json"], (json: any) => json.id === "integrity" && json.intro === "Medi-Cal Peer Support Specialists:" && json.standards.length === 14],
    [["show", "alaska", "--json"], (json: any) => json.id === "alaska" && json.values.length === 7 && json.sections.length === 3],
    [["show", "alaska", "values", "2", "--json"], (json: any) => json.citation === "Alaska · Values 2"],
  ])("%j prints the contract's JSON", (args, check) => {
    const { stdout, code } = ethics(args);
    expect(code).toBe(0);
    expect(check(JSON.parse(stdout))).toBe(true);
  });

  it.each([
    [["show", "medi-cal", "integrty", "12"], 1, "no section 'integrty' in medi-cal — did you mean integrity?"],
    [["show", "medi-cal", "integrity", "15"], 1, "Medi-Cal Integrity has 1–14"],
    [["show", "madical"], 1, "did you mean medi-cal?"],
    [["show", "medi-cal", "integrity", "7-5"], 2, "'7-5' runs backwards"],
    [["show", "medi-cal", "12"], 2, "medi-cal has 16 sections; say which one"],
    [["show", "medi-cal", "c"], 1, "'c' is ambiguous in medi-cal: it could be"],
    [["show"], 2, "show needs <reference...>"],
    [["show", "wisconsin", "0"], 2, "standards are numbered from 1"],
    [["lst"], 2, "unknown command 'lst' — did you mean list?"],
  ])("%j fails with a short message", (args, exitCode, message) => {
    expectShortFailure(ethics(args), exitCode, message);
  });
});

describe("ethics export", () => {
  it("prints the whole normalized model as JSON", () => {
    const { stdout, code } = ethics(["export", "--format", "json"]);
    expect(code).toBe(0);
    const { codes } = JSON.parse(stdout);
    expect(codes).toHaveLength(5);
    const mediCal = codes.find((c: { id: string }) => c.id === "medi-cal");
    expect(mediCal).toMatchObject({ id: "medi-cal", aliases: ["medical", "mc"], jurisdiction: "California (Medi-Cal)", values: [] });
    expect(mediCal.source.notice).toBe("Behavioral Health Information Notice No: 25-010");
    expect(mediCal.definitions.map((d: { term: string }) => d.term)).toEqual(["Wellness", "Recovery", "Resiliency"]);
  });

  it("narrows to one code, as its code file", () => {
    const file = JSON.parse(ethics(["export", "--format", "json", "--code", "wi"]).stdout);
    expect(file).toMatchObject({ id: "wisconsin", title: "Code of Conduct for Peer Specialists" });
  });
});
