// A user's standard that is only a heading ("Respect for persons", "Informed consent": a few
// words, no sentence) showed "How it binds: requires": its first word was read as an
// imperative. Nothing in it binds; it now describes. A short imperative sentence ("Keep records
// private.") still requires, and so does one without its full stop ("Maintain confidentiality").
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RIVERSIDE_LINES } from "./riverside-code.js";
import { ethics } from "./run.js";

/** The Riverside code with its second standard's text replaced, in a folder of its own. */
function riversideWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-heading-strength-"));
  const lines = RIVERSIDE_LINES.map((line) => (line === "        text: Keep records private." ? `        text: ${JSON.stringify(text)}` : line));
  writeFileSync(join(dir, "riverside.yaml"), lines.join("\n"));
  return dir;
}

/** How `random` says the second standard binds: a code of two, so a seed picks it. */
function bindingOfSecond(dir: string): string {
  for (let seed = 1; seed <= 20; seed++) {
    const result = ethics(["--data", dir, "random", "--code", "riverside", "--seed", String(seed)], { env: { COLUMNS: "80" } });
    expect(result.stderr).toBe("");
    if (result.stdout.includes("ethics show riverside 2")) return result.stdout.split("\n").find((line) => line.startsWith("How it binds:"))!;
  }
  throw new Error("no seed of 1-20 picked standard 2");
}

describe("a standard that is only a heading", () => {
  it.each(["Respect for persons", "Informed consent", "Honesty and integrity", "Confidentiality"])("%s: random says it describes", (text) => {
    expect(bindingOfSecond(riversideWith(text))).toBe("How it binds: describes");
  });

  it("is among the standards that describe, as --strength picks them", () => {
    const result = ethics(["--data", riversideWith("Respect for persons"), "show", "riverside", "--strength", "describes"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("Riverside 2\n  Respect for persons\n");
  });

  it.each([
    "Keep records private.",
    "Respect the privacy of peers.",
    "Inspire hope in those engaging in services by living a life of recovery and resiliency",
    // Codes written as bullet lists leave the full stop off their imperatives.
    "Maintain confidentiality",
    "Avoid dual relationships with peers",
  ])("%s: an imperative sentence still requires", (text) => {
    expect(bindingOfSecond(riversideWith(text))).toBe("How it binds: requires");
  });
});
