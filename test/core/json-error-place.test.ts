// Where JSON text stops being JSON, as a line and column, whether or not JSON.parse's message
// gives a position (Node 20 gives none for an unexpected token, a trailing comma's).
import { describe, expect, it } from "vitest";
import { firstFault, jsonErrorPlace } from "../../src/core/json-error-place.js";

const said = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonErrorPlace(text, (error as Error).message);
  }
  throw new Error("parsed");
};

describe("jsonErrorPlace", () => {
  it.each([
    ["a trailing comma in a list", '{"a": [1,\n  2,\n]}', "line 3, column 1: unexpected token ']'"],
    ["a trailing comma in an object", '{"a": 1,\n}', "line 2, column 1: expected double-quoted property name"],
    ["a word not quoted", '{\n  "a": tru}', "line 2, column 8: unexpected token '}'"],
    ["a byte order mark", "\uFEFF{}", "line 1, column 1: unexpected token '\uFEFF'"],
    ["the end come too soon", '{"a": [\n', "line 2, column 1: it ends before the JSON does"],
    ["text after it", "{}\n\nx", "line 3, column 1: unexpected non-whitespace character after JSON"],
    ["a bad escape", '{"a": "\\x"}', "line 1, column 9: bad escaped character"],
  ])("%s", (_, text, place) => {
    expect(said(text)).toBe(place);
  });
});

describe("firstFault", () => {
  it.each([
    ["[1,]", 3],
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ["[01]", 2],
    ['["\\u12"]', 2],
    ['[1, 2, {"b": [true, null, -1.5e3, "x\\n"]}]', undefined],
  ])("%s", (text, offset) => {
    expect(firstFault(text)).toBe(offset);
  });
});
