// The topic handout said "Not addressed." of Working Well Together, North Carolina and Wisconsin
// on substance use, though each has a general rule that bears on it (Concept.related), as
// `ethics topic` and --json say: a trainer handing it out would teach that those codes are silent.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a topic handout where a code has only general rules on the topic", () => {
  const html = ethics(["export", "--format", "html", "--topic", "substance-use-and-impairment"]);
  const cells = html.stdout.split("<td>").slice(1).map((cell) => cell.slice(0, cell.indexOf("</td>")));

  it("heads the code's column 'no standard of its own', not 'not addressed'", () => {
    expect(html.code).toBe(0);
    for (const name of ["Working Well Together", "North Carolina", "Wisconsin"]) expect(html.stdout).toContain(`<th>${name}<br><span class="silent">no standard of its own</span></th>`);
    expect(html.stdout).not.toContain("not addressed");
  });

  it.each([
    [1, "Working Well Together · Integrity 9", "Resist influences that interfere with professional performance."],
    [3, "North Carolina 1", "Attention to self-recovery is critical to the performance of duties"],
    [4, "Wisconsin 2", "Peer Specialists will conduct themselves in a manner that fosters their own recovery"],
  ])("column %i shows the general rule whole: %s", (at, citation, text) => {
    expect(cells[at]).toContain('<p class="silent">No standard of its own. A general rule bears on it:</p>');
    expect(cells[at]).toContain(`<span class="citation">${citation}</span>`);
    expect(cells[at]).toContain(text);
    expect(cells[at]).not.toContain("Not addressed.");
  });

  it("still says 'Not addressed.' of a code with neither a standard nor a general rule on the topic", () => {
    const fraud = ethics(["export", "--format", "html", "--topic", "fraud-and-certification"]);
    expect(fraud.stdout).toContain("<p class=\"silent\">Not addressed.</p>");
    expect(fraud.stdout).toContain('<span class="silent">not addressed</span></th>');
  });
});
