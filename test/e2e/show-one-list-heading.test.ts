// A code of one list cites its standards without its section ("North Carolina 14"), and `show`
// headed the section so too: `show nc` never printed the source's heading "Code of Ethics", nor
// the editor's note on it ("…in capitals: “CODE OF ETHICS”"), which the handouts and --json
// give. The heading now names the section as the source heads it; the citations are as they were.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const NC_HEADING = "North Carolina · Code of Ethics\n  Editor's note: The source prints this heading in capitals: “CODE OF ETHICS”.\n1.  ";

/** A user's code of one section, `title`, with the editor's note `remark` on it. */
function oneListCode(title: string, remark: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-one-list-heading-"));
  const lines = [
    "id: mine",
    "title: Mine Peer Code",
    "shortName: Mine",
    "jurisdiction: X",
    "source:",
    "  document: Mine Peer Code",
    "sections:",
    "  - id: first",
    `    title: ${JSON.stringify(title)}`,
    "    editorial:",
    `      title: ${JSON.stringify(remark)}`,
    "    standards:",
    "      - number: 1",
    "        text: Will not accept gifts from peers.",
  ];
  writeFileSync(join(dir, "mine.yaml"), `${lines.join("\n")}\n`);
  return dir;
}

describe("show of a code of one list", () => {
  it.each([
    ["the whole code", ["nc"]],
    ["its section", ["nc", "code-of-ethics"]],
  ])("%s: the section's heading and the editor's note on it", (_what, words) => {
    const shown = ethics(["show", ...words]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(NC_HEADING);
  });

  it("Wisconsin's heading, its intro under it", () => {
    expect(ethics(["show", "wi"]).stdout).toContain("\n\nWisconsin · Code Of Conduct\n  The following principles");
  });

  it("its standards are cited as before", () => {
    expect(ethics(["show", "nc", "14"]).stdout.split("\n")[0]).toBe("North Carolina 14");
  });

  it("the heading pasted back is the section", () => {
    expect(ethics(["show", "North Carolina · Code of Ethics"]).stdout).toBe(ethics(["show", "nc", "code-of-ethics"]).stdout);
  });

  it("a user's code: its heading and note, as --json gives them", () => {
    const data = oneListCode("First & <Foremost>", "The source prints this heading in bold.");
    const shown = ethics(["--data", data, "show", "mine"]);
    expect(shown.code).toBe(0);
    const heading = `Mine · First & <Foremost> (user code: ${join(data, "mine.yaml")})`;
    expect(shown.stdout).toContain(`\n\n${heading}\n  Editor's note: The source prints this heading in bold.\n1.  Will not`);
    const json = JSON.parse(ethics(["--data", data, "show", "mine", "--json"]).stdout) as { sections: { title: string; editorial: { title: string } }[] };
    expect(json.sections.map((section) => [section.title, section.editorial.title])).toEqual([["First & <Foremost>", "The source prints this heading in bold."]]);
    expect(ethics(["--data", data, "show", heading]).stdout).toBe(ethics(["--data", data, "show", "mine", "first"]).stdout);
  });

  it("a user's section titled as the code's short name: the name once, the note still there", () => {
    const data = oneListCode("Mine", "The source prints no heading but its name.");
    const shown = ethics(["--data", data, "show", "mine", "first"]);
    expect(shown.stdout).toBe(
      `Mine (user code: ${join(data, "mine.yaml")})\n  Editor's note: The source prints no heading but its name.\n1.  Will not accept gifts from peers.\n`,
    );
  });
});
