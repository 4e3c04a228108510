// `random --json` carries what narrows a standard's strength, as its text does: a script that
// read "prohibits" alone took Alaska's rule on gifts, which defers to the agency, as unconditional.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

interface Pick {
  citation: string;
  strength: string;
  qualifiers: string[];
}

/** Each "How it binds" of the text, its wrapped lines joined again. */
function bindsLines(text: string): string[] {
  const lines = text.split("\n");
  const binds: string[] = [];
  lines.forEach((line, at) => {
    if (!line.startsWith("How it binds: ")) return;
    const parts = [line.slice("How it binds: ".length)];
    for (let next = at + 1; lines[next]!.startsWith(" "); next++) parts.push(lines[next]!.trim());
    binds.push(parts.join(" "));
  });
  return binds;
}

const asText = (pick: Pick) => (pick.qualifiers.length > 0 ? `${pick.strength} (${pick.qualifiers.join("; ")})` : pick.strength);

describe("random --json, qualifiers", () => {
  it("gives Alaska's rule on gifts with the qualifiers the text prints, in its order", () => {
    const pick = JSON.parse(ethics(["random", "--code", "ak", "--topic", "gifts", "--json"]).stdout) as Pick;
    expect(pick.strength).toBe("prohibits");
    expect(pick.qualifiers).toEqual(["substantial gifts or loans", "note: as deemed inappropriate or unacceptable by the agency"]);
  });

  it.each([
    ["one pick", ["--code", "ak", "--topic", "gifts"]],
    ["one pick that defers", ["--code", "wi", "--seed", "3"]],
    ["one pick, none", ["--code", "wi", "--seed", "1"]],
    ["--count", ["--code", "wi", "--count", "15", "--seed", "1"]],
    ["the day's", ["--code", "wi,ak", "--count", "40", "--today"]],
  ])("%s: the same strength and qualifiers as the text", (_form, args) => {
    const env = { COLUMNS: "80" };
    const text = ethics(["random", ...args], { env });
    const json = ethics(["random", ...args, "--json"], { env });
    expect(text.code).toBe(0);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as Pick | { standards: Pick[] };
    const picks = "standards" in parsed ? parsed.standards : [parsed];
    for (const pick of picks) expect(Array.isArray(pick.qualifiers), pick.citation).toBe(true);
    expect(picks.map(asText)).toEqual(bindsLines(text.stdout));
  });
});
