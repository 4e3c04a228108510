// foldSpace makes every run of white space one space: checked against the plain definition on
// strings of every kind of white space YAML text can hold.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { foldSpace } from "../../../src/core/codes/normalize.js";

/** Every run of white space one space, but U+FEFF, which JavaScript counts as white space and which shows nothing. */
const plain = (text: string) => text.replace(/[^\S\uFEFF]+/g, " ").replace(/^ | $/g, "");

describe("foldSpace", () => {
  it.each([
    ["one  two", "one two"],
    [" lead and trail \n", "lead and trail"],
    ["line\nbreak", "line break"],
    ["tab\tand\u00a0no-break", "tab and no-break"],
    ["mixed \n\t runs", "mixed runs"],
    ["single spaces stay", "single spaces stay"],
    // An audit found it turned into a space in every output, --json too: kept, it is shown as <U+FEFF>.
    ["a\ufeffzero width no-break space", "a\ufeffzero width no-break space"],
    [" \ufeff at the edges \ufeff ", "\ufeff at the edges \ufeff"],
  ])("%j → %j", (text, folded) => {
    expect(foldSpace(text)).toBe(folded);
  });

  it("agrees with folding every run of \\s", () => {
    const piece = fc.constantFrom(" ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u2028", "\u3000", "\ufeff", "a", "b", "é", "—");
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join("")), (text) => {
      expect(foldSpace(text)).toBe(plain(text));
    }));
  });
});

describe("a code's short name", () => {
  it("is folded once, for the code and its standards' citations alike", () => {
    const text = ['id: oddy', "title: Oddy's code", 'shortName: "Tab\\tShort\\nName"', "jurisdiction: Nowhere", "source:", "  document: oddy.pdf", "sections:", "  - id: duties", "    title: Duties", "    standards:", "      - number: 1", "        text: Be kind."].join("\n");
    const { code, problems } = parseCodeText(text, "oddy.yaml", "user");
    expect(problems).toEqual([]);
    expect(code!.shortName).toBe("Tab Short Name");
    expect(code!.sections[0]!.standards[0]!.citation).toBe("Tab Short Name 1");
  });
});
