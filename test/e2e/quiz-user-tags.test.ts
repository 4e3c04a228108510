// A user's code whose file tags its standards with concepts (`concepts:`) is asked situation
// questions, its own standards the choices, from its cache entry as from its file; one that
// tags nothing is asked none (its concepts would only be guessed from its wording).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

function agencyFolder(tagged: boolean): string {
  const data = mkdtempSync(join(tmpdir(), "ethics-user-tags-"));
  const tags = (ids: string) => (tagged ? `\n        concepts: [${ids}]` : "");
  writeFileSync(
    join(data, "agency.yaml"),
    `id: agency
title: Agency Peer Code
shortName: Agency
jurisdiction: Riverside
source:
  document: Agency Peer Code
sections:
  - id: gifts
    title: Gifts and Money
    standards:
      - number: 1
        text: Staff will not accept gifts of more than token value from people they serve.${tags("accepting-gifts, gift-value-limits")}
      - number: 2
        text: Staff will not lend money to people they serve.${tags("lending-and-borrowing-money")}
  - id: privacy
    title: Privacy
    standards:
      - number: 1
        text: Staff keep what people share in confidence unless the law requires otherwise.${tags("keeping-confidences")}
      - number: 2
        text: Staff will not date people they serve.${tags("romance-or-sex-with-people-served")}
      - number: 3
        text: Staff ask only for the personal information the service needs.${tags("asking-for-private-information")}
`,
  );
  return data;
}

describe("situation questions of a user's code its file tags with concepts", () => {
  it("are asked, its own standards the choices, the same from the cache as from the file", () => {
    const data = agencyFolder(true);
    const args = ["--data", data, "quiz", "--code", "agency", "--kind", "situation", "--count", "3", "--seed", "5", "--json"];
    const first = ethics(args);
    const second = ethics(args);
    expect([first.code, first.stderr]).toEqual([0, ""]);
    expect(second.stdout).toBe(first.stdout);
    const { questions } = JSON.parse(first.stdout) as { questions: { prompt: string; choiceStandards: { code: string }[] }[] };
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      expect(question.prompt).toMatch(/Which standard of Agency governs this\?$/);
      for (const standard of question.choiceStandards) expect(standard.code).toBe("agency");
    }
  });

  it("are not asked of one whose file tags nothing", () => {
    const data = agencyFolder(false);
    for (let run = 0; run < 2; run++) {
      expectShortFailure(ethics(["--data", data, "quiz", "--code", "agency", "--kind", "situation"]), 1, "no question of the kind asked for (situation)");
    }
  });
});
