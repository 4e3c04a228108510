// A non-breaking space (U+00A0) pasted from Word where YAML wants a space: the parser's reason
// ("indented differently", "expected ':'") or a key made of the spaces pointed away from it.
import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";

const NBSP = "\u00a0";
const FILE = [
  "id: pine",
  "title: Pine County Peer Code",
  "shortName: Pine",
  "jurisdiction: Pine County",
  "source:",
  "  document: Pine County Peer Code",
  "sections:",
  "  - id: conduct",
  "    title: Conduct",
  "    standards:",
  "      - number: 1",
  "        text: Peer text one.",
  "      - number: 2",
  "        text: Peer text two.",
  "",
].join("\n");

const problemsOf = (from: string, to: string) => parseCodeText(FILE.replace(from, to), "pine.yaml", "user").problems.map(({ line, col, path, message }) => `${line}:${col} ${path}: ${message}`);

const ONE = "a non-breaking space (U+00A0)";
const FIX = "YAML reads only a plain space there; replace it with a space";

describe("a non-breaking space where YAML wants a space", () => {
  it.each([
    ["after a list item's dash", "- number: 2", `-${NBSP}number: 2`, [`13:8 : ${ONE} after the -: ${FIX}`]],
    ["after a key's colon, before a number", "number: 1", `number:${NBSP}1`, [`11:16 : ${ONE} after 'number:': ${FIX}`]],
    ["after a key's colon, before a text", "text: Peer text one.", `text:${NBSP}Peer text one.`, [`12:14 : ${ONE} after 'text:': ${FIX}`]],
    ["in the indentation of a field", "        text: Peer text one.", `${NBSP.repeat(8)}text: Peer text one.`, ["12:1 : 8 non-breaking spaces (U+00A0) in the indentation: YAML reads only a plain space there; replace them with spaces"]],
  ])("%s: named at it, not as the parser's reason", (_name, from, to, expected) => {
    expect(problemsOf(from, to)).toEqual(expected);
  });

  it("in the indentation of a key YAML reads: said first, the key shown with it drawn", () => {
    expect(problemsOf("        text: Peer text two.", `        ${NBSP}text: Peer text two.`)).toEqual([
      `14:9 : ${ONE} in the indentation: ${FIX}`,
      "13:9 sections[0].standards[1].text: missing text",
      "14:9 sections[0].standards[1].<U+00A0>text: unknown field '<U+00A0>text' — did you mean text?",
    ]);
  });

  // The model folds it with the text's other spaces (normalize.ts), as before.
  it("inside a text is the text's: the file is read", () => {
    const { code, problems } = parseCodeText(FILE.replace("Peer text one.", `Peer${NBSP}text${NBSP}one.`), "pine.yaml", "user");
    expect(problems).toEqual([]);
    expect(code!.sections[0]!.standards[0]!.text).toBe("Peer text one.");
  });
});
