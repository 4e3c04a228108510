// A section titled "Part 2" beside "Part 1": `show sect "Part 2"` and `show sect part 2 1` were
// "'Part' is ambiguous in sect: it could be part-1, part-2 / hint: type more of the name" to
// someone who had typed the whole title. They show the section, and its standard.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { userCodeText } from "../core/codes/user-code-text.js";
import { ethics, expectShortFailure } from "./run.js";

const data = mkdtempSync(join(tmpdir(), "ethics-section-titled-with-number-"));
writeFileSync(
  join(data, "sect.yaml"),
  userCodeText("sect", "Sect", [
    { id: "part-1", title: "Part 1", numbers: [1, 2] },
    { id: "part-2", title: "Part 2", numbers: [1] },
  ]),
);
const show = (...words: string[]) => ethics(["--data", data, "show", ...words]);

describe("a section whose title ends in a number", () => {
  it("is named by its title typed whole, and its standards after it", () => {
    const section = show("sect", "Part 2");
    expect([section.code, section.stderr]).toEqual([0, ""]);
    expect(section.stdout).toMatch(/^Sect · Part 2 \(user code: .*\)\n/);
    expect(show("sect", "part", "2", "1").stdout).toBe(show("sect:Part 2:1").stdout);
    expect(show("sect", "part", "2", "1").stdout).toMatch(/^Sect · Part 2 1\n/);
    expect(show("sect", "part", "1", "2").stdout).toMatch(/^Sect · Part 1 2\n/);
  });

  it("says what it lacks", () => {
    expectShortFailure(show("sect", "part", "2", "5"), 1, "ethics: Sect Part 2 has no 5\nhint: Sect Part 2 has 1\n");
  });
});
