// A user's code saved with its accents written apart (NFD: "é" as e + U+0301, as macOS file
// names and some editors write them) is found by a query typed either way, and a hit's matched
// words are its words as written there, whole: the accent split "réunion" into "re" and
// "union", so that `matched` was [] (or "cafe" for "café") and nothing was highlighted.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const TEXT = "Peer workers attend every réunion of the café team and keep its naïve résumé.";

function codeIn(form: "NFC" | "NFD"): string {
  const dir = mkdtempSync(join(tmpdir(), `ethics-${form}-`));
  const yaml = `id: accents\ntitle: Accents code\nshortName: Accents\njurisdiction: Test\nsource:\n  document: Accents\nsections:\n  - id: general\n    title: General\n    standards:\n      - number: 1\n        text: ${TEXT}\n`;
  writeFileSync(join(dir, "accents.yaml"), yaml.normalize(form));
  return dir;
}

describe("search over a code whose accents are written apart or composed", () => {
  const cases = (["NFD", "NFC"] as const).flatMap((code) =>
    (["NFC", "NFD"] as const).flatMap((query) => ["réunion", "café", "résumé", "naïve"].map((word) => [code, query, word] as const)),
  );

  it.each(cases)("code %s, query %s: %s is matched as the code writes it", (code, query, word) => {
    const dir = codeIn(code);
    const result = ethics(["--data", dir, "search", word.normalize(query), "--code", "accents", "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const hits = (JSON.parse(result.stdout) as { hits: { matched: string[]; text: string }[] }).hits;
    expect(hits).toHaveLength(1);
    expect(hits[0]!.matched).toEqual([word.normalize(code)]);
    // the standard's text as stored: the search changes nothing of it
    expect(hits[0]!.text).toBe(TEXT.normalize(code));
  });

  it("highlights the whole word on a colour terminal, the text as stored", () => {
    const dir = codeIn("NFD");
    const result = ethics(["--data", dir, "search", "réunion", "--code", "accents"], { env: { FORCE_COLOR: "1" } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("\u001b[1m\u001b[33m" + "réunion".normalize("NFD") + "\u001b[39m\u001b[22m of the " + "café".normalize("NFD"));
  });
});
