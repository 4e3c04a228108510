// Words pasted unquoted into a code file (from Word) that YAML reads as syntax: a " #" that cut
// the text at a comment, a "!" or "&" first that it dropped as a tag or an anchor, the file
// valid and the text silently shorter; a bullet or bracket first that it refused in words about
// indentation or aliases. Each is said as what it is, where it is, with the line quoted whole;
// a comment after a name, a number or a quoted text stays a comment.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { isProsePath } from "../../../src/core/codes/prose-fields.js";
import { codeSchemas } from "../../../src/core/codes/schema.js";

const head = "id: my-code\ntitle: My Code\nshortName: Mine\njurisdiction: Here\nsource:\n  document: Doc\nsections:\n  - id: conduct\n    title: Conduct\n    standards:\n      - number: 1\n";
/** The file's problems as validate words them, after its path: `line:col path: message`. */
const problemsOf = (text: string) => parseCodeText(text, "f.yaml", "user").problems.map(({ line, col, path, message }) => `${line}:${col}${path ? ` ${path}` : ""}: ${message}`);
/** The file with `lines` (each indented as a standard's field is) after the head. */
const withLines = (...lines: string[]) => head + lines.map((line) => `        ${line}\n`).join("");

const CUT = '" #" in unquoted text starts a comment, so YAML cuts the text there: double-quote the whole text (a comment goes on a line of its own)';
const TEXT = "sections[0].standards[0].text";

describe("the fields of words, as the schema has them", () => {
  // A url or a file name is a name: a comment after it is a comment.
  const NAMES = new Set(["source.url", "source.transcript"]);

  it("are every text field without a pattern, and only those", () => {
    const schema = z.toJSONSchema(codeSchemas().codeFileSchema, { target: "draft-2020-12", io: "input" });
    const leaves: { path: (string | number)[]; words: boolean }[] = [];
    const walk = (node: Record<string, unknown>, path: (string | number)[]): void => {
      const types = ([] as unknown[]).concat(node.type);
      if (types.includes("object")) for (const [key, child] of Object.entries(node.properties as object)) walk(child, [...path, key]);
      else if (types.includes("array")) walk(node.items as Record<string, unknown>, [...path, 0]);
      else if (types.includes("string")) {
        const named = "pattern" in node || "allOf" in node || "enum" in node || NAMES.has(path.join("."));
        leaves.push({ path, words: !named });
      }
    };
    walk(schema as Record<string, unknown>, []);
    expect(leaves.length).toBeGreaterThan(30);
    for (const { path, words } of leaves) expect(isProsePath(path), path.join(".")).toBe(words);
  });
});

describe("a text YAML reads, but cut", () => {
  it.each([
    ["at a ' #'", withLines("text: Follow agency policy #4 on gifts from the people you support."), `12:36 ${TEXT}: ${CUT} — text: "Follow agency policy #4 on gifts from the people you support."`],
    ["at a ' #' that reads as a comment", withLines("text: Staff will not lend money (see policy 4.2) # page 3 of 7"), `12:58 ${TEXT}: ${CUT} — text: "Staff will not lend money (see policy 4.2) # page 3 of 7"`],
    ["…after a tab", withLines("text: Will not lend\t#4"), `12:29 ${TEXT}: ${CUT} — text: "Will not lend\\t#4"`],
    ["…on a text's last line, with no fix on one line", withLines("text: Will not lend", "  money # p3"), `13:17 ${TEXT}: ${CUT}`],
    ["…too wide for its fixed line", withLines(`text: ${"Peer staff will not lend money. ".repeat(2)}#4`), `12:79 ${TEXT}: ${CUT}`],
    ["in an item", withLines("text: Will.", "items:", "  - label: a", "    text: Do #3"), `15:22 sections[0].standards[0].items[0].text: ${CUT} — text: "Do #3"`],
    ["in a note", withLines("text: Will.", "notes:", "  - See policy #4"), `14:24 sections[0].standards[0].notes[0]: ${CUT} — - "See policy #4"`],
    ["in a standard's remark", withLines("text: Will.", "editorial:", "  - Odd #2"), `14:17 sections[0].standards[0].editorial[0]: ${CUT} — - "Odd #2"`],
    ["in a section's remark", head.replace("    title: Conduct\n", "    title: Conduct\n    editorial:\n      title: Conduct #2\n") + "        text: Will.\n", `11:22 sections[0].editorial.title: ${CUT} — title: "Conduct #2"`],
    ["in a title", head.replace("title: My Code", "title: My Code #2") + "        text: Will.\n", `2:16 title: ${CUT} — title: "My Code #2"`],
    ["in the scope", `${withLines("text: Will.")}scope: Staff #1\n`, `13:14 scope: ${CUT} — scope: "Staff #1"`],
    ["in a value statement", `${withLines("text: Will.")}values:\n  - text: Hope #1\n`, `14:16 values[0].text: ${CUT} — text: "Hope #1"`],
    ["in a preamble", `${withLines("text: Will.")}preamble:\n  - heading: Why #1\n    text: Because.\n`, `14:18 preamble[0].heading: ${CUT} — heading: "Why #1"`],
    ["in a line to sign", `${withLines("text: Will.")}signature:\n  - Name #1\n`, `14:10 signature[0]: ${CUT} — - "Name #1"`],
    ["after a quoted key", withLines('"text": Will # x'), `12:22 ${TEXT}: ${CUT} — "text": "Will # x"`],
  ])("%s", (_name, text, problem) => {
    expect(problemsOf(text)).toEqual([problem]);
  });

  it.each([
    ["a '!' first, as a tag", "text: ! staff will not lend money.", `12:15 ${TEXT}: "!" at the start of unquoted text reads as a tag, so YAML drops "!": double-quote the whole text — text: "! staff will not lend money."`],
    ["an '&' first, as an anchor", "text: &staff will lend nothing.", `12:15 ${TEXT}: "&" at the start of unquoted text names an anchor, so YAML drops "&staff": double-quote the whole text — text: "&staff will lend nothing."`],
    // Empty, it may be a placeholder (`# to do`) as well as a text: said as both.
    ["a '#' first, as a comment", "text: # gifts, page 4", `12:9 ${TEXT}: expected text, got an empty value: YAML reads "# gifts, page 4" as a comment; if it is the text, double-quote it — text: "# gifts, page 4"`],
  ])("%s: said so, not as the text it left", (_name, line, problem) => {
    expect(problemsOf(withLines(line))).toEqual([problem]);
  });

  it("a '#' first, with the text going on below: the words of the key's line are dropped", () => {
    expect(problemsOf(withLines("text: #4 on gifts", "  from the people"))).toEqual([
      `12:15 ${TEXT}: "#" at the start of unquoted text starts a comment, so YAML drops the rest of the line: double-quote the whole text (a comment goes on a line of its own)`,
    ]);
  });

  it("is no code: shown, it would read as the whole text", () => {
    expect(parseCodeText(withLines("text: Follow agency policy #4"), "f.yaml", "user").code).toBeNull();
  });
});

describe("a text's words that YAML read as a comment whole", () => {
  /** The file with `intro` (a line) in its section, under its title. */
  const withIntro = (intro: string) => head.replace("    title: Conduct\n", `    title: Conduct\n    ${intro}\n`) + "        text: Will.\n";
  const emptied = (comment: string, field: string) => `YAML reads ${JSON.stringify(comment)} as a comment, so the ${field} is empty; if it is the ${field}, double-quote it`;

  // "#" and a digit, then words: "number 1", the field's text; not a placeholder.
  it.each([
    ["an intro, '#1' and words", withIntro("intro: #1 rule of our agency"), `10:12 sections[0].intro: ${emptied("#1 rule of our agency", "intro")} — intro: "#1 rule of our agency"`],
    ["a standard's text", withLines("text: #4 on gifts"), `12:15 ${TEXT}: ${emptied("#4 on gifts", "text")} — text: "#4 on gifts"`],
    ["a number with a point", withIntro("intro: #4.2 of the agency policy"), `10:12 sections[0].intro: ${emptied("#4.2 of the agency policy", "intro")} — intro: "#4.2 of the agency policy"`],
    ["the jurisdiction", head.replace("jurisdiction: Here", "jurisdiction: #3 district of the county") + "        text: Will.\n", `4:15 jurisdiction: ${emptied("#3 district of the county", "jurisdiction")} — jurisdiction: "#3 district of the county"`],
    ["too wide for its fixed line", withIntro(`intro: #1 ${"rule of our agency and of its staff ".repeat(2)}`), `10:12 sections[0].intro: ${emptied(`#1 ${"rule of our agency and of its staff ".repeat(2).trimEnd()}`, "intro")}`],
  ])("a comment after its key that reads as words, in %s: the field said empty, with the line quoted", (_name, text, problem) => {
    expect(problemsOf(text)).toEqual([problem]);
  });

  const commentLine = (field: string) => `YAML reads a line begun with "#" as a comment, so the ${field} ends above it; if this line is its words, `;
  const quoteIt = (fixed: string) => `${commentLine("text")}double-quote the whole text, this line too — ${fixed}`;
  const blockIt = (key: string) => `${commentLine(key)}write the ${key} as a folded block, all its lines under its key — ${key}: >-`;

  // A line begun with "#" where the text's next line would go: the text's words, not a comment.
  it.each([
    ["a text's next line begun with '#'", withLines("text: I will not accept gifts of more than token value", "  # of any kind from the people I serve."), `13:11 ${TEXT}: ${blockIt("text")}`],
    ["…with the whole text short enough for one line", withLines("text: Will not lend", "  # money to anyone."), `13:11 ${TEXT}: ${quoteIt('text: "Will not lend # money to anyone."')}`],
    ["…and more lines begun with '#', all in the fix", withLines("text: Will not lend", "  # money", "  # to anyone."), `13:11 ${TEXT}: ${quoteIt('text: "Will not lend # money # to anyone."')}`],
    ["after a text's last line", withLines("text: I will not accept gifts", "  of more than token value", "  # of any kind from the people I serve."), `14:11 ${TEXT}: ${blockIt("text")}`],
    ["after a text begun on the line under its key", withLines("text:", "  Will not lend", "  # money to anyone."), `14:11 ${TEXT}: ${blockIt("text")}`],
    ["indented one space past its key", withLines("text: Will not lend", " # money."), `13:10 ${TEXT}: ${quoteIt('text: "Will not lend # money."')}`],
    ["in a note", withLines("text: Will.", "notes:", "  - See policy", "    # 4 on gifts."), `15:13 sections[0].standards[0].notes[0]: ${quoteIt('- "See policy # 4 on gifts."')}`],
    ["in a note too wide for one line", withLines("text: Will.", "notes:", "  - See the agency's policy on gifts and on money lent or borrowed", "    # 4 on gifts."), `15:13 sections[0].standards[0].notes[0]: ${commentLine("text")}write the text as a folded block, all its lines under its dash — - >-`],
    ["in a section's intro", withIntro("intro: Our agency's rules,\n      # 1 to 9."), `11:7 sections[0].intro: ${commentLine("intro")}double-quote the whole intro, this line too — intro: "Our agency's rules, # 1 to 9."`],
    ["after a quoted key", withLines(`"text": I will not accept gifts of more than token value from anyone`, "  # at all."), `13:11 ${TEXT}: ${commentLine("text")}write the text as a folded block, all its lines under its key — "text": >-`],
  ])("%s: a problem at the '#', the text ending above it", (_name, text, problem) => {
    expect(problemsOf(text)).toEqual([problem]);
  });

  it("a line begun with '#' between a text's lines, which YAML cannot read on from: said as that line", () => {
    expect(problemsOf(withLines("text: I will not accept gifts", "  # of any kind", "  from the people I serve."))).toEqual([`13:11: ${blockIt("text")}`]);
  });

  it("is no code: shown, a text would read as it does above the '#'", () => {
    expect(parseCodeText(withLines("text: Will not lend", "  # money to anyone."), "f.yaml", "user").code).toBeNull();
  });

  it("is no code: shown, the intro would be missing", () => {
    expect(parseCodeText(withIntro("intro: #1 rule of our agency"), "f.yaml", "user").code).toBeNull();
  });

  it("a placeholder after a key that needs a value: the schema's empty value, with the quoted line if it was the text", () => {
    expect(problemsOf(head.replace("jurisdiction: Here", "jurisdiction: # to do") + "        text: Will.\n")).toEqual([
      `4:1 jurisdiction: expected jurisdiction, got an empty value: YAML reads "# to do" as a comment; if it is the text, double-quote it — jurisdiction: "# to do"`,
    ]);
  });

  it.each([
    ["a note to self after an intro's key", withIntro("intro: # TODO write this")],
    ["a '#' and a word", withIntro("intro: #TODO write this")],
    ["a number alone", withIntro("intro: #1")],
    ["a number and a sign", withIntro("intro: #2 - ?")],
    ["a comment after a quoted text", withLines('text: "quoted" # comment')],
    ["a comment line between two standards, at the list's indent", `${withLines("text: Will.")}      # the next one is new\n      - number: 2\n        text: Two.\n`],
    ["a comment line at its key's indent", withLines("text: Will.", "# notes below", "notes: [a]")],
    ["a comment line left of its key", `${withLines("text: Will.")}    # end of the standards\n`],
    ["a comment line after a blank line", withLines("text: Will.", "", "  # p3")],
    ["a comment line under a quoted text", withLines('text: "quoted" # comment', "  # p3")],
    ["a comment line under a number", head.replace("- number: 1\n", "- number: 1\n          # the first\n") + "        text: Will.\n"],
    ["a comment line under an id", head.replace("id: my-code\n", "id: my-code\n  # mine\n") + "        text: Will.\n"],
    ["a line begun with '#' in a folded block, where it is text", withLines("text: >-", "  Will not lend", "  # money.")],
  ])("%s: no problem", (_name, text) => {
    expect(problemsOf(text)).toEqual([]);
  });
});

describe("a comment where it is one", () => {
  it.each([
    ["after a number", head.replace("- number: 1", "- number: 1  # first") + "        text: Will.\n"],
    ["after an id", head.replace("id: my-code", "id: my-code # mine") + "        text: Will.\n"],
    ["after a section id", head.replace("- id: conduct", "- id: conduct # one") + "        text: Will.\n"],
    ["after concept ids", withLines("text: Will.", "concepts: [accepting-gifts] # why")],
    ["after an item's label", withLines("text: Will.", "items:", "  - label: a # first", "    text: Do.")],
    ["after a url", head.replace("  document: Doc\n", "  document: Doc\n  url: https://example.org/code # archived\n") + "        text: Will.\n"],
    ["after the numbering", head.replace("jurisdiction: Here", "jurisdiction: Here\nnumbering: source # as printed") + "        text: Will.\n"],
    ["after a double-quoted text", withLines('text: "Follow policy #4." # p3')],
    ["after a single-quoted text", withLines("text: 'Follow policy #4.' # p3")],
    ["in a folded block, where # is text", withLines("text: >", "  Follow policy # 4.")],
    ["on a line of its own", withLines("# from page 3", "text: Will.", "# end")],
    ["a # with no space before it, which is text", withLines("text: Follow policy#4.")],
    ["a ! or & inside words, which are text", withLines("text: Staff will & must help!")],
    ["an anchor an alias repeats, written as YAML", `${withLines("text: &same Will.")}      - number: 2\n        text: *same\n`],
    ["a core tag, written as YAML", withLines("text: !!str Will.")],
    ["after a key whose value may be empty", head.replace("    title: Conduct\n", "    title: Conduct\n    intro: # none\n") + "        text: Will.\n"],
  ])("%s: no problem", (_name, text) => {
    expect(problemsOf(text)).toEqual([]);
  });
});

describe("a text that begins with a character YAML reads as syntax", () => {
  const said = (syntax: string, readAs: string) => `"${syntax}" at the start of unquoted text ${readAs}: double-quote the whole text`;

  it.each([
    ["a pasted bullet", "- Peer staff will not lend money.", said("- ", "starts a list item")],
    ["a bracket", "[Agency] staff will not lend money.", said("[", "opens a list")],
    ["a brace", "{Agency} staff will not lend money.", said("{", "opens a mapping")],
    ["an @", "@staff will not lend money.", said("@", "is reserved by YAML")],
    ["a backtick", "`staff` will not lend money.", said("`", "is reserved by YAML")],
    ["an asterisk", "* Peer staff will not lend money.", said("*", "reads as an alias")],
    ["an asterisk before a word", "*Peer staff will not lend money.", said("*", "reads as an alias")],
    ["an asterisk and one word", "*Required", said("*", "reads as an alias")],
    ["a >", "> Peer staff will not lend money.", said(">", "starts a folded block")],
    ["a |", "| Peer staff will not lend money.", said("|", "starts a literal block")],
    ["a tag YAML does not know", "!IMPORTANT staff will not lend money.", said("!", "reads as a tag")],
    ["an & alone", "& staff will not lend money.", said("&", "names an anchor")],
    ["a %", "% of staff will not lend money.", said("%", "starts a directive")],
    ["a ? and a space", "? staff will not lend money.", said("? ", "starts a key")],
    ["a comma", ", staff will not lend money.", said(",", "separates the entries of a list")],
  ])("%s: said where it is, as what YAML reads, with the line quoted whole", (_name, value, message) => {
    expect(problemsOf(withLines(`text: ${value}`))).toEqual([`12:15: ${message} — text: ${JSON.stringify(value)}`]);
  });

  it.each([
    ["in a note", withLines("text: Will.", "notes:", "  - [Agency] note"), `14:13: ${said("[", "opens a list")} — - "[Agency] note"`],
    ["in an item", withLines("text: Will.", "items:", "  - label: a", "    text: - Do."), `15:19: ${said("- ", "starts a list item")} — text: "- Do."`],
    ["in a title", "id: x\ntitle: [Draft] My Code\n", `2:8: ${said("[", "opens a list")} — title: "[Draft] My Code"`],
    ["in a remark on the code", "id: x\neditorial:\n  signature: * as printed\n", `3:14: ${said("*", "reads as an alias")} — signature: "* as printed"`],
    ["with quotes in it, escaped in the fix", withLines('text: - He said "no".'), `12:15: ${said("- ", "starts a list item")} — text: "- He said \\"no\\"."`],
    ["going on over lines: no fix on one line", withLines("text: - Peer staff will", "  not lend money."), `12:15: ${said("- ", "starts a list item")}`],
    ["a bracket left open over lines", withLines("text: [Agency staff will not", "  lend money.", "notes:", "  - x"), `12:15: ${said("[", "opens a list")}`],
  ])("%s", (_name, text, problem) => {
    expect(problemsOf(text)).toEqual([problem]);
  });

  it("a ' #' that cut a text going on below: said at the '#', not as an indentation slip", () => {
    expect(problemsOf(withLines("text: Follow agency policy #4 on gifts", "  from the people you support."))).toEqual([`12:36: ${CUT}`]);
  });

  it.each([
    ["a field indented one space more", withLines("text: Will.", " notes: [a]"), "13:15"],
    ["a list where a name goes", "id: x\naliases: [a, b\n", "3:1"],
    ["a comment, then a field out of line", `${withLines("text: Will # p3")}       notes: [a]\n`, "13:8"],
  ])("%s: still told as it was", (_name, text, at) => {
    const [problem] = problemsOf(text);
    expect(problem!.startsWith(`${at}: `)).toBe(true);
    expect(problem).not.toMatch(/unquoted text/);
  });
});
