// A user's code whose id is a built-in alias and digits (`nc2`, beside North Carolina's `nc`)
// printed North Carolina's standards for one it lacks (`show nc2 5`: North Carolina 2 and 5),
// exit 0; a section `rules-2` beside `rules` the other section's. The name as typed is the
// name; what it lacks is said.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { userCodeText } from "../core/codes/user-code-text.js";
import { ethics, expectShortFailure, unwrapped } from "./run.js";

const data = mkdtempSync(join(tmpdir(), "ethics-name-ending-in-digits-"));
writeFileSync(join(data, "nc2.yaml"), userCodeText("nc2", "Carolina Two", [{ id: "conduct", title: "Conduct", numbers: [1, 2] }]));
writeFileSync(
  join(data, "parts.yaml"),
  userCodeText("parts", "Parts", [
    { id: "rules", title: "Rules", numbers: [1, 2, 3] },
    { id: "rules-2", title: "Rules Two", numbers: [1] },
  ]),
);
writeFileSync(join(data, "agency.yaml"), userCodeText("agency-2024", "Agency 2024", [{ id: "conduct", title: "Conduct", numbers: [1, 2] }]));

describe("a name ending in digits is the name typed", () => {
  it.each([
    [["show", "nc2", "5"], "ethics: Carolina Two has no 5\nhint: Carolina Two has 1–2\n"],
    [["show", "nc2", "conduct", "7"], "ethics: Carolina Two has no 7\nhint: Carolina Two has 1–2\n"],
    [["show", "parts", "rules-2", "2"], "ethics: Parts Rules Two has no 2\nhint: Parts Rules Two has 1\n"],
    [["show", "parts", "rules-2", "5"], "ethics: Parts Rules Two has no 5\nhint: Parts Rules Two has 1\n"],
    [["show", "agency-2024", "conduct", "3"], "ethics: Agency 2024 has no 3\nhint: Agency 2024 has 1–2\n"],
  ])("%j", (args, stderr) => {
    const run = ethics(["--data", data, ...args]);
    expectShortFailure(run, 1, stderr);
    expect(run.stderr).toBe(stderr);
  });

  it("as ETHICS_CODE, is the code a number alone is read in", () => {
    const run = ethics(["--data", data, "show", "5"], { env: { ETHICS_CODE: "nc2" } });
    expectShortFailure(run, 1, "ethics: Carolina Two has no 5\nhint: Carolina Two has 1–2\n");
    expect(ethics(["--data", data, "show", "2"], { env: { ETHICS_CODE: "nc2" } }).stdout).toMatch(/^Carolina Two 2\n/);
  });

  it("shows what it has, and a number written onto a name that names nothing as typed still reads", () => {
    expect(ethics(["--data", data, "show", "nc2", "2"]).stdout).toMatch(/^Carolina Two 2\n/);
    expect(ethics(["--data", data, "show", "parts", "rules-2", "1"]).stdout).toMatch(/^Parts · Rules Two 1\n/);
    expect(ethics(["--data", data, "show", "wi4"]).stdout).toMatch(/^Wisconsin 4\n/);
  });
});

describe("search's hint to show a number, after such a name", () => {
  // It was `ethics show nc2 5`, without the --data that loads nc2 (pasted: North Carolina 2
  // and 5); then, read right, `… show nc2 2`, the 2 of the name taken for the number asked.
  // nc2 has no 5, which is said, with the command that prints what it has.
  it("is the name and the number asked, with the run's --data", () => {
    const run = ethics(["--data", data, "search", "nc2", "5"]);
    expect(run.code).toBe(1);
    expect(unwrapped(run.stderr)).toContain(`hint: Carolina Two has no 5: \`ethics --data ${data} show nc2\` prints them all\n`);
    const held = ethics(["--data", data, "search", "nc2", "2"]);
    expect(unwrapped(held.stderr)).toContain(`hint: to show a standard by its number: \`ethics --data ${data} show nc2 2\`\n`);
  });
});
