import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listConcepts } from "../../src/core/concepts/listing.js";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import { escapeJson } from "../../src/render/terminal-text.js";
import { ethics, expectShortFailure, root } from "./run.js";

describe("ethics topic", () => {
  it("gifts: all five codes, each with its rule and its strength", () => {
    const { stdout, code } = ethics(["topic", "gifts"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Alaska — prohibits");
    // The note deferring to agency policy narrows Alaska's rule.
    expect(stdout).toContain("Alaska · Conflicts of Interest 3 · prohibits (substantial gifts or loans; note: as deemed inappropriate or unacceptable by the agency)");
    expect(stdout).toContain("Wisconsin 12 · prohibits (gifts of significant value)");
    expect(stdout).toContain("North Carolina 15 · defers (if allowed by the agency)");
    expect(stdout).toContain("Medi-Cal · Integrity 5 · defers");
    expect(stdout).toContain("Working Well Together · Integrity 5 · defers");
    expect(stdout).not.toContain("skills, gifts, and talents");
  });

  it.each([["gift"], ["Gifts"], ["GIFTS"], ["gifts"]])("resolves %s leniently", (name) => {
    const report = JSON.parse(ethics(["topic", name, "--json"]).stdout);
    expect(report.id).toBe("gifts");
  });

  it("--json follows the contract", () => {
    const report = JSON.parse(ethics(["topic", "gifts", "--json"]).stdout);
    expect(report).toMatchObject({ id: "gifts", name: "Gifts" });
    expect(report.codes.map((entry: { code: string }) => entry.code).sort()).toEqual(["alaska", "california", "medi-cal", "north-carolina", "wisconsin"]);
    const wisconsin = report.codes.find((entry: { code: string }) => entry.code === "wisconsin");
    expect(wisconsin.strength).toBe("prohibits");
    expect(wisconsin.standards[0]).toMatchObject({ code: "wisconsin", section: "code-of-conduct", number: 12, strength: "prohibits", qualifiers: ["gifts of significant value"], citation: "Wisconsin 12" });
  });

  it("--codes narrows to some codes, and says where a code has no standard of its own", () => {
    const { stdout, code } = ethics(["topic", "substance use", "--codes", "nc,ak"]);
    expect(code).toBe(0);
    // Its general rules that bear on it named: "not addressed" read as silence (adv61-topic-see-also-silent).
    expect(stdout).toContain("North Carolina — no standard of its own\n  see also 1 general rule: North Carolina 1\n");
    expect(stdout).toContain("Alaska — ");
    expect(stdout).not.toContain("Medi-Cal");
  });

  it("a concept: the general rules that apply too, a row per code, in 80 columns; and in --json", () => {
    const { stdout, code } = ethics(["topic", "accepting-gifts"], { env: { COLUMNS: "80" } });
    expect(code).toBe(0);
    const seeAlso = stdout.slice(stdout.indexOf("\nSee also\n"));
    expect(seeAlso).toContain("\n  Wisconsin             8\n");
    // Each citation whole on a line: "Safety &" at a line's end and "Protection 7" on the next read as two.
    expect(seeAlso).toMatch(/\n {2}Medi-Cal {14}Integrity 2, Integrity 3, Integrity 9,\n {24}Safety & Protection 7\n/);
    expect(seeAlso).toContain('ethics show "Wisconsin 8" shows one whole.');
    for (const line of stdout.split("\n")) expect([...line].length, line).toBeLessThanOrEqual(80);
    const report = JSON.parse(ethics(["topic", "accepting-gifts", "--json"]).stdout);
    expect(report.concepts[0].related).toContainEqual({ code: "wisconsin", citations: ["Wisconsin 8"] });
    // A theme's report is long already: its concepts' related rules are in --json only.
    expect(ethics(["topic", "gifts"]).stdout).not.toContain("See also");
  });

  it("a practitioner's word for a matter, an entry term of its concept, shows that concept", () => {
    const byTerm = ethics(["topic", "hugs"]);
    expect(byTerm.code).toBe(0);
    expect(byTerm.stdout).toBe(ethics(["topic", "physical-contact"]).stdout);
    // Where only a topic is taken, the word points to the concept's topic.
    expectShortFailure(ethics(["random", "--topic", "hug"]), 1, "no topic 'hug' — did you mean boundaries (where the concept physical-contact is filed)?");
  });

  it.each([
    [["topic", "giftz"], 1, "no topic or concept 'giftz' — did you mean gifts?"],
    [["topic", "gifts", "--codes", "nowhere"], 1, "no code 'nowhere'"],
    [["topic"], 2, "topic needs <topic...>"],
  ])("%j fails with a short message", (args, exitCode, message) => {
    expectShortFailure(ethics(args), exitCode, message);
  });

  it("infers topics for a user's code, marked as inferred", () => {
    const { stdout, code } = ethics(["--data", join(root, "test/fixtures/user-codes"), "topic", "gifts", "--codes", "riverside"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Riverside — prohibits (inferred, not curated)");
    expect(stdout).toContain("Riverside · Boundaries 1");
  });

  it("says of a user's code where inference found nothing that it found none, not that the code is silent", () => {
    // Inference finds about half the matters a reader would (README, codes written apart).
    const { stdout, code } = ethics(["--data", join(root, "test/fixtures/user-codes"), "topic", "boundaries", "--codes", "riverside,nc"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Riverside — none found (inferred, not curated)");
    expect(stdout).not.toContain("Riverside — not addressed");
    // The printed handout says the same; a curated code with no standard on it is read by its
    // curation: North Carolina has a general rule that bears on it, so "no standard of its own".
    const handout = ethics(["--data", join(root, "test/fixtures/user-codes"), "export", "--format", "html", "--topic", "substance-use-and-impairment", "--code", "riverside,nc,ak"]).stdout;
    expect(handout).toContain('<th>Riverside <span class="origin">(user code)</span><br><span class="silent">none found (inferred)</span></th>');
    expect(handout).toContain('<th>North Carolina<br><span class="silent">no standard of its own</span></th>');
    expect(handout).toContain('<td><p class="silent">None found: this code\'s concepts are inferred from its wording.</p></td>');
    expect(handout).toContain('<td>\n<p class="silent">No standard of its own. A general rule bears on it:</p>');
  });
});

describe("ethics topics", () => {
  it("tables topics × codes with counts, — where a code is silent", () => {
    const { stdout, code } = ethics(["topics"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/│ gifts\s+│\s+1 │\s+2 │\s+2 │\s+1 │\s+1 │/);
    expect(stdout).toMatch(/│ substance-use-and-impairment\s+│\s+1 │\s+— │\s+1 │\s+— │\s+— │/);
  });

  it("--json follows the contract", () => {
    const matrix = JSON.parse(ethics(["topics", "--json"]).stdout);
    expect(matrix.topics.length).toBeGreaterThanOrEqual(20);
    expect(matrix.topics[0]).toEqual({ id: "gifts", name: "Gifts", counts: { alaska: 1, california: 2, "medi-cal": 2, "north-carolina": 1, wisconsin: 1 } });
  });
});

describe("ethics concepts", () => {
  it("lists every concept by topic, with the codes that govern it and those with general rules on it, in 80 columns", () => {
    const { stdout, stderr, code } = ethics(["concepts"], { env: { COLUMNS: "80" } });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(
      "Gifts (gifts)\n  accepting-gifts  Accepting gifts\n    7 standards: Alaska, Working Well Together, Medi-Cal, North Carolina,\n      Wisconsin\n" +
        "    see also 9 general rules: Working Well Together, Medi-Cal, Wisconsin\n",
    );
    expect(stdout.trimEnd().split("\n").slice(-2)).toEqual(["153 concepts. `ethics topic <concept>` shows what each code says on one,", "`ethics concepts <concept>` its entry terms and questions."]);
    for (const line of stdout.split("\n")) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it("--json: each concept's terms, questions, standards and related general rules, with citations", () => {
    const { stdout, code } = ethics(["concepts", "gifts", "--json"]);
    expect(code).toBe(0);
    const listing = JSON.parse(stdout) as { topics: { id: string; concepts: { id: string; terms: string[]; questions: string[]; standards: { citation: string }[]; related: { code: string; citation: string }[] }[] }[] };
    expect(listing.topics.map((topic) => topic.id)).toEqual(["gifts"]);
    const accepting = listing.topics[0]!.concepts.find((concept) => concept.id === "accepting-gifts")!;
    expect(accepting.terms.length).toBeGreaterThanOrEqual(5);
    expect(accepting.questions.length).toBeGreaterThan(0);
    expect(accepting.standards.map((standard) => standard.citation)).toContain("Wisconsin 12");
    // A general rule related to the matter is not one of its standards.
    expect(accepting.related.map((standard) => standard.citation)).toContain("Medi-Cal · Integrity 9");
    expect(accepting.standards.map((standard) => standard.citation)).not.toContain("Medi-Cal · Integrity 9");
    const cultural = listing.topics[0]!.concepts.find((concept) => concept.id === "cultural-meaning-of-gifts")!;
    expect(cultural.related.map((standard) => standard.citation)).toEqual(["Working Well Together · Cultural Relevancy 2", "Medi-Cal · Cultural Responsiveness & Humility 3"]);
    // A concept with no see-also rule says so with an empty list, not a missing field.
    const agencyPolicy = listing.topics[0]!.concepts.find((concept) => concept.id === "agency-gift-policy")!;
    expect(agencyPolicy.related).toEqual([]);
  });

  it("--json without a topic: the whole listing, written a topic at a time as JSON.stringify writes it whole", () => {
    const library = readDataDirectory(join(root, "data"), "data");
    const { stdout, code } = ethics(["concepts", "--json"]);
    expect(code).toBe(0);
    expect(stdout).toBe(escapeJson(JSON.stringify(listConcepts(library), null, 2)) + "\n");
  });

  it("names a topic it does not know, with the nearest", () => {
    expectShortFailure(ethics(["concepts", "giftz"]), 1, "no topic or concept 'giftz' — did you mean gifts?");
  });

  it("one concept whole, by id, name or entry term: where it is filed, its codes, entry terms and questions, in 80 columns", () => {
    const { stdout, stderr, code } = ethics(["concepts", "hugs"], { env: { COLUMNS: "80" } });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(ethics(["concepts", "physical-contact"], { env: { COLUMNS: "80" } }).stdout);
    expect(stdout).toMatch(/^Physical contact and touch \(physical-contact\)\n {2}Hugs, touch and other physical contact with someone you support\.\n {2}filed under Boundaries \(boundaries\)\n\n {2}4 standards: Working Well Together, Medi-Cal\n {2}see also 4 general rules: Working Well Together, Medi-Cal, North Carolina,\n {4}Wisconsin\n/);
    const terms = stdout.slice(stdout.indexOf("Entry terms ("), stdout.indexOf("\n\nQuestions it answers"));
    // Every entry term whole on one line, each once, in the index's order.
    const library = readDataDirectory(join(root, "data"), "data");
    const concept = library.concepts.find((each) => each.id === "physical-contact")!;
    expect(terms.split("\n").slice(1).join(" ").split(", ").map((term) => term.trim())).toEqual(concept.terms);
    for (const question of concept.questions) expect(stdout.replace(/\n {4}/g, " ")).toContain(`  - ${question}`);
    expect(stdout.trimEnd().split("\n").pop()).toBe("`ethics topic physical-contact` shows what each code says on it.");
    for (const line of stdout.split("\n")) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it("--json of one concept: the listing's shape, its topic holding that concept alone", () => {
    const library = readDataDirectory(join(root, "data"), "data");
    const { stdout, code } = ethics(["concepts", "accepting-gifts", "--json"]);
    expect(code).toBe(0);
    const whole = listConcepts(library, library.topics.find((topic) => topic.id === "gifts"));
    const expected = { topics: [{ ...whole.topics[0]!, concepts: whole.topics[0]!.concepts.filter((concept) => concept.id === "accepting-gifts") }] };
    expect(stdout).toBe(escapeJson(JSON.stringify(expected, null, 2)) + "\n");
  });
});

// A heading of `ethics concepts` or `ethics topic` ("Gifts (gifts)", "Accepting gifts
// (accepting-gifts)") pasted back named nothing, as printed citations name their standard.
describe("a heading pasted back: its name, then its id in brackets", () => {
  it.each([
    [["topic", "Gifts (gifts)"], ["topic", "gifts"]],
    [["topic", "Accepting gifts (accepting-gifts)"], ["topic", "accepting-gifts"]],
    [["concepts", "Gifts (gifts)"], ["concepts", "gifts"]],
    [["random", "--seed", "1", "--topic", "Money and loans (money-and-loans)"], ["random", "--seed", "1", "--topic", "money-and-loans"]],
  ])("%j is %j", (pasted, typed) => {
    const result = ethics(pasted);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(ethics(typed).stdout);
  });

  it("a name and the id of another thing is no name", () => {
    expectShortFailure(ethics(["topic", "Gifts (money-and-loans)"]), 1, "no topic or concept 'Gifts (money-and-loans)'");
  });
});

