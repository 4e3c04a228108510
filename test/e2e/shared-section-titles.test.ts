// A user's code whose source heads two sections alike ("Duties" twice), and one whose section is
// titled "Values" beside its value statements. Each citation ethics prints (show, random, quiz,
// search, diff) names one standard, and `show` takes it back as that standard; the title alone,
// which names two, is refused naming both ids. "Oddy · Duties 1" was standard 1 of the second
// "Duties" in `random` and `search`, while `show` read the first and said it had no 1.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const folder = mkdtempSync(join(tmpdir(), "ethics-shared-titles-"));
const oddy = (id: string, name: string, colleagues: string) => `id: ${id}
title: ${name} Peer Code
shortName: ${name}
jurisdiction: Test
source:
  document: ${name} Peer Code
values:
  - text: Hope is real.
sections:
  - id: duties-to-peers
    title: Duties
    standards:
      - number: 2
        text: Will listen to peers.
  - id: duties-to-staff
    title: duties
    standards:
      - number: 1
        text: Will support ${colleagues}.
  - id: our-values
    title: Values
    standards:
      - number: 1
        text: Will keep the values.
  - id: conduct
    title: Conduct
    standards:
      - number: 1
        text: Will behave.
`;
writeFileSync(join(folder, "oddy.yaml"), oddy("oddy", "Oddy", "colleagues"));
// Another edition, so that diff pairs the sections and cites both sides.
writeFileSync(join(folder, "oddy-two.yaml"), oddy("oddy-two", "Oddy Two", "all colleagues"));
const data = ["--data", folder];

describe("two sections of one title", () => {
  it("are cited with their ids, and show takes each citation back", () => {
    const listed = ethics([...data, "show", "--json", "oddy"]);
    expect(listed.stderr).toBe("");
    const citations = (JSON.parse(listed.stdout) as { sections: { standards: { citation: string }[] }[] }).sections.flatMap((section) => section.standards.map((standard) => standard.citation));
    expect(citations).toEqual(["Oddy · Duties (duties-to-peers) 2", "Oddy · duties (duties-to-staff) 1", "Oddy · Values (our-values) 1", "Oddy · Conduct 1"]);
    const shown = ethics([...data, "show", ...citations, "Oddy · Values 1"]);
    expect(shown.stderr).toBe("");
    expect(shown.stdout).toBe(
      [
        "Oddy · Duties (duties-to-peers) 2\n  Will listen to peers.\n",
        "Oddy · duties (duties-to-staff) 1\n  Will support colleagues.\n",
        "Oddy · Values (our-values) 1\n  Will keep the values.\n",
        "Oddy · Conduct 1\n  Will behave.\n",
        "Oddy · Values 1\n  Hope is real.\n",
      ].join("\n"),
    );
    expect(shown.code).toBe(0);
  });

  it("cites the same from a fresh cache and from the entry it wrote (whose citations are implied, not stored)", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "ethics-shared-titles-cache-"));
    const runs = [1, 2, 3].map(() => ethics([...data, "show", "--json", "oddy"], { env: { ETHICS_CACHE_DIR: cacheDir } }));
    const uncached = ethics([...data, "show", "--json", "oddy"], { env: { ETHICS_CACHE_DIR: "/dev/null/no-cache" } });
    for (const run of [...runs, uncached]) {
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(uncached.stdout);
    }
    expect(uncached.stdout).toContain('"citation": "Oddy · duties (duties-to-staff) 1"');
  });

  it("heads each section as it is cited, and a missing number names the section so", () => {
    const whole = ethics([...data, "show", "oddy"]);
    expect(whole.stdout).toContain(`Oddy · Duties (duties-to-peers) (user code: ${join(folder, "oddy.yaml")})\n2.  Will listen to peers.`);
    const missing = ethics([...data, "show", "Oddy · duties (duties-to-staff) 3"]);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toBe("ethics: Oddy duties (duties-to-staff) has no 3\nhint: Oddy duties (duties-to-staff) has 1\n");
    expect(missing.code).toBe(1);
  });

  it.each([["Oddy · Duties 1"], ["oddy duties 1"]])("%s, which names two sections, is refused naming both", (reference) => {
    const result = ethics([...data, "show", reference]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^ethics: 'Duties' names 2 sections in oddy: duties-to-peers .*\n.*duties-to-staff .*\nhint: use the id: duties-to-peers or duties-to-staff\n$/i);
    expect(result.code).toBe(1);
  });

  it.each([
    ["random", ["random", "--code", "oddy", "--seed", "3"]],
    ["search", ["search", "colleagues", "--code", "oddy"]],
    ["quiz", ["quiz", "--code", "oddy", "--seed", "1", "--count", "4", "--json"]],
    ["diff", ["diff", "oddy", "oddy-two", "--full"]],
  ])("%s prints citations that show takes back", (_, args) => {
    const result = ethics([...data, ...args]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const printed = [...result.stdout.matchAll(/Oddy(?: Two)? · (?:Duties|duties|Values|Conduct)(?: \([a-z-]+\))? \d+/g)].map((match) => match[0]);
    expect(printed.length).toBeGreaterThan(0);
    for (const citation of printed) {
      const shown = ethics([...data, "show", citation]);
      expect(shown.stderr).toBe("");
      expect(shown.stdout.startsWith(`${citation}\n`)).toBe(true);
    }
  });
});
