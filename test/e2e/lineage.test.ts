// A code's lineage (source.derivedFrom): `show` names the code it was adapted from in the
// header; an id that names no code is a warning when the folder loads, and the code still loads.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, unwrapped } from "./run.js";

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

function folderDerivedFrom(parent: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-lineage-"));
  writeFileSync(join(dir, "riverside.yaml"), riverside.replace("source:\n", `source:\n  derivedFrom: ${parent}\n`));
  return dir;
}

describe("derivedFrom", () => {
  it("show: a code's header says what it was adapted from, by title, with the editor's note on it", () => {
    const shown = ethics(["show", "medi-cal;", "alaska"], { env: { COLUMNS: "80" } });
    expect(shown.stderr).toBe("");
    expect(shown.stdout).toContain(
      [
        "  Adapted from: Working Well Together Code of Ethics for Peer Providers in",
        "                California",
        "  Editor's note: The project's reading of the texts; neither names the other.",
        "  Scope:",
      ].join("\n"),
    );
    // Alaska's says none.
    expect(shown.stdout.match(/Adapted from:/g)).toHaveLength(1);
  });

  it("a user's code adapted from a built-in one: named in its header, no warning", () => {
    const shown = ethics(["--data", folderDerivedFrom("alaska"), "show", "riverside"], { env: { COLUMNS: "100", ETHICS_NO_CACHE: "1" } });
    expect(shown.stderr).toBe("");
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("\n  Adapted from: Code of Ethics for Alaska Peer Support Professionals\n  Scope:");
  });

  it("the Markdown export names it too, exported alone or with the library, on one thread or several", () => {
    const dir = folderDerivedFrom("alaska");
    const line = "\n\n**Adapted from:** Code of Ethics for Alaska Peer Support Professionals\n\n**Scope:**";
    for (const args of [["--code", "riverside"], []]) {
      for (const env of [{ ETHICS_NO_CACHE: "1" }, { ETHICS_THREADS: "2" }]) {
        const exported = ethics(["--data", dir, "export", "--format", "md", ...args], { env });
        expect(exported.code, args.join(" ")).toBe(0);
        expect(exported.stdout.split(line), `${args.join(" ")} ${JSON.stringify(env)}`).toHaveLength(2);
      }
    }
  });

  it("an unknown derivedFrom: a warning with a suggestion on load, cached or not; the code loads and says so", () => {
    const dir = folderDerivedFrom("alaskaa");
    const cacheDir = mkdtempSync(join(tmpdir(), "ethics-lineage-cache-"));
    for (const env of [{ ETHICS_NO_CACHE: "1" }, { ETHICS_CACHE_DIR: cacheDir }, { ETHICS_CACHE_DIR: cacheDir }]) {
      const shown = ethics(["--data", dir, "show", "riverside", "boundaries", "1"], { env });
      expect(shown.code).toBe(0);
      expect(shown.stdout).toContain("Riverside · Boundaries 1");
      expect(shown.stderr).toMatch(/^ethics: warning: \S*riverside\.yaml/);
      expect(unwrapped(shown.stderr)).toContain("no code 'alaskaa': expected the id of a loaded code — did you mean alaska? (the code loads; its lineage is ignored)");
      expect(shown.stderr.split("\n").every((line) => [...line].length <= 80)).toBe(true);
    }
    const header = ethics(["--data", dir, "show", "riverside", "--json"], { env: { ETHICS_NO_CACHE: "1" } });
    expect(JSON.parse(header.stdout).source.derivedFrom).toBe("alaskaa");
    const whole = ethics(["--data", dir, "show", "riverside"], { env: { ETHICS_NO_CACHE: "1", COLUMNS: "100" } });
    expect(whole.stdout).toContain("  Adapted from: alaskaa (no code of that id is loaded)\n");
  });

  it("a derivedFrom near the code's own id suggests no code: its own id is the one it cannot take", () => {
    const shown = ethics(["--data", folderDerivedFrom("riverside-agencyy"), "show", "riverside", "boundaries", "1"], { env: { ETHICS_NO_CACHE: "1" } });
    expect(shown.code).toBe(0);
    expect(unwrapped(shown.stderr)).toContain("no code 'riverside-agencyy': expected the id of a loaded code (the code loads; its lineage is ignored)");
    expect(shown.stderr).not.toContain("did you mean");
  });

  it("a code derived from itself: a warning, and a header that does not call it adapted from itself", () => {
    const shown = ethics(["--data", folderDerivedFrom("riverside-agency"), "show", "riverside"], { env: { ETHICS_NO_CACHE: "1", COLUMNS: "100" } });
    expect(shown.code).toBe(0);
    expect(unwrapped(shown.stderr)).toContain("a code cannot derive from itself");
    expect(shown.stdout).toContain("\n  Adapted from: riverside-agency (this code's own id: ignored)\n");
    expect(shown.stdout).not.toContain("Adapted from: Riverside Peer Services Code of Conduct");
  });
});

// Two codes that each say they derive from the other: `validate` called both valid, and diff
// called one a revision of the other, whichever it followed first. A lineage that leads back to
// its code is as impossible as one naming the code itself.
describe("a lineage that loops", () => {
  function loopFolder(): string {
    const dir = mkdtempSync(join(tmpdir(), "ethics-lineage-loop-"));
    const named = (id: string, parent: string) =>
      riverside
        .replace("id: riverside-agency", `id: ${id}`)
        .replace("aliases: [riverside]", "aliases: []")
        .replace("shortName: Riverside", `shortName: ${id.toUpperCase()}`)
        .replace("title: Riverside Peer", `title: ${id.toUpperCase()} Peer`)
        .replace("source:\n", `source:\n  derivedFrom: ${parent}\n`);
    writeFileSync(join(dir, "aa.yaml"), named("aa", "bb"));
    writeFileSync(join(dir, "bb.yaml"), named("bb", "aa"));
    return dir;
  }

  it("validate: a problem of each code in the loop, exit 1", () => {
    const dir = loopFolder();
    const result = ethics(["validate", dir]);
    const said = (id: string, loop: string) =>
      `${join(dir, `${id}.yaml`)}:9:3 source.derivedFrom: the lineage loops (${loop}): a code cannot derive, at any remove, from itself; leave derivedFrom out of the older code\n`;
    expect(result.stdout).toBe(said("aa", "aa → bb → aa") + said("bb", "bb → aa → bb") + "2 problems in both files\n");
    expect(result.stderr).toBe("ethics: 2 problems found\n");
    expect(result.code).toBe(1);
  });

  // A screen reader reads "aa right arrow bb right arrow aa": --plain says the loop in words.
  it("validate --plain and a warning with ETHICS_PLAIN: the loop said in words", () => {
    const dir = loopFolder();
    expect(ethics(["--plain", "validate", dir]).stdout).toContain(" source.derivedFrom: the lineage loops (aa to bb to aa): a code cannot");
    expect(unwrapped(ethics(["--data", dir, "show", "aa", "boundaries", "1"], { env: { ETHICS_PLAIN: "1" } }).stderr)).toContain("the lineage loops (bb to aa to bb)");
  });

  it("--data: a warning for each, and the codes load", () => {
    const dir = loopFolder();
    const result = ethics(["--data", dir, "show", "aa", "boundaries", "1"]);
    expect(result.stdout).toBe("AA · Boundaries 1\n  Will not accept gifts of more than token value from people they support.\n");
    expect(unwrapped(result.stderr)).toBe(
      `ethics: warning: ${join(dir, "aa.yaml")} source.derivedFrom: the lineage loops (aa → bb → aa): a code cannot derive, at any remove, from itself; leave derivedFrom out of the older code (the code loads; diff compares the codes of the loop as written apart)\n` +
        `ethics: warning: ${join(dir, "bb.yaml")} source.derivedFrom: the lineage loops (bb → aa → bb): a code cannot derive, at any remove, from itself; leave derivedFrom out of the older code (the code loads; diff compares the codes of the loop as written apart)\n`,
    );
    expect(result.code).toBe(0);
  });

  // show's header said "Adapted from: BB …" of aa (and "AA …" of bb): each adapted from the
  // other, which diff refuses to say. A code adapted from one on a loop, not on it, still says so.
  it("show: a code on the loop names no code it was adapted from; one derived from the loop does; --json keeps the field", () => {
    const dir = loopFolder();
    writeFileSync(
      join(dir, "cc.yaml"),
      riverside
        .replace("id: riverside-agency", "id: cc")
        .replace("aliases: [riverside]", "aliases: []")
        .replace("shortName: Riverside", "shortName: CC")
        .replace("title: Riverside Peer", "title: CC Peer")
        .replace("source:\n", "source:\n  derivedFrom: aa\n"),
    );
    for (const env of [{ ETHICS_NO_CACHE: "1", COLUMNS: "100" }, { COLUMNS: "100" }, { COLUMNS: "100" }]) {
      const shown = ethics(["--data", dir, "show", "aa;", "bb;", "cc"], { env });
      expect(shown.code).toBe(0);
      // Three headers: only cc's names what it was adapted from.
      expect(shown.stdout.match(/^(AA|BB|CC)(?= Peer Services Code of Conduct \(user code)/gm)).toEqual(["AA", "BB", "CC"]);
      expect(shown.stdout.match(/Adapted from:.*/g)).toEqual(["Adapted from: AA Peer Services Code of Conduct"]);
      expect(unwrapped(shown.stderr).match(/the lineage loops/g)).toHaveLength(2);
    }
    const json = ethics(["--data", dir, "show", "aa", "--json"], { env: { ETHICS_NO_CACHE: "1" } });
    expect(JSON.parse(json.stdout).source.derivedFrom).toBe("bb");
    // The Markdown and HTML exports' headers say it as show's does; the code files keep the field.
    const markdown = ethics(["--data", dir, "export", "--format", "md", "--code", "aa,bb,cc"], { env: { ETHICS_NO_CACHE: "1" } });
    expect(markdown.code).toBe(0);
    expect(markdown.stdout.match(/\*\*Adapted from:\*\* .*/g)).toEqual(["**Adapted from:** AA Peer Services Code of Conduct"]);
    const html = ethics(["--data", dir, "export", "--format", "html", "--code", "aa,bb,cc"], { env: { ETHICS_NO_CACHE: "1" } });
    expect(html.code).toBe(0);
    expect(html.stdout.match(/<dt>Adapted from<\/dt><dd>[^<]*/g)).toEqual(["<dt>Adapted from</dt><dd>AA Peer Services Code of Conduct"]);
    const yaml = ethics(["--data", dir, "export", "--format", "yaml", "--code", "aa"], { env: { ETHICS_NO_CACHE: "1" } });
    expect(yaml.stdout).toContain("derivedFrom: bb");
  });

  it("diff: neither is called a revision of the other; compared as written apart, the warnings say why", () => {
    const dir = loopFolder();
    for (const [a, b] of [["aa", "bb"], ["bb", "aa"]]) {
      const result = ethics(["--data", dir, "diff", a!, b!], { env: { COLUMNS: "80" } });
      expect(result.stdout).toMatch(new RegExp(`^${a!.toUpperCase()} → ${b!.toUpperCase()}\n  Written apart: compared by what their rules are about\.\n`));
      expect(result.stdout).not.toContain("revision");
      expect(result.stdout).not.toContain("derives from");
      expect(unwrapped(result.stderr).match(/the lineage loops \((aa → bb → aa|bb → aa → bb)\).*\(the code loads; diff compares the codes of the loop as written apart\)\n/g)).toHaveLength(2);
      expect(result.code).toBe(0);
    }
  });
});
