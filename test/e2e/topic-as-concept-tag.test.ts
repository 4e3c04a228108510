// A topic's id where a concept's is expected (`concepts: [gifts]`, gifts being the theme whose
// concepts are accepting-gifts, giving-gifts, …): validate said only "no concept 'gifts'", the
// did-you-mean over concept ids finding nothing. It names the topic and its concepts, first run
// and cached alike; a plain slip still gets its did-you-mean, and a word that is neither none.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const folder = mkdtempSync(join(tmpdir(), "ethics-topic-tag-"));
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
      - text: Will not accept gifts.
        concepts: [gifts, accepting-gift, paperwork]
      - text: Will keep records.
        concepts:
          - documentation-and-records
`,
);

describe("a topic's id as a concept tag", () => {
  it.each([
    ["first run", { ETHICS_NO_CACHE: "1" }],
    ["cached", {}],
    ["cached, again", {}],
  ])("validate names it a topic, with its concepts (%s)", (_, env) => {
    const result = ethics(["validate", file], { env: { ...env, COLUMNS: "0" } });
    expect(result.stdout).toBe(
      `${file}:13:20 sections[0].standards[0].concepts[0]: no concept 'gifts': 'gifts' is a topic; a tag takes a concept's id, such as accepting-gifts, giving-gifts, gift-value-limits, … (\`ethics concepts gifts\` lists the topic's)\n` +
        `${file}:13:27 sections[0].standards[0].concepts[1]: no concept 'accepting-gift': expected an id that \`ethics concepts\` lists — did you mean accepting-gifts?\n` +
        `${file}:13:43 sections[0].standards[0].concepts[2]: no concept 'paperwork': expected an id that \`ethics concepts\` lists\n` +
        `${file}:16:13 sections[0].standards[1].concepts[0]: no concept 'documentation-and-records': 'documentation-and-records' is a topic; a tag takes a concept's id, such as keeping-required-records, falsifying-records, person-centered-documentation (\`ethics concepts documentation-and-records\` lists the topic's)\n` +
        "4 problems in 1 file\n",
    );
    expect(result.stderr).toBe("ethics: 4 problems found\n");
    expect(result.code).toBe(1);
  });

  it("--json carries the same message", () => {
    const result = ethics(["validate", file, "--json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("no concept 'gifts': 'gifts' is a topic; a tag takes a concept's id, such as accepting-gifts");
  });

  it("a concept's name, or its id in other case or with underscores, gets the id it would be", () => {
    const named = join(folder, "named.yaml");
    writeFileSync(named, readFileSync(file, "utf8").replace("concepts: [gifts, accepting-gift, paperwork]", "concepts: [Accepting gifts, giving_gifts, Gift Value Limits, Gifts]"));
    const result = ethics(["validate", named], { env: { COLUMNS: "0" } });
    const rule = "expected concept id: lowercase letters, digits and single hyphens (e.g. 'my-agency')";
    expect(result.stdout.split("\n").slice(0, 4)).toEqual([
      `${named}:13:20 sections[0].standards[0].concepts[0]: ${rule} — did you mean accepting-gifts?`,
      `${named}:13:37 sections[0].standards[0].concepts[1]: ${rule} — did you mean giving-gifts?`,
      `${named}:13:51 sections[0].standards[0].concepts[2]: ${rule} — did you mean gift-value-limits?`,
      `${named}:13:70 sections[0].standards[0].concepts[3]: ${rule}`,
    ]);
    expect(result.code).toBe(1);
  });
});
