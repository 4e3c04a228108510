import { describe, expect, it } from "vitest";
import { ethicsForLibrary, ethicsWordsFor, markDataFolder, recordRunDataFolders } from "../../src/core/command-start.js";
import { dataFoldersTyped } from "../../src/cli/command-name.js";
import { commandLines, shellWordsOf } from "../../src/render/command-line.js";
import type { Code } from "../../src/model.js";

const WORDS = ["ethics", "--data", "'/home/someone/peer support codes'", "show", "riverside-agency", "boundaries", "12"];

describe("commandLines", () => {
  it.each([
    ["fits: one line", 200, ["  ethics --data '/home/someone/peer support codes' show riverside-agency boundaries 12"]],
    ["no width (piped): one line", Infinity, ["  ethics --data '/home/someone/peer support codes' show riverside-agency boundaries 12"]],
    ["too long: broken between words, a backslash ending each line it goes on from", 60, ["  ethics --data '/home/someone/peer support codes' show \\", "    riverside-agency boundaries 12"]],
    ["narrower: the quoted folder whole", 40, ["  ethics --data \\", "    '/home/someone/peer support codes' \\", "    show riverside-agency boundaries 12"]],
  ])("%s", (_what, width, lines) => {
    const made = commandLines(WORDS, width, "    ", "  ");
    expect(made).toEqual(lines);
    if (Number.isFinite(width)) for (const line of made) expect(line.length).toBeLessThanOrEqual(width);
  });

  it.each([
    ["a word a whole line after the indent cannot hold: less of the indent", ["ethics", "completion", "fish", ">", "~/.config/fish/completions/ethics.fish"], 40, ["  ethics completion fish > \\", "  ~/.config/fish/completions/ethics.fish"]],
    ["a double-quoted word no line holds: broken at a space in it, at the margin after", ["ethics", "search", '"can I accept a gift from someone I support?"'], 40, ['  ethics search "can I accept a gift \\', 'from someone I support?"']],
    ["a bare word no line holds: broken after a / in it", ["ethics", "validate", "/home/someone/peer-support/agency-codes/riverside.yaml"], 40, ["  ethics validate /home/someone/peer-\\", "support/agency-codes/riverside.yaml"]],
    ["a single-quoted word no line holds: its quote closed, gone on, and opened again, after a space in it", ["ethics", "--data", "'/home/someone/peer support codes of ethics'"], 40, ["  ethics --data '/home/someone/peer '\\", "'support codes of ethics'"]],
    // An apostrophe is written escaped between quoted pieces: the word read as it says, its pieces quoted again.
    ["a single-quoted word with an apostrophe no line holds: broken as one without", ["ethics", "--data", "'/home/someone/peer support'\\''s codes of ethics'"], 40, ["  ethics --data '/home/someone/peer '\\", "'support'\\''s codes of ethics'"]],
  ])("%s (breaking inside)", (_what, words, width, lines) => {
    expect(commandLines(words, width, "      ", "  ")).toEqual(lines);
  });

  // Random's and the quiz's commands left every such word whole; now only one it cannot break.
  it("a word no line holds that the shell would not read as written broken is left whole, for the terminal to fold", () => {
    const word = "$'/home/someone/peer support\\ncodes of ethics for our agency'";
    expect(commandLines(["ethics", "--data", word, "list"], 40, "    ", "")).toEqual(["ethics --data \\", `${word} \\`, "    list"]);
  });

  it("a control character in a word is shown, not sent to the terminal", () => {
    expect(commandLines(["ethics", "--data", "'/tmp/a\x1bb'"], 80, "")).toEqual(["ethics --data '/tmp/a␛b'"]);
  });
});

describe("ethicsWordsFor", () => {
  const code = (id: string, folder?: string): Code => {
    const made = { id } as Code;
    if (folder !== undefined) markDataFolder(made, folder);
    return made;
  };
  it.each([
    ["a built-in code, or one from ETHICS_DATA", [code("alaska")], ["ethics"]],
    ["a code of a --data folder", [code("odd", "/tmp/r1")], ["ethics", "--data", "/tmp/r1"]],
    ["a folder the shell would misread, quoted", [code("odd", "/tmp/my codes")], ["ethics", "--data", "'/tmp/my codes'"]],
    ["two codes of one folder: it once", [code("a", "/tmp/r1"), code("alaska"), code("b", "/tmp/r1")], ["ethics", "--data", "/tmp/r1"]],
    ["codes of two folders: both, in order", [code("a", "/tmp/r2"), code("b", "/tmp/r1")], ["ethics", "--data", "/tmp/r2", "--data", "/tmp/r1"]],
  ])("%s", (_what, codes, words) => {
    expect(ethicsWordsFor(codes)).toEqual(words);
  });

  it("the mark is no field of the code: its JSON and copies leave it out", () => {
    const marked = code("odd", "/tmp/r1");
    expect(JSON.stringify(marked)).toBe('{"id":"odd"}');
    expect(ethicsWordsFor([{ ...marked }])).toEqual(["ethics"]);
  });
});

describe("ethicsForLibrary: a command naming no code carries every --data of the run", () => {
  it.each([
    ["no --data", [], "ethics"],
    ["one folder", ["/tmp/r1"], "ethics --data /tmp/r1"],
    ["a folder the shell would misread, quoted", ["/tmp/peer's codes"], "ethics --data '/tmp/peer'\\''s codes'"],
    ["a folder typed twice: once", ["/tmp/r2", "/tmp/r1", "/tmp/r2"], "ethics --data /tmp/r2 --data /tmp/r1"],
  ])("%s", (_what, folders, start) => {
    recordRunDataFolders(folders);
    try {
      expect(ethicsForLibrary()).toBe(start);
    } finally {
      recordRunDataFolders([]);
    }
  });
});

describe("dataFoldersTyped", () => {
  it.each([
    [["list"], []],
    [["--data", "my codes", "list"], ["my codes"]],
    [["--data=/tmp/r1", "search", "gifts", "--data", "/tmp/r2"], ["/tmp/r1", "/tmp/r2"]],
    // Past `--` every word is the query's.
    [["search", "--", "--data", "/tmp/r1"], []],
    // --data with nothing after it (commander's error to give) or empty names no folder.
    [["list", "--data"], []],
    [["--data=", "list"], []],
  ])("%j → %j", (args, folders) => {
    expect(dataFoldersTyped(args)).toEqual(folders);
  });
});

describe("shellWordsOf", () => {
  // A hint's command is broken between the words the shell reads apart, never inside quotes.
  it.each([
    [WORDS.join(" "), WORDS],
    ["ethics --data \"/a b/c\" list", ["ethics", "--data", "\"/a b/c\"", "list"]],
    ["ethics --data $'/a\\'b c' list", ["ethics", "--data", "$'/a\\'b c'", "list"]],
    ["ethics --data '/it'\\''s here' list", ["ethics", "--data", "'/it'\\''s here'", "list"]],
    ["ethics --data /a\\ b list", ["ethics", "--data", "/a\\ b", "list"]],
  ])("%s", (command, words) => {
    expect(shellWordsOf(command)).toEqual(words);
  });
});
