// A user's code for tests, written as its file would be and read as ethics reads it, so
// that its citations are the ones `show` prints: a few sections of numbered standards.
import { parseCodeText } from "../../../src/core/codes/load.js";
import type { Code } from "../../../src/model.js";

export interface SectionSketch {
  id: string;
  title: string;
  /** The standards' numbers; each gets a sentence of its own. */
  numbers: number[];
  /** Item labels of the first standard. */
  items?: string[];
}

/** The code's file, as a user writes it. */
export function userCodeText(id: string, shortName: string, sections: readonly SectionSketch[], aliases: readonly string[] = []): string {
  const lines = [`id: ${id}`, ...(aliases.length > 0 ? [`aliases: [${aliases.join(", ")}]`] : []), `title: ${shortName} Code of Ethics`, `shortName: ${shortName}`, "jurisdiction: Somewhere", "source:", "  document: Doc", "sections:"];
  for (const section of sections) {
    lines.push(`  - id: ${section.id}`, `    title: "${section.title}"`, "    standards:");
    section.numbers.forEach((number, at) => {
      lines.push(`      - number: ${number}`, `        text: "Will keep rule ${number} of ${section.title}${at === 0 && section.items ? ", as follows:" : "."}"`);
      if (at === 0 && section.items) {
        lines.push("        items:");
        for (const label of section.items) lines.push(`          - label: "${label}"`, `            text: the thing labelled ${label}.`);
      }
    });
  }
  return `${lines.join("\n")}\n`;
}

/** The code as ethics reads its file. */
export function userCode(id: string, shortName: string, sections: readonly SectionSketch[], aliases: readonly string[] = []): Code {
  const { code, problems } = parseCodeText(userCodeText(id, shortName, sections, aliases), `${id}.yaml`, "user");
  if (code === null) throw new Error(`${id}: ${problems.map((problem) => problem.message).join("; ")}`);
  return code;
}
