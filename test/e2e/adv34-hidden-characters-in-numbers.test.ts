// A standard's number copied from a web page or a PDF can carry characters that show nothing (a
// zero width space or joiner, a soft hyphen, a BOM, a variation selector; NEL, which a terminal
// shows as nothing): names ignored them, but the number was refused with them invisible in the
// quote, "'15' is not a standard number; North Carolina has 1–21". A number is read without them.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a typed number with a character that shows nothing in it", () => {
  const plain = ethics(["show", "nc", "15"]);

  it.each([
    ["a zero width joiner", "1\u200d5"],
    ["a zero width space", "15\u200b"],
    ["a soft hyphen", "1\u00ad5"],
    ["a byte order mark", "\ufeff15"],
    ["a variation selector", "15\ufe0f"],
    ["a NEL", "15\u0085"],
  ])("%s: the number it looks like", (_name, typed) => {
    expect(plain.code).toBe(0);
    const shown = ethics(["show", "nc", typed]);
    expect(shown.stderr).toBe("");
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(plain.stdout);
  });

  it("in a range, a list and a printed citation too", () => {
    const range = ethics(["show", "nc", "1\u200b-2,4"]);
    expect(range.stderr).toBe("");
    expect(range.stdout).toBe(ethics(["show", "nc", "1-2,4"]).stdout);
    const cited = ethics(["show", "Medi-Cal · Integrity 1\u00ad2"]);
    expect(cited.stderr).toBe("");
    expect(cited.stdout).toBe(ethics(["show", "medi-cal", "integrity", "12"]).stdout);
  });

  it("a number with an item's letter reads as it would without them: an error here, exit 1", () => {
    const refused = ethics(["show", "nc", "1\u200b5x"]);
    expect(refused.stdout).toBe("");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe("ethics: North Carolina 15 has no item x\nhint: it has no lettered items: `ethics show north-carolina 15`\n");
  });
});
