// An agency's code pasted from Word into a YAML file, its texts unquoted: a " #" in a text
// started a comment and a "!" first was read as a tag, so that `validate` said "1 file valid"
// and `show` printed "Follow agency policy" for "Follow agency policy #4 on gifts from the
// people you support."; a bullet or bracket first was told as an indentation slip on a line
// indented right. Each is now a problem where YAML read the text as syntax, with the line
// quoted whole; a comment after a number, or after a quoted text, is still a comment.
import { describe, expect, it } from "vitest";
import { harborFolder } from "./harbor-code.js";
import { ethics, unwrapped } from "./run.js";

/** Harbor's folder, its one standard's text line written as `line` (line 12 of the file). */
function withText(line: string, numberLine = "      - number: 1"): string {
  return harborFolder(`  - id: conduct
    title: Conduct
    standards:
${numberLine}
        ${line}
`);
}

const CUT = '" #" in unquoted text starts a comment, so YAML cuts the text there: double-quote the whole text (a comment goes on a line of its own)';
const TEXT = "sections[0].standards[0].text";

describe("validate: a text YAML cut or dropped a mark of, silently", () => {
  it.each([
    ["cut at ' #'", "text: Follow agency policy #4 on gifts from the people you support.", `12:36 ${TEXT}: ${CUT} — text: "Follow agency policy #4 on gifts from the people you support."`],
    ["cut at ' # page'", "text: Staff will not lend money (see policy 4.2) # page 3 of 7", `12:58 ${TEXT}: ${CUT} — text: "Staff will not lend money (see policy 4.2) # page 3 of 7"`],
    ["its '!' dropped", "text: ! staff will not lend money.", `12:15 ${TEXT}: "!" at the start of unquoted text reads as a tag, so YAML drops "!": double-quote the whole text — text: "! staff will not lend money."`],
  ])("%s: a problem where YAML read it so, with the line quoted whole", (_name, line, problem) => {
    const dir = withText(line);
    const result = ethics(["validate", dir]);
    expect(result.stdout).toBe(`${dir}/harbor.yaml:${problem}\n1 problem in 1 file\n`);
    expect([result.stderr, result.code]).toEqual(["ethics: 1 problem found\n", 1]);
  });

  it("show refuses the code rather than print the text cut", () => {
    const dir = withText("text: Follow agency policy #4 on gifts from the people you support.");
    const result = ethics(["--data", dir, "show", "harbor", "conduct", "1"]);
    expect(result.stdout).toBe("");
    // The temporary folder's path makes the line wider than 80 columns: wrapped, then joined.
    expect(unwrapped(result.stderr)).toBe(
      [
        "ethics: a problem in code files:",
        `${dir}/harbor.yaml:12:36 ${TEXT}: ${CUT} — text: "Follow agency policy #4 on gifts from the people you support."`,
        `hint: fix the file; \`ethics validate ${dir}\` checks them`,
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(1);
  });

  it.each([
    ["after a number", withText("text: Will not lend money.", "      - number: 4  # fourth")],
    ["after a quoted text", withText('text: "Follow agency policy #4 on gifts." # page 3')],
  ])("a comment %s is a comment", (_name, dir) => {
    const result = ethics(["validate", dir]);
    expect([result.stdout, result.stderr, result.code]).toEqual(["1 file valid\n", "", 0]);
  });

  it("after a quoted text, the text is shown whole", () => {
    const result = ethics(["--data", withText('text: "Follow agency policy #4 on gifts." # page 3'), "show", "harbor", "conduct", "1"]);
    expect([result.stdout, result.stderr, result.code]).toEqual(["Harbor 1\n  Follow agency policy #4 on gifts.\n", "", 0]);
  });
});

describe("validate: a text that begins with a character YAML reads as syntax", () => {
  const said = (syntax: string, readAs: string) => `"${syntax}" at the start of unquoted text ${readAs}: double-quote the whole text`;

  it.each([
    ["a pasted bullet", "- Peer staff will not lend money.", said("- ", "starts a list item")],
    ["a bracket", "[Agency] staff will not lend money.", said("[", "opens a list")],
    ["an @", "@staff will not lend money.", said("@", "is reserved by YAML")],
    ["an asterisk", "* Peer staff will not lend money.", said("*", "reads as an alias")],
    ["a >", "> Peer staff will not lend money.", said(">", "starts a folded block")],
    ["a tag", "!IMPORTANT staff will not lend money.", said("!", "reads as a tag")],
  ])("%s: what it reads as, where, with the line quoted whole", (_name, value, message) => {
    const dir = withText(`text: ${value}`);
    const result = ethics(["validate", dir]);
    expect(result.stdout).toBe(`${dir}/harbor.yaml:12:15: ${message} — text: ${JSON.stringify(value)}\n1 problem in 1 file\n`);
    expect([result.stderr, result.code]).toEqual(["ethics: 1 problem found\n", 1]);
  });
});

describe("validate: a field's words YAML read as a comment whole, silently", () => {
  /** Harbor's folder, its section's lines after its title written as `lines`. */
  const withSection = (...lines: string[]) => harborFolder(["  - id: conduct", "    title: Conduct", ...lines].map((line) => `${line}\n`).join(""));
  const STANDARD = ["    standards:", "      - number: 1", "        text: Will not lend money."];
  const commentLine = 'YAML reads a line begun with "#" as a comment, so the text ends above it; if this line is its words, ';
  /** The standard of the brief: its second line begun with "#", a number sign pasted. */
  const GIFTS = "text: I will not accept gifts of more than token value\n          # of any kind from the people I serve.";

  it.each([
    [
      "an intro, '#1' and words after its key",
      withSection("    intro: #1 rule of our agency", ...STANDARD),
      `10:12 sections[0].intro: YAML reads "#1 rule of our agency" as a comment, so the intro is empty; if it is the intro, double-quote it — intro: "#1 rule of our agency"`,
    ],
    ["a text's next line begun with '#'", withText(GIFTS), `13:11 ${TEXT}: ${commentLine}write the text as a folded block, all its lines under its key — text: >-`],
    [
      "…the whole text short enough for one line",
      withText("text: Will not lend\n          # money to anyone."),
      `13:11 ${TEXT}: ${commentLine}double-quote the whole text, this line too — text: "Will not lend # money to anyone."`,
    ],
  ])("%s: a problem where it is, with the fix, in 80 columns", (_name, dir, problem) => {
    const result = ethics(["validate", dir]);
    expect(result.stdout).toBe(`${dir}/harbor.yaml:${problem}\n1 problem in 1 file\n`);
    expect([result.stderr, result.code]).toEqual(["ethics: 1 problem found\n", 1]);
    const narrow = ethics(["validate", dir], { env: { COLUMNS: "80" } });
    expect(unwrapped(narrow.stdout)).toBe(result.stdout);
    for (const line of narrow.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    expect([narrow.stderr, narrow.code]).toEqual(["ethics: 1 problem found\n", 1]);
  });

  it("show refuses the code rather than print the section without its intro", () => {
    const dir = withSection("    intro: #1 rule of our agency", ...STANDARD);
    const result = ethics(["--data", dir, "show", "harbor", "conduct"]);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toContain(`${dir}/harbor.yaml:10:12 sections[0].intro: YAML reads "#1 rule of our agency" as a comment`);
    expect(result.code).toBe(1);
  });

  it("show refuses the code rather than print the text ended above the '#'", () => {
    const dir = withText(GIFTS);
    const result = ethics(["--data", dir, "show", "harbor", "conduct"]);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toContain(`${dir}/harbor.yaml:13:11 ${TEXT}: ${commentLine}`);
    expect(result.code).toBe(1);
  });

  it("the fix it gives reads the text whole", () => {
    const dir = withText(GIFTS.replace("text: ", "text: >-\n          "));
    const result = ethics(["--data", dir, "show", "harbor", "conduct", "1"]);
    expect([result.stdout, result.stderr, result.code]).toEqual(["Harbor 1\n  I will not accept gifts of more than token value # of any kind from the people I serve.\n", "", 0]);
  });

  it.each([
    ["a note to self after an intro's key", withSection("    intro: # TODO write this", ...STANDARD)],
    ["a comment line between two standards, at the list's indent", withSection(...STANDARD, "      # the next one is new", "      - number: 2", "        text: Will keep confidences.")],
    ["a comment after a quoted text", withText('text: "quoted" # comment')],
  ])("%s: a comment still, the file valid", (_name, dir) => {
    const result = ethics(["validate", dir]);
    expect([result.stdout, result.stderr, result.code]).toEqual(["1 file valid\n", "", 0]);
  });

  it("the texts around a comment line between standards are shown whole", () => {
    const dir = withSection(...STANDARD, "      # the next one is new", "      - number: 2", "        text: Will keep confidences.");
    const result = ethics(["--data", dir, "show", "harbor", "conduct"]);
    expect([result.stdout, result.stderr, result.code]).toEqual([`Harbor · Conduct (user code: ${dir}/harbor.yaml)\n1.  Will not lend money.\n2.  Will keep confidences.\n`, "", 0]);
  });

  it("a placeholder after a key that needs a value: said empty, as before, not as words", () => {
    const dir = withText("text: # to do");
    const result = ethics(["validate", dir]);
    expect(result.stdout).toBe(`${dir}/harbor.yaml:12:9 ${TEXT}: expected text, got an empty value: YAML reads "# to do" as a comment; if it is the text, double-quote it — text: "# to do"\n1 problem in 1 file\n`);
    expect(result.code).toBe(1);
  });
});
