// Anki reads "[sound:file]" in a field as media to play (and to look for in its media folder),
// and "[anki:tts …]…[/anki:tts]" as text to speak: a code's own words holding either must reach
// the card as words, not as a sound. Only the Anki export changes them; the rest print them.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const original = "Will not accept gifts of more than token value from people they support.";
const avText = "Play [sound:alarm.mp3] or [SOUND:Alarm.MP3], say [anki:tts lang=en_US]hello[/anki:tts].";

describe("Anki's sound and speech tags in a code's text", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-anki-sound-"));
  writeFileSync(join(dir, "riverside-agency.yaml"), fixture.replace(original, avText));

  it.each(["anki", "anki-cloze"])("--format %s: no tag Anki would play, and the words as written", (format) => {
    const result = ethics(["--data", dir, "export", "--format", format, "--code", "riverside"]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/\[(?:sound|anki):/i);
    const row = result.stdout.split("\n").find((line) => line.includes("alarm"))!;
    // A zero width joiner keeps '[' and the tag apart: what is drawn is the code's text.
    expect(row.replace(/&#8205;/g, "").replace(/\{\{c1::|\}\}/g, "")).toContain(avText);
  });

  it("--format json keeps the text as it is", () => {
    const result = ethics(["--data", dir, "export", "--format", "json", "--code", "riverside"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(JSON.stringify(avText));
  });
});

// The deletion cuts the text in three, each escaped on its own: when the word hidden is the
// tag's own "sound", the "[" ended the slice before it and no joiner followed. The card's back,
// its deletion filled in, read "[sound:soundproofing.mp3]" and played it.
describe("a sound tag cut by the cloze deletion", () => {
  it.each([
    ["the tag's name hidden", "Soundproof [sound:soundproofing.mp3].", "Soundproof [&#8205;{{c1::sound}}:soundproofing.mp3]."],
    ["a word inside it hidden", "Play [sound:alarm.mp3] loudly.", "Play [&#8205;sound:{{c1::alarm}}.mp3] loudly."],
  ])("%s: the joiner still follows its '['", (_, text, cloze) => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-anki-cut-"));
    writeFileSync(join(dir, "riverside-agency.yaml"), fixture.replace(original, text));
    const result = ethics(["--data", dir, "export", "--format", "anki-cloze", "--code", "riverside"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const row = result.stdout.split("\n").find((line) => line.includes("Boundaries 1"))!;
    expect(row).toContain(`<b>Riverside · Boundaries 1</b><br>${cloze}`);
    // Filled in, as the back shows it: no tag Anki would play.
    expect(row.replace(/\{\{c1::([^}]*)\}\}/g, "$1")).not.toMatch(/\[(?:sound|anki):/i);
  });
});
