// Zero width joiners and non-joiners and variation selectors are kept raw in output, for the
// scripts and emoji that need them; between ASCII characters they join and vary nothing and
// only hide. A file `ite<ZWJ>ms.yaml` beside `items.yaml` gave "…/ite‍ms.yaml: id 'items' clashes
// with the user code 'items' in …/items.yaml" and "rename it in …/ite‍ms.yaml", two paths that
// read the same. Those are now drawn as <U+200D>, in messages and human output; where a script
// or an emoji needs them they stay as they are.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const example = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

describe("a joiner or variation selector between ASCII characters", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-adv34-idle-"));

  it("in a file name: the two files of a clash read apart", () => {
    const folder = join(dir, "names");
    mkdirSync(folder);
    writeFileSync(join(folder, "items.yaml"), example);
    copyFileSync(join(folder, "items.yaml"), join(folder, "ite\u200dms.yaml"));
    const listed = ethics(["--data", folder, "list"], { env: { COLUMNS: "200" } });
    expect(listed.code).toBe(1);
    expect(listed.stdout).toBe("");
    expect(listed.stderr.replace(/\n +/g, " ")).toContain(`${folder}/ite<U+200D>ms.yaml: id 'riverside-agency' clashes with the user code 'riverside-agency' in ${folder}/items.yaml`);
    expect(listed.stderr).not.toContain("\u200d");
    const validated = ethics(["validate", folder]);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toContain("ite<U+200D>ms.yaml:2:1 id: 'riverside-agency' clashes with 'riverside-agency' in");
    expect(validated.stdout).not.toContain("\u200d");
  });

  it("in a standard's text: drawn in show, CSV and Markdown; kept in --json, which escapes nothing it need not", () => {
    const folder = join(dir, "text");
    mkdirSync(folder);
    const text = "Will not accept gifts of more than token value (spec\u200dialists: \u06a9\u0627\u0631\u200c\u0647\u0627, 👨\u200d👩\u200d👧, 1\ufe0f\u20e3).";
    writeFileSync(join(folder, "riverside.yaml"), example.replace(/^(\s+text: ).*gifts.*$/m, `$1"${text}"`));
    const shown = ethics(["--data", folder, "show", "--json", "riverside", "boundaries", "1"]);
    expect(shown.code).toBe(0);
    const original = JSON.parse(shown.stdout).text as string;
    expect(original).toBe(text);
    const printed = ethics(["--data", folder, "show", "riverside", "boundaries", "1"], { env: { COLUMNS: "200" } });
    expect(printed.stderr).toBe("");
    expect(printed.code).toBe(0);
    // The Persian non-joiner, the family's joiners and the keycap's selector are needed: kept.
    expect(printed.stdout).toContain("(spec<U+200D>ialists: \u06a9\u0627\u0631\u200c\u0647\u0627, 👨\u200d👩\u200d👧, 1\ufe0f\u20e3).");
    for (const format of ["csv", "md"]) {
      const exported = ethics(["--data", folder, "export", "--format", format, "--code", "riverside"]);
      expect(exported.code).toBe(0);
      expect(exported.stdout).toMatch(/spec\\?<U\+200D\\?>ialists/);
      expect(exported.stdout).toContain("\u06a9\u0627\u0631\u200c\u0647\u0627");
    }
  });
});
