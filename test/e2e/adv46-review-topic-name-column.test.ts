// `topic`'s "By concept" rows cut every code's name to 22 columns, on any terminal: two users'
// codes short-named "Riverside County Peer Support north" and "… south" both read "Riverside
// County Peer…", at COLUMNS=200 too. The name column now takes the room the line has; where the
// names must still be cut and come out alike, the codes are shown by id, with a legend.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { codeFile } from "./tagged-code-file.js";

const NORTH = "Riverside County Peer Support north";
const SOUTH = "Riverside County Peer Support south";
const dir = mkdtempSync(join(tmpdir(), "ethics-topic-name-column-"));
writeFileSync(join(dir, "north.yaml"), codeFile("riverside-north", NORTH, [["accepting-gifts"]]));
writeFileSync(join(dir, "south.yaml"), codeFile("riverside-south", SOUTH, [["accepting-gifts"]]));

function topicGifts(columns: string | undefined): string {
  const result = ethics(["--data", dir, "topic", "gifts"], { env: { ETHICS_NO_CACHE: "1", ...(columns === undefined ? {} : { COLUMNS: columns }) } });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout;
}

/** The "By concept" block, up to the blank line after it. */
function byConcept(stdout: string): string[] {
  const lines = stdout.split("\n");
  const start = lines.indexOf("By concept");
  expect(start).toBeGreaterThan(0);
  return lines.slice(start + 1, lines.indexOf("", start));
}

/** The name each row of the first concept shows for a code: the row's text before its strength. */
function rowNames(block: readonly string[]): string[] {
  const end = block.findIndex((line, at) => at > 0 && /^ {2}\S/.test(line));
  return block.slice(1, end).flatMap((line) => /^ {4}(\S.*?) +(?:prohibits|requires|defers|aspires|—)(?: |$)/.exec(line)?.[1] ?? []);
}

describe("topic: the names column", () => {
  it.each([["200"], ["80"], [undefined]])("COLUMNS=%s: the room there is holds both names whole", (columns) => {
    const names = rowNames(byConcept(topicGifts(columns)));
    expect(names).toContain(NORTH);
    expect(names).toContain(SOUTH);
    expect(names).toContain("Working Well Together");
  });

  it.each(["60", "40"])("COLUMNS=%s: names that must be cut stay apart, each told in a legend", (columns) => {
    const block = byConcept(topicGifts(columns));
    for (const line of block) expect(line.length).toBeLessThanOrEqual(Number(columns));
    const names = rowNames(block);
    expect(names).toContain("Working Well Together");
    expect(new Set(names).size).toBe(names.length);
    const legend = block.join(" ").replace(/ +/g, " ");
    for (const [id, name] of [["riverside-north", NORTH], ["riverside-south", SOUTH]]) {
      expect(names).toContain(id);
      expect(legend).toContain(`${id} = ${name}`);
    }
  });

  it("the built-in codes alone: no legend, the column as before", () => {
    const block = byConcept(ethics(["topic", "gifts"], { env: { COLUMNS: "80" } }).stdout);
    expect(block.join("\n")).not.toContain(" = ");
    expect(block).toContain("    Working Well Together defers     Integrity 5, Integrity 6 (aspires)");
  });
});
