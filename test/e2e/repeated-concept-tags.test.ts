// A concept tagged twice on one standard: `validate` names the second at its line and column, as
// it names a tag the index lacks (it said nothing of it); the loaded code keeps the tag once.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const folder = mkdtempSync(join(tmpdir(), "ethics-repeated-tags-"));
const file = join(folder, "tagged.yaml");
writeFileSync(
  file,
  `id: tagged
title: Tagged Code
shortName: Tagged
jurisdiction: Test
numbering: position
source:
  document: Tagged Code
sections:
  - id: duties
    title: Duties
    standards:
      - text: Will keep touch professional.
        concepts: [physical-contact, friendship-with-people-served, physical-contact]
      - text: Will not befriend peers.
        concepts:
          - friendship-with-people-served
          - friendship-with-people-served
      - text: Will keep to the hours.
        concepts: [hours-and-places-of-service]
`,
);

describe("a concept tagged twice on one standard", () => {
  it("validate names each repeat at its line and column, first run and cached alike", () => {
    const expected =
      `${file}:13:69 sections[0].standards[0].concepts[2]: 'physical-contact' is tagged twice on this standard: remove one\n` +
      `${file}:17:13 sections[0].standards[1].concepts[1]: 'friendship-with-people-served' is tagged twice on this standard: remove one\n` +
      "2 problems in 1 file\n";
    for (let run = 0; run < 2; run++) {
      const result = ethics(["validate", folder], { env: { COLUMNS: "200" } });
      expect(result.stdout).toBe(expected);
      expect(result.stderr).toBe("ethics: 2 problems found\n");
      expect(result.code).toBe(1);
    }
  });

  it("show keeps each tag once", () => {
    const result = ethics(["--data", folder, "show", "--json", "tagged"]);
    expect(result.stderr).toBe("");
    const code = JSON.parse(result.stdout) as { sections: { standards: { concepts: string[] }[] }[] };
    expect(code.sections[0]!.standards.map((standard) => standard.concepts)).toEqual([
      ["physical-contact", "friendship-with-people-served"],
      ["friendship-with-people-served"],
      ["hours-and-places-of-service"],
    ]);
    expect(result.code).toBe(0);
  });
});
