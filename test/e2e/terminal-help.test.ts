// Each command's --json option says, in --help, the JSON it really prints: the keys of every
// object it spells out as { a, b: [{ c }] } are the keys the output has.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./run.js";
import { ethicsAll } from "./terminal-run.js";

/** An object's keys as described: a key's own shape where the description spells it out. */
interface Shape {
  keys: Map<string, Shape | null>;
  optional: Set<string>;
}

/**
 * Reads "{ a, b: [{ c, d }], e? }" from `at`: keys, optional ones marked with ?, a key's shape
 * where its value is an object or a list of objects spelled out. `{ <code>: n }` (a map) and
 * `[Code]` (a type named elsewhere) are not checked.
 */
function readShape(text: string, at: number): [Shape | null, number] {
  const shape: Shape = { keys: new Map(), optional: new Set() };
  let map = false;
  at = text.indexOf("{", at) + 1;
  while (at < text.length) {
    const rest = text.slice(at);
    const key = /^\s*(<?[\w]+>?)(\?)?\s*/.exec(rest);
    if (!key) throw new Error(`cannot read the description at: ${rest.slice(0, 30)}`);
    at += key[0].length;
    if (key[1]!.startsWith("<")) map = true;
    let value: Shape | null = null;
    if (text[at] === ":") {
      at++;
      if (/^\s*(\[\s*)?\{/.test(text.slice(at))) {
        [value, at] = readShape(text, at);
        while (/[\s\]]/.test(text[at]!)) at++;
      } else {
        // A value not spelled out ([Code], n): up to the comma or brace at this depth.
        let depth = 0;
        while (at < text.length && !(depth === 0 && (text[at] === "," || text[at] === "}"))) {
          if ("[{".includes(text[at]!)) depth++;
          if ("]}".includes(text[at]!)) depth--;
          at++;
        }
      }
    }
    shape.keys.set(key[1]!, value);
    if (key[2]) shape.optional.add(key[1]!);
    while (text[at] === " ") at++;
    if (text[at] === "}") return [map ? null : shape, at + 1];
    at++; // the comma
  }
  throw new Error("unclosed {");
}

/** Every object of `value` that `shape` describes has the described keys, no fewer, no more. */
function expectShape(value: unknown, shape: Shape, where: string): void {
  if (Array.isArray(value)) {
    for (const element of value) expectShape(element, shape, `${where}[]`);
    return;
  }
  expect(typeof value, where).toBe("object");
  const actual = Object.keys(value as object);
  const required = [...shape.keys.keys()].filter((key) => !shape.optional.has(key));
  expect(actual, where).toEqual(expect.arrayContaining(required));
  expect([...shape.keys.keys()], where).toEqual(expect.arrayContaining(actual));
  for (const [key, nested] of shape.keys) {
    if (nested && (value as Record<string, unknown>)[key] !== undefined) expectShape((value as Record<string, unknown>)[key], nested, `${where}.${key}`);
  }
}

/** The --json option's description, unwrapped. */
function jsonDescription(help: string): string {
  const lines = help.split("\n");
  const start = lines.findIndex((line) => /^\s+--json\s/.test(line));
  const indent = lines[start]!.search(/--json\s+\S/) + /--json\s+/.exec(lines[start]!)![0].length;
  const description = [lines[start]!.slice(indent)];
  for (const line of lines.slice(start + 1)) {
    if (line.length <= indent || line.slice(0, indent).trim() !== "") break;
    description.push(line.trim());
  }
  return description.join(" ");
}

const userCodes = join(root, "test/fixtures/user-codes");

describe("--help describes each command's JSON", () => {
  it.each([
    ["list", [["list"]]],
    ["list", [["list", "alaska"]], 1],
    ["show", [["show", "medi-cal", "integrity", "12"], ["show", "medi-cal", "integrity", "5-7"]]],
    ["show", [["show", "alaska", "values"]], 1],
    ["search", [["search", "gifts"]]],
    ["topics", [["topics"]]],
    ["topic", [["topic", "gifts"], ["--data", userCodes, "topic", "gifts"]]],
    ["diff", [["diff", "alaska", "medi-cal"]]],
    ["export", [["export"]]],
    ["validate", [["validate", "test/fixtures/bad/wrong-shape.yaml"]]],
    ["completion", [["completion", "fish"]]],
  ] as [string, string[][], number?][])("%s", async (command, runs, which = 0) => {
    const [help, ...results] = await ethicsAll([[command, "--help"], ...runs.map((args) => [...args, "--json"])]);
    const description = jsonDescription(help!.stdout);
    expect(description).toMatch(/\{/);
    // The n-th { … } at the top of the description, and the JSON it promises.
    let at = 0;
    let shape: Shape | null = null;
    for (let index = 0; index <= which; index++) [shape, at] = readShape(description, description.indexOf("{", at));
    for (const result of results) expectShape(JSON.parse(result.stdout), shape!, `${command} ${runs.join(" ")}`);
  });

  it("search, when nothing matches, with the suggestion it describes", async () => {
    const [help, none] = await ethicsAll([["search", "--help"], ["search", "zzgifts", "--json"]]);
    const [shape] = readShape(jsonDescription(help!.stdout), 0);
    expect(none!.code).toBe(1);
    expectShape(JSON.parse(none!.stdout), shape!, "search zzgifts");
    expect(JSON.parse(none!.stdout)).toHaveProperty("suggestion");
  });
});

describe("list", () => {
  it("shows each code's aliases, in the table and in JSON", async () => {
    const [table, json] = await ethicsAll([["list"], ["list", "--json"]], { COLUMNS: "200" });
    expect(table!.stdout).toContain("│ medi-cal (medical, mc) ");
    expect(JSON.parse(json!.stdout).codes.find((code: { id: string }) => code.id === "medi-cal").aliases).toEqual(["medical", "mc"]);
  });
});
