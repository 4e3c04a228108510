// The README's JSON contracts say what the tool prints: the Standard's keys (the optional
// `concepts` of a user's tagged standard included) and the two usage errors about --json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const readme = readFileSync(join(root, "README.md"), "utf8");
const contracts = readme.slice(readme.indexOf("## JSON contracts"), readme.indexOf("## Performance"));
const everyField = ["--data", join(root, "test/fixtures/every-field")];

/** The keys a contract line names: `{ a, b: [...], c? }` → a, b, c? (top level only). */
function contractKeys(name: string): string[] {
  const line = new RegExp(`\\*\\*${name}\\*\\*: \`\\{ (.*?) \\}\``).exec(contracts)?.[1];
  if (line === undefined) throw new Error(`no contract for ${name}`);
  let depth = 0;
  let top = "";
  for (const char of line) {
    if ("[{(".includes(char)) depth++;
    else if ("]})".includes(char)) depth--;
    else if (depth === 0) top += char;
  }
  return top.split(",").map((key) => key.replace(/:.*$/, "").trim());
}

describe("README's JSON contracts", () => {
  it("a Standard: every key show --json prints, concepts where a user's file tags it", () => {
    const keys = contractKeys("Standard");
    const builtin = JSON.parse(ethics(["show", "--json", "medi-cal", "integrity", "12"]).stdout);
    const tagged = JSON.parse(ethics([...everyField, "show", "--json", "every", "boundaries", "3"]).stdout);
    expect(Object.keys(builtin)).toEqual(keys.filter((key) => !key.endsWith("?")));
    expect(Object.keys(tagged)).toEqual(keys.map((key) => key.replace(/\?$/, "")));
    expect(contracts).toContain("`concepts` is there only on a user's standard");
  });

  it("the usage errors about --json, as the tool prints them", () => {
    for (const args of [["export", "--json", "--format", "csv"], ["--json", "list"]]) {
      const { stderr, code } = ethics(args, { env: { COLUMNS: "80" } });
      expect(code).toBe(2);
      expect(contracts).toContain(`$ ethics ${args.join(" ")}\n${stderr}`);
    }
  });
});
