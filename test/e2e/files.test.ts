// Reading users' files: only regular files, text that is UTF-8 (or named), plain YAML; folders
// named twice are one; ETHICS_DATA problems are warnings while --data problems are errors.
import { execFileSync } from "node:child_process";
import { closeSync, constants, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, STACK_TRACE, unwrapped } from "./run.js";

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-files-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Whether this process may open `path` to read (without reading it: /proc/kmsg gives each message once). */
function mayOpen(path: string): boolean {
  try {
    closeSync(openSync(path, constants.O_RDONLY | constants.O_NONBLOCK));
    return true;
  } catch {
    return false;
  }
}

/** A code file of the riverside example under another id. */
// A copy under another id needs names of its own too: two codes may not answer to one name.
const codeWithId = (id: string) =>
  riverside.replace("id: riverside-agency", `id: ${id}`).replace(/^aliases:.*$/m, "aliases: []").replace(/^title: .*$/m, `title: The ${id} code`).replace(/^shortName: .*$/m, `shortName: ${id}`);

describe("only regular files are read", () => {
  it("FIFOs, devices, dangling and looping links are a problem each; nothing hangs or grows", () => {
    const dir = folder({ "riverside-agency.yaml": riverside });
    execFileSync("mkfifo", [join(dir, "pipe.yaml")]);
    symlinkSync("/dev/zero", join(dir, "zero.yaml"));
    symlinkSync(join(dir, "missing.yaml"), join(dir, "dangling.yaml"));
    symlinkSync(join(dir, "loop-b.yaml"), join(dir, "loop-a.yaml"));
    symlinkSync(join(dir, "loop-a.yaml"), join(dir, "loop-b.yaml"));
    const validated = ethics(["validate", dir]);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toContain(`${dir}/pipe.yaml: is a named pipe (FIFO); only regular files are read`);
    expect(validated.stdout).toContain(`${dir}/zero.yaml: is a device; only regular files are read`);
    expect(validated.stdout).toContain(`${dir}/dangling.yaml: is a symbolic link to a missing file (${dir}/missing.yaml)`);
    expect(validated.stdout).toContain(`${dir}/loop-a.yaml: is a symbolic link that loops`);
    expect(validated.stdout).toContain(`${dir}/loop-b.yaml: is a symbolic link that loops`);
    expect(validated.stdout).toMatch(/\n5 problems in 5 of 6 files\n$/);
    const listed = ethics(["--data", dir, "list"]);
    expect(listed.code).toBe(1);
    expect(listed.stderr).toContain("pipe.yaml: is a named pipe (FIFO)");
    expect(listed.stderr).not.toMatch(STACK_TRACE);
  });

  // /proc/kmsg stats as a regular file and, opened not to block, gives EAGAIN until the kernel
  // logs something. Only where this user may open it (root, mostly).
  it.skipIf(!mayOpen("/proc/kmsg"))("a link to a file of the kernel that gives nothing without waiting is a problem of its own, in words", () => {
    const dir = folder({ "riverside-agency.yaml": riverside });
    symlinkSync("/proc/kmsg", join(dir, "kernel.yaml"));
    const said = `${dir}/kernel.yaml: cannot be read: it gives no bytes without waiting (a link to /proc/kmsg); only regular files of text are read`;
    const validated = ethics(["validate", dir]);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toContain(said);
    expect(validated.stdout).not.toContain("EAGAIN");
    const listed = ethics(["--data", dir, "list"]);
    expect(listed.code).toBe(1);
    expect(unwrapped(listed.stderr)).toContain(said);
    expect(listed.stderr).not.toMatch(STACK_TRACE);
  });

  it("editor lock, swap and backup files beside a code are not read", () => {
    const dir = folder({ "riverside-agency.yaml": riverside, "riverside-agency.yaml~": "junk: [", ".riverside-agency.yaml.swp": "\0\0binary", "#riverside-agency.yaml#": "junk" });
    symlinkSync("user@host.1234:1700000000", join(dir, ".#riverside-agency.yaml"));
    const shown = ethics(["--data", dir, "show", "riverside", "boundaries", "1"]);
    expect(shown).toMatchObject({ code: 0, stderr: "" });
    expect(shown.stdout).toContain("Will not accept gifts of more than token value");
    expect(ethics(["validate", dir]).stdout).toBe("1 file valid\n");
  });
});

describe("text encodings and YAML tags", () => {
  it("bytes that are not UTF-8 are a problem at file:line:col", () => {
    const latin1 = Buffer.from(riverside.replace("title: Riverside Peer Services Code of Conduct", "title: Riverside Caf\u00e9 Code of Conduct"), "latin1");
    const dir = folder({ "latin.yaml": latin1 });
    const { stdout, code } = ethics(["validate", dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`${dir}/latin\\.yaml:4:21: a byte that is not UTF-8 \\(0xE9\\); save the file as UTF-8`));
  });

  it("a UTF-8 byte-order mark and UTF-16 (with or without one) read as the same code; UTF-32 is named", () => {
    const utf16le = Buffer.from(riverside, "utf16le");
    const utf16be = Buffer.from(utf16le).swap16();
    const variants = {
      bom: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(riverside)]),
      "utf16le-bom": Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]),
      "utf16be-bom": Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
      "utf16le-no-bom": utf16le,
    };
    const plain = ethics(["--data", folder({ "riverside-agency.yaml": riverside }), "show", "riverside", "--json"]);
    expect(plain.code).toBe(0);
    for (const [name, bytes] of Object.entries(variants)) {
      const dir = folder({ "riverside-agency.yaml": bytes });
      const shown = ethics(["--data", dir, "show", "riverside", "--json"]);
      expect(shown.code, name).toBe(0);
      expect(JSON.parse(shown.stdout), name).toEqual({ ...JSON.parse(plain.stdout), file: `${dir}/riverside-agency.yaml` });
    }
    const utf32 = Buffer.alloc(riverside.length * 4);
    [...riverside].forEach((char, at) => utf32.writeUInt32LE(char.codePointAt(0)!, at * 4));
    const dir = folder({ "wide.yaml": Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32]) });
    expect(ethics(["validate", dir]).stdout).toContain(`${dir}/wide.yaml:1:1: is UTF-32 text; save the file as UTF-8`);
  });

  it.each([
    ["!foo", "unknown tag !foo"],
    ["!!python/object:os.system", "unknown tag !!python/object:os.system"],
    ["!<tag:example.com,2000:app/thing>", "unknown tag !<tag:example.com,2000:app/thing>"],
  ])("an unknown tag (%s) is a problem, not ignored", (tag, message) => {
    const dir = folder({ "tagged.yaml": riverside.replace("numbering: source", `numbering: ${tag} source`) });
    const { stdout, code } = ethics(["validate", dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`tagged\\.yaml:7:12: ${message.replace(/[!.:/<>]/g, "\\$&")}: code files are plain YAML, with no tags`));
    // Before words, a tag is most likely a "!" pasted with them: said so, with the line quoted whole.
    const words = folder({ "tagged.yaml": riverside.replace("jurisdiction: Riverside County agency policy", `jurisdiction: ${tag} Riverside`) });
    const quoted = JSON.stringify(`${tag} Riverside`);
    expect(ethics(["validate", words]).stdout).toContain(`tagged.yaml:6:15: "!" at the start of unquoted text reads as a tag: double-quote the whole text — jurisdiction: ${quoted}\n`);
  });
});

describe("folders named with ETHICS_DATA and --data", () => {
  it("one folder named twice (ETHICS_DATA, --data, a symlink) is one folder", () => {
    const dir = folder({ "riverside-agency.yaml": riverside });
    const link = join(mkdtempSync(join(tmpdir(), "ethics-link-")), "codes");
    symlinkSync(dir, link);
    const twice = ethics(["--data", dir, "--data", link, "list", "--json"], { env: { ETHICS_DATA: `${link}:${dir}/` } });
    expect(twice).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(twice.stdout).codes.filter((code: { id: string }) => code.id === "riverside-agency")).toHaveLength(1);
    // A file linked into a second folder is that file once, too.
    const second = folder();
    symlinkSync(join(dir, "riverside-agency.yaml"), join(second, "riverside-agency.yaml"));
    expect(ethics(["--data", dir, "--data", second, "list"]).code).toBe(0);
  });

  it("a missing or broken ETHICS_DATA entry is a warning and skipped; everything else answers", () => {
    const good = folder({ "riverside-agency.yaml": riverside });
    const broken = folder({ "other.yaml": codeWithId("other-agency"), "bad.yaml": "id: bad\ntitle: [" });
    const env = { ETHICS_DATA: ["/no/such/dir", broken, good].join(":") };
    const shown = ethics(["show", "nc", "15"], { env });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("North Carolina 15");
    expect(unwrapped(shown.stderr)).toContain("ethics: warning: ETHICS_DATA: no folder '/no/such/dir'; skipped");
    expect(unwrapped(shown.stderr)).toMatch(new RegExp(`ethics: warning: skipped ${broken}/bad\\.yaml:2:\\d+: `));
    expect(unwrapped(shown.stderr)).toContain(`ethics: warning: 1 file in ETHICS_DATA skipped; \`ethics validate ${broken}\` checks it\n`);
    // The command it names checks that file, and it alone.
    const validated = ethics(["validate", broken]);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toContain(`${broken}/bad.yaml`);
    const listed = JSON.parse(ethics(["list", "--json"], { env }).stdout);
    expect(listed.codes.map((code: { id: string }) => code.id)).toEqual(expect.arrayContaining(["other-agency", "riverside-agency"]));
    // An ETHICS_DATA code whose id another code has is skipped with a warning.
    const clash = folder({ "alaska.yaml": codeWithId("alaska") });
    const clashing = ethics(["show", "alaska", "values", "1"], { env: { ETHICS_DATA: `${clash}:${good}` } });
    expect(clashing.code).toBe(0);
    expect(unwrapped(clashing.stderr)).toMatch(/warning: skipped .*alaska\.yaml: 'alaska' clashes with the built-in code 'alaska'; rename it, e\.g\. 'alaska-local'/);
  });

  it("an explicit --data that fails stays an error", () => {
    const broken = folder({ "bad.yaml": "id: bad\ntitle: [" });
    const missing = ethics(["--data", "/no/such/dir", "show", "nc", "15"]);
    expect(missing.code).toBe(1);
    expect(unwrapped(missing.stderr)).toContain("data directory '/no/such/dir' does not exist");
    const bad = ethics(["--data", broken, "show", "nc", "15"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(unwrapped(bad.stderr)).toMatch(/a problem in code files:\n.*bad\.yaml:2:\d+: /);
  });

  it("a topics.yaml in a user's folder is refused with a warning, and the command goes on", () => {
    const dir = folder({ "riverside-agency.yaml": riverside, "topics.yaml": "topics:\n  - id: gifts\n    name: Gifts\n" });
    for (const env of [{}, { ETHICS_DATA: dir }]) {
      const args = "ETHICS_DATA" in env ? ["show", "riverside", "boundaries", "1"] : ["--data", dir, "show", "riverside", "boundaries", "1"];
      const shown = ethics(args, { env });
      expect(shown.code).toBe(0);
      expect(shown.stdout).toContain("Riverside · Boundaries 1");
      expect(unwrapped(shown.stderr)).toBe(`ethics: warning: ${dir}/topics.yaml is not read: users' folders hold codes, not topics; tag standards with concept ids instead\n`);
    }
  });

  it("a user's folder copied from data/: its concepts/ and questions/ are named as not read, not skipped in silence", () => {
    const dir = folder({ "riverside-agency.yaml": riverside });
    mkdirSync(join(dir, "concepts"));
    writeFileSync(join(dir, "concepts", "boundaries.yaml"), "topic: boundaries\n");
    mkdirSync(join(dir, "questions"));
    writeFileSync(join(dir, "questions", "riverside-agency.yaml"), "boundaries 1: [Can I hug a client?]\n");
    mkdirSync(join(dir, "archive")); // a folder of the user's own: not data/'s layout, no word
    const warnings =
      `ethics: warning: ${dir}/concepts is not read: users' folders hold codes, not concepts; tag standards with concept ids instead\n` +
      `ethics: warning: ${dir}/questions is not read: users' folders hold codes, not lists of questions; search reads a user's code by its own words and its concepts\n`;
    const shown = ethics(["--data", dir, "show", "riverside", "boundaries", "1"]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("Riverside · Boundaries 1");
    expect(unwrapped(shown.stderr)).toBe(warnings);
    const validated = ethics(["validate", dir]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toBe("1 file valid\n");
    expect(unwrapped(validated.stderr)).toBe(warnings);
  });

  it("validate says so too: it skipped a folder's topics.yaml in silence, and a folder of one had 'no code files'", () => {
    const topics = "topics:\n  - id: gifts\n    name: Gifts\n";
    const warning = (dir: string) => `ethics: warning: ${dir}/topics.yaml is not read: users' folders hold codes, not topics; tag standards with concept ids instead\n`;
    const dir = folder({ "riverside-agency.yaml": riverside, "topics.yaml": topics });
    const validated = ethics(["validate", dir]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toBe("1 file valid\n");
    expect(unwrapped(validated.stderr)).toBe(warning(dir));
    const json = ethics(["validate", dir, "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).problems).toBe(0);
    expect(unwrapped(json.stderr)).toBe(warning(dir));
    const alone = folder({ "topics.yaml": topics });
    const lone = ethics(["validate", alone]);
    expect(lone.code).toBe(1);
    expect(lone.stdout).toBe(`${alone}: no .yaml or .yml code files in this directory\n1 problem in 1 file\n`);
    expect(unwrapped(lone.stderr)).toBe(`${warning(alone)}ethics: 1 problem found\n`);
    const named = ethics(["validate", join(dir, "topics.yaml")]);
    expect(named.code).toBe(1);
    expect(unwrapped(named.stderr).startsWith(warning(dir))).toBe(true);
    // a folder without one gets no warning
    expect(ethics(["validate", folder({ "riverside-agency.yaml": riverside })]).stderr).toBe("");
  });

  it("a code in a subfolder copy keeps working when the folder is copied elsewhere", () => {
    const dir = folder({ "riverside-agency.yaml": riverside });
    const copy = join(mkdtempSync(join(tmpdir(), "ethics-copy-")), "codes");
    mkdirSync(copy);
    cpSync(dir, copy, { recursive: true, preserveTimestamps: true });
    const first = ethics(["--data", dir, "show", "riverside", "--json"]);
    const second = ethics(["--data", copy, "show", "riverside", "--json"]);
    expect(JSON.parse(second.stdout)).toEqual({ ...JSON.parse(first.stdout), file: `${copy}/riverside-agency.yaml` });
  });
});
