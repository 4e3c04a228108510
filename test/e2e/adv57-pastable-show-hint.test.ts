// A citation searched for ("Working Well Together · Safety & Protection 7", pasted from the
// tool's own output) got the hint `ethics show Working Well Together · Safety & Protection 7`,
// which a shell runs as two commands at "&". Words the shell reads otherwise are given back as
// the ids of what they show; words it reads as typed stay as typed.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

describe("search's hint to show a standard is a command a shell runs", () => {
  it.each([
    ["Working Well Together · Safety & Protection 7", "ethics show california safety-and-protection 7"],
    ["Medi-Cal · Cultural Responsiveness & Humility 3", "ethics show medi-cal cultural-responsiveness-and-humility 3"],
    ["california integrity 3 & 4", "ethics show california integrity 3,4"],
    ["Alaska · Conduct 3", "ethics show alaska conduct 3"],
    ["alaska conduct 3", "ethics show alaska conduct 3"],
  ])("%j: `%s`", (query, command) => {
    const run = ethics(["search", query]);
    expect(unwrapped(run.stderr)).toContain(`hint: to show a standard by its number: \`${command}\`\n`);
    // Through a shell, as pasted: one command, which shows the standard.
    const shown = execFileSync("bash", ["-c", command.replace(/^ethics/, `"${process.execPath}" bin/ethics.cjs`)], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(shown).toBe(ethics(command.split(" ").slice(1)).stdout);
  });
});

describe("a line topic prints, pasted into show", () => {
  it.each([
    ["Alaska · Conflicts of Interest 3 · prohibits (substantial gifts or loans; note: as deemed inappropriate or unacceptable by the agency)", ["alaska", "conflicts-of-interest", "3"]],
    ["North Carolina 15 · defers (if allowed by the agency)", ["north-carolina", "15"]],
  ])("%j shows the standard", (line, reference) => {
    const printed = ethics(["topic", "gifts"]).stdout;
    expect(printed).toContain(line);
    const run = ethics(["show", line]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(ethics(["show", ...reference]).stdout);
  });
});
