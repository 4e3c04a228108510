// The printable handout in a real browser: headless Chromium prints `ethics export --format html`
// to PDF and the PDF's text (poppler's pdftotext) must hold every standard. Without Chromium or
// pdftotext the test is skipped and says why; CI installs both (.ci/run) and sets
// ETHICS_REQUIRE_BROWSER=1, so that there a missing browser fails instead.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TOPIC_PAGE_MARGIN_MM } from "../../src/render/html-style.js";
import { normalize, pdfinfo, pdftotext, printToPdf, skipReason, work } from "./browser.js";
import { ethics } from "./run.js";

interface StandardJson {
  citation: string;
  text: string;
  items: { text: string }[];
  notes: string[];
}

function partsOf(standard: StandardJson): string[] {
  return [standard.text, ...standard.items.map((item) => item.text), ...standard.notes];
}

describe.skipIf(skipReason !== null)(`the handout printed by headless Chromium${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  it("holds every standard of every code, with items and notes, values and attestations", () => {
    const exported = ethics(["export", "--format", "html"]);
    expect(exported.code).toBe(0);
    const pdf = printToPdf(exported.stdout, "codes");
    const text = normalize(execFileSync(pdftotext!, [pdf, "-"], { encoding: "utf8" }));
    const { codes } = JSON.parse(ethics(["export", "--format", "json"]).stdout) as {
      codes: { title: string; attestation: string | null; values: { text: string }[]; sections: { title: string; standards: StandardJson[] }[] }[];
    };
    let checked = 0;
    for (const code of codes) {
      expect(text).toContain(normalize(code.title));
      if (code.attestation) expect(text).toContain(normalize(code.attestation));
      for (const value of code.values) expect(text).toContain(normalize(value.text));
      for (const section of code.sections) {
        for (const standard of section.standards) {
          for (const part of partsOf(standard)) {
            expect(text, standard.citation).toContain(normalize(part));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(262);
  });

  it("prints a topic's codes side by side on a landscape page, each column whole, with strength", () => {
    const exported = ethics(["export", "--format", "html", "--topic", "confidentiality"]);
    expect(exported.code).toBe(0);
    const pdf = printToPdf(exported.stdout, "topic");
    const info = execFileSync(pdfinfo!, [pdf], { encoding: "utf8" });
    const [, width, height] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!.map(Number);
    expect(width).toBeGreaterThan(height!); // landscape
    const report = JSON.parse(ethics(["topic", "confidentiality", "--json"]).stdout) as { codes: { code: string; standards: { citation: string; strength: string }[] }[] };
    const margin = (TOPIC_PAGE_MARGIN_MM / 25.4) * 72;
    const columnWidth = (width! - 2 * margin) / report.codes.length;
    for (const [index, entry] of report.codes.entries()) {
      // the text of one column alone, a few points inside its borders
      const left = Math.ceil(margin + index * columnWidth + 3);
      const column = normalize(
        execFileSync(pdftotext!, ["-x", String(left), "-y", "0", "-W", String(Math.floor(columnWidth - 6)), "-H", String(Math.ceil(height!)), pdf, "-"], { encoding: "utf8" }),
      );
      const standards = JSON.parse(ethics(["show", entry.code, "--json"]).stdout) as { sections: { standards: StandardJson[] }[] };
      const whole = new Map(standards.sections.flatMap((section) => section.standards).map((standard) => [standard.citation, standard]));
      for (const onTopic of entry.standards) {
        expect(column).toContain(normalize(onTopic.citation));
        expect(column).toContain(onTopic.strength.toUpperCase());
        for (const part of partsOf(whole.get(onTopic.citation)!)) expect(column, onTopic.citation).toContain(normalize(part));
      }
    }
  });
});

describe.skipIf(skipReason !== null)(`a topic's questions for discussion, printed${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  it("start a page of their own after the codes' words, every question whole", () => {
    const exported = ethics(["export", "--format", "html", "--topic", "gifts"]);
    expect(exported.code).toBe(0);
    const pdf = printToPdf(exported.stdout, "discussion");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync(pdfinfo!, [pdf], { encoding: "utf8" }))![1]);
    const texts = Array.from({ length: pages }, (_, at) => normalize(execFileSync(pdftotext!, ["-f", String(at + 1), "-l", String(at + 1), pdf, "-"], { encoding: "utf8" })));
    const first = texts.findIndex((text) => text.startsWith("For discussion"));
    expect(first).toBeGreaterThan(0);
    expect(texts.slice(0, first).join(" ")).toContain("Wisconsin 12");
    const discussed = texts.slice(first).join(" ");
    const { topics } = JSON.parse(ethics(["concepts", "gifts", "--json"]).stdout) as { topics: { concepts: { name: string; questions: string[] }[] }[] };
    for (const concept of topics[0]!.concepts) {
      expect(discussed).toContain(normalize(concept.name));
      for (const question of concept.questions) expect(discussed).toContain(normalize(question));
    }
  });
});

describe.skipIf(skipReason !== null)(`a word wider than the page, printed${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  // Two hundred letters and no break: past the page's edge, printing cut the rest off (162 shown).
  const word = "Abcdefghij".repeat(20);
  const data = mkdtempSync(join(work, "long-word-"));
  writeFileSync(
    join(data, "long.yaml"),
    `id: long-word\ntitle: Long Word Code\nshortName: Long\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: Long\n  url: https://example.org/${word}.pdf\n` +
      `sections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: Will not accept gifts from people they support; see ${word}.\n`,
  );
  /** The PDF's text with every space and line break taken out: a word broken over lines reads whole. */
  const printed = (args: string[], name: string, leftHalf = false) => {
    const exported = ethics(["--data", data, "export", "--format", "html", ...args]);
    expect(exported.code).toBe(0);
    const pdf = printToPdf(exported.stdout, name);
    const [, width, height] = execFileSync(pdfinfo!, [pdf], { encoding: "utf8" }).match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!.map(Number);
    // The first of two columns alone, read line by line: the page's left half, short of the border.
    const crop = leftHalf ? ["-x", "0", "-y", "0", "-W", String(Math.floor(width! / 2 - 6)), "-H", String(Math.ceil(height!))] : [];
    return execFileSync(pdftotext!, [...crop, pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  };

  it("is printed whole, broken where it must, in a code's handout", () => {
    const text = printed(["--code", "long-word"], "long-word");
    expect(text).toContain(`https://example.org/${word}.pdf`);
    expect(text).toContain(`see${word}.`);
  });

  it("and in a column of a topic's handout", () => {
    expect(printed(["--topic", "gifts", "--code", "long-word,alaska"], "long-word-topic", true)).toContain(`see${word}.`);
  });
});

/**
 * A user's code in Arabic, with a Hebrew note: in the page's left-to-right lines an Arabic
 * sentence had its full stop, and a bracket with a number, at the wrong end (after the last
 * word on the right, where a reader of Arabic starts).
 */
function rightToLeftCode(): string {
  const dir = mkdtempSync(join(work, "right-to-left-"));
  writeFileSync(
    join(dir, "arabic.yaml"),
    [
      "id: arabic-code",
      'title: "ميثاق أخلاقيات دعم الأقران"',
      'shortName: "ميثاق"',
      "jurisdiction: Jordan",
      "source:",
      '  document: "ميثاق أخلاقيات دعم الأقران"',
      "sections:",
      "  - id: boundaries",
      '    title: "الحدود"',
      "    standards:",
      "      - number: 1",
      '        text: "لا يقبل الهدايا من الأشخاص الذين يدعمهم (انظر المادة 12)."',
      "        items:",
      "          - label: a",
      '            text: "الهدايا الصغيرة مقبولة."',
      '        notes: ["راجع سياسة الوكالة.", "ראו את מדיניות הסוכנות."]',
      "        concepts: [accepting-gifts]",
      "      - number: 2",
      "        text: Will keep to the agreed arrangements (see 12).",
      "",
    ].join("\n"),
  );
  return dir;
}

describe.skipIf(skipReason !== null)(`right-to-left text, printed${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  it("reads from the right: an Arabic or Hebrew sentence's full stop ends it on the left", () => {
    const exported = ethics(["--data", rightToLeftCode(), "export", "--format", "html", "--code", "arabic-code"]);
    expect(exported.code).toBe(0);
    const pdf = printToPdf(exported.stdout, "right-to-left");
    // pdftotext -bbox gives each word's box and its letters in the order they stand on the page.
    const words = [...execFileSync(pdftotext!, ["-bbox", pdf, "-"], { encoding: "utf8" }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
      ([, x, y, text]) => ({ x: Number(x), y: Number(y), text: text! }),
    );
    const notes = words.filter((word) => word.text === "Note:");
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      const line = words.filter((word) => Math.abs(word.y - note.y) < 3 && word.x > note.x).sort((a, b) => a.x - b.x);
      expect(line.length, note.text).toBeGreaterThan(1);
      // The sentence's first word is on the right; its full stop, after its last, on the left.
      expect(line[0]!.text, JSON.stringify(line)).toMatch(/^\./);
      expect(line.at(-1)!.text, JSON.stringify(line)).not.toMatch(/\.$/);
    }
  });
});

/** A folder of `count` small users' codes, each with a standard on gifts: with the five built-in ones, more codes than one table holds. */
function giftCodes(count: number): string {
  const dir = mkdtempSync(join(work, "gift-codes-"));
  for (let at = 1; at <= count; at++) {
    writeFileSync(
      join(dir, `agency-${at}.yaml`),
      `id: agency-${at}\ntitle: Agency ${at} Code\nshortName: Agency ${at}\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: Agency ${at}\n` +
        `sections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: Staff of agency ${at} will not accept gifts from people they support.\n`,
    );
  }
  return dir;
}

describe.skipIf(skipReason !== null)(`a topic's handout of many codes, printed${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  it("keeps each column as wide as five to a page: a standard's words stay whole on their lines", () => {
    const exported = ethics(["--data", giftCodes(7), "export", "--format", "html", "--topic", "gifts"]);
    expect(exported.code).toBe(0);
    const pdf = printToPdf(exported.stdout, "many-codes");
    const [, width, height] = execFileSync(pdfinfo!, [pdf], { encoding: "utf8" }).match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!.map(Number);
    // The first column alone, a fifth of the page, read line by line: twelve to a page split
    // "Alaska" over three lines and its words a few letters a line.
    const margin = (TOPIC_PAGE_MARGIN_MM / 25.4) * 72;
    const columnWidth = (width! - 2 * margin) / 5;
    const crop = ["-x", String(Math.ceil(margin + 3)), "-y", "0", "-W", String(Math.floor(columnWidth - 6)), "-H", String(Math.ceil(height!))];
    const column = normalize(execFileSync(pdftotext!, [...crop, "-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" }));
    expect(column).toContain("Alaska · Conflicts of Interest 3");
    expect(column).toContain("I will not accept substantial gifts or loans from peers I support");
  });
});

describe("the handout file", () => {
  it("sets a topic's codes side by side five to a table, in order, each table with its own head", () => {
    const { stdout, code } = ethics(["--data", giftCodes(7), "export", "--format", "html", "--topic", "gifts"]);
    expect(code).toBe(0);
    const tables = stdout.split('<table class="crosswalk">').slice(1);
    // A user's code's name is marked as one: "Agency 1 (user code)".
    const heads = tables.map((table) => [...table.matchAll(/<th>([^<]*?)(?: <span class="origin">\(user code\)<\/span>)?<br>/g)].map((match) => match[1]));
    expect(heads).toEqual([
      ["Alaska", "Working Well Together", "Medi-Cal", "North Carolina", "Wisconsin"],
      ["Agency 1", "Agency 2", "Agency 3", "Agency 4", "Agency 5"],
      ["Agency 6", "Agency 7"],
    ]);
    for (const [at, table] of tables.entries()) expect(table.match(/<td>/g), `table ${at + 1}`).toHaveLength(heads[at]!.length);
  });

  it("is one standalone HTML page that needs no network and no script", () => {
    const { stdout, code } = ethics(["export", "--format", "html", "--code", "alaska"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toContain("default-src 'none'");
    expect(stdout).not.toMatch(/<script|<link|\bsrc=|\bhref=|url\(/i);
    expect(stdout).toContain("<h2>Attestation</h2>");
  });

  it("escapes users' codes, control characters made visible", () => {
    const { stdout, code } = ethics(["--data", "test/fixtures/evil", "export", "--format", "html", "--code", "evil"]);
    expect(code).toBe(0);
    expect(stdout).not.toContain("\u001b");
    expect(stdout).toContain("␛[5mblinking␛[0m");
    expect(stdout).toContain("&lt;U+202E&gt;evil");
  });

  it("isolates a text in right-to-left letters, whose direction the browser reads from it; the rest as it was", () => {
    const { stdout, code } = ethics(["--data", rightToLeftCode(), "export", "--format", "html", "--code", "arabic-code"]);
    expect(code).toBe(0);
    expect(stdout).toContain('<p><span class="number">1.</span> <bdi>لا يقبل الهدايا من الأشخاص الذين يدعمهم (انظر المادة 12).</bdi></p>');
    expect(stdout).toContain('<li><span class="label">a.</span> <bdi>الهدايا الصغيرة مقبولة.</bdi></li>');
    expect(stdout).toContain('<p class="note"><span class="tag">Note:</span> <bdi>ראו את מדיניות הסוכנות.</bdi></p>');
    expect(stdout).toContain("<h1><bdi>ميثاق أخلاقيات دعم الأقران</bdi></h1>");
    // A title holds no markup; nor does a text without such letters get any.
    expect(stdout).toContain("<title>ميثاق أخلاقيات دعم الأقران</title>");
    expect(stdout).toContain('<p><span class="number">2.</span> Will keep to the agreed arrangements (see 12).</p>');
    expect(stdout).toContain('<p class="jurisdiction">Jordan</p>');
    const topic = ethics(["--data", rightToLeftCode(), "export", "--format", "html", "--topic", "gifts", "--code", "arabic-code,alaska"]);
    expect(topic.code).toBe(0);
    expect(topic.stdout).toContain('<th><bdi>ميثاق</bdi> <span class="origin">(user code)</span><br>');
    expect(topic.stdout).toContain('<span class="citation"><bdi>ميثاق 1</bdi></span>');
    expect(ethics(["export", "--format", "html"]).stdout).not.toContain("<bdi>");
  });

  it("gives every place a page anchors an id of its own, however the codes' and sections' ids join", () => {
    // Joined by "-", code a-b's section c and code a's section b-c were both "a-b-c".
    const dir = mkdtempSync(join(tmpdir(), "ethics-handout-ids-"));
    const code = (id: string, name: string, section: string) =>
      [`id: ${id}`, `title: ${name} Code`, `shortName: ${name}`, "jurisdiction: Nowhere", "source:", `  document: ${name} Code`, "sections:", `  - id: ${section}`, "    title: Only", "    standards:", "      - number: 1", "        text: Be kind.", ""].join("\n");
    writeFileSync(join(dir, "ab.yaml"), code("a-b", "AB", "c"));
    writeFileSync(join(dir, "a.yaml"), code("a", "A", "b-c"));
    for (const args of [["--code", "a-b,a"], ["--topic", "respect"]]) {
      const { stdout, code: status } = ethics(["--data", dir, "export", "--format", "html", ...args]);
      expect(status).toBe(0);
      const ids = [...stdout.matchAll(/\bid="([^"]*)"/g)].map((match) => match[1]);
      expect(ids.length, args.join(" ")).toBeGreaterThan(0);
      expect(ids.filter((id, at) => ids.indexOf(id) !== at), args.join(" ")).toEqual([]);
    }
  });

  it("says of a user's code that tags every standard, silent on the topic, that it does not address it; of one inferred, that none was found", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-handout-tagged-"));
    const code = (id: string, name: string, tags: string) =>
      [`id: ${id}`, `title: ${name} Code`, `shortName: ${name}`, "jurisdiction: Nowhere", "source:", `  document: ${name} Code`, "sections:", "  - id: only", "    title: Only", "    standards:", "      - number: 1", "        text: Will not accept gifts of more than token value.", tags, ""].join("\n");
    writeFileSync(join(dir, "tagged.yaml"), code("tagged", "Tagged", "        concepts: [accepting-gifts]"));
    writeFileSync(join(dir, "untagged.yaml"), code("untagged", "Untagged", ""));
    const { stdout, code: status } = ethics(["--data", dir, "export", "--format", "html", "--topic", "supervision", "--code", "tagged,untagged,alaska"], { env: { ETHICS_NO_CACHE: "1" } });
    expect(status).toBe(0);
    expect(stdout).toContain('<th>Tagged <span class="origin">(user code)</span><br><span class="silent">not addressed</span></th>');
    expect(stdout).toContain('<th>Untagged <span class="origin">(user code)</span><br><span class="silent">none found (inferred)</span></th>');
    const cells = [...stdout.matchAll(/<td><p class="silent">([^<]*)<\/p><\/td>/g)].map((match) => match[1]);
    expect(cells).toEqual(["Not addressed.", "None found: this code's concepts are inferred from its wording."]);
  });

  // The questions for discussion said "None of these codes has a standard on it" of a code whose
  // concepts are inferred, where its column says none was found, and of one code, "these codes".
  it("says in the questions for discussion, as the columns do, where a matter's standards were not found rather than not there", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-handout-discussion-"));
    const code = (id: string, name: string, tags: string) =>
      [`id: ${id}`, `title: ${name} Code`, `shortName: ${name}`, "jurisdiction: Nowhere", "source:", `  document: ${name} Code`, "sections:", "  - id: only", "    title: Only", "    standards:", "      - number: 1", "        text: Will not accept gifts of more than token value.", tags, ""].join("\n");
    writeFileSync(join(dir, "tagged.yaml"), code("tagged", "Tagged", "        concepts: [accepting-gifts]"));
    writeFileSync(join(dir, "untagged.yaml"), code("untagged", "Untagged", ""));
    const silences = (codes: string) => {
      const { stdout, code: status } = ethics(["--data", dir, "export", "--format", "html", "--topic", "gifts", "--code", codes], { env: { ETHICS_NO_CACHE: "1" } });
      expect(status).toBe(0);
      return new Set([...stdout.matchAll(/<p class="governed silent">([^<]*)<\/p>/g)].map((match) => match[1]));
    };
    expect(silences("tagged,untagged,wisconsin")).toEqual(new Set(["None found: Tagged and Wisconsin have no standard on it, and the concepts of Untagged are inferred from its wording."]));
    expect(silences("untagged")).toEqual(new Set(["None found: the concepts of Untagged are inferred from its wording."]));
    expect(silences("tagged")).toEqual(new Set(["Tagged has no standard on it."]));
  });

  it("takes a topic for the study formats and the tables, not for whole codes' formats", () => {
    const { code, stderr } = ethics(["export", "--format", "json", "--topic", "gifts"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--topic works with anki, anki-cloze, anki-situations, html, csv or md,\n        not json");
    expect(stderr).toContain("hint: a theme's standards as JSON: `ethics topic gifts --json`");
  });
});
