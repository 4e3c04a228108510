// A \u escape in double quotes can leave half of a surrogate pair ("\uD800"): a string no UTF-8
// output can hold. It loaded as valid, and every human output, the CSV and the Anki files wrote
// U+FFFD in its place, silently changing the code's words. It is a problem of the file, at its
// line and column, as bytes that are not UTF-8 are.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const original = "text: Will not accept gifts of more than token value from people they support.";
const advice = "is half of a surrogate pair, not a character: write the character itself, or \\U and its 8 hex digits (\\U0001F600 for 😀)";

function folderWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-surrogate-"));
  writeFileSync(join(dir, "riverside-agency.yaml"), fixture.replace(original, text));
  return dir;
}

describe("half a surrogate pair from a \\u escape", () => {
  it.each([
    ["a high half alone", 'text: "Will not accept \\uD800 gifts."', "\\uD800"],
    ["a low half alone", 'text: "Will not accept \\udc00 gifts."', "\\uDC00"],
    ["two halves in the wrong order", 'text: "Will not accept \\uDE00\\uD83D gifts."', "\\uDE00"],
  ])("%s: validate names it at its line and column, exit 1", (_, text, half) => {
    const dir = folderWith(text);
    const result = ethics(["validate", join(dir, "riverside-agency.yaml")]);
    expect(result.stdout).toBe(`${join(dir, "riverside-agency.yaml")}:23:16 sections[0].standards[0].text: ${half} ${advice}\n1 problem in 1 file\n`);
    expect(result.stderr).toBe("ethics: 1 problem found\n");
    expect(result.code).toBe(1);
  });

  it("--data refuses the file rather than print U+FFFD for it", () => {
    const dir = folderWith('text: "Will not accept \\uD800 gifts."');
    const result = ethics(["--data", dir, "export", "--format", "csv", "--code", "riverside"]);
    expect(result.stdout).toBe("");
    expect(result.stderr.replace(/\n {2}/g, " ")).toContain(`riverside-agency.yaml:23:16 sections[0].standards[0].text: \\uD800 ${advice}`);
    expect(result.code).toBe(1);
  });

  it("a whole pair, or \\U, is a character and loads", () => {
    const dir = folderWith('text: "Will not accept \\uD83D\\uDE00 or \\U0001F381 gifts."');
    const result = ethics(["--data", dir, "show", "riverside", "boundaries", "1"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("Riverside · Boundaries 1\n  Will not accept 😀 or 🎁 gifts.\n");
    expect(result.code).toBe(0);
  });
});
