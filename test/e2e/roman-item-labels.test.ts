// An item label that is a Roman numeral after a standard's number (`12 iii`) was a usage error,
// "'iii' is a number (3) with no code before it" (exit 2), where `12 x` said the standard has
// no item x (exit 1); a user's items labelled i, ii, iii could not be named `1(ii)`.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { userCodeText } from "../core/codes/user-code-text.js";
import { ethics, expectShortFailure } from "./run.js";

const data = mkdtempSync(join(tmpdir(), "ethics-roman-item-labels-"));
writeFileSync(join(data, "items.yaml"), userCodeText("items", "Items", [{ id: "rules", title: "Rules", numbers: [1, 2], items: ["i", "ii", "iii"] }, { id: "other", title: "Other", numbers: [1] }]));

describe("a Roman numeral after a standard's number", () => {
  it.each(["ii", "iii", "iv", "vi", "xi"])("medi-cal integrity 12 %s: no such item, exit 1", (label) => {
    expectShortFailure(ethics(["show", "medi-cal", "integrity", "12", label]), 1, `ethics: Medi-Cal Integrity 12 has no item ${label}\nhint: its items are a, b\n`);
  });

  it("names a user's item so labelled, or says it has none", () => {
    const shown = ethics(["--data", data, "show", "items rules 1(ii)"]);
    expect([shown.code, shown.stderr]).toEqual([0, ""]);
    expect(shown.stdout).toMatch(/^Items · Rules 1\n.*\n {2}ii\. the thing labelled ii\.\n/s);
    const missing = ethics(["--data", data, "show", "items", "rules", "1", "iv"]);
    expect(missing.stderr).toBe("ethics: Items Rules 1 has no item iv\nhint: its items are i, ii, iii\n");
    expect(missing.code).toBe(1);
  });
});
