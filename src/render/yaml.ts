// Separate from export.ts so that the YAML library loads only for --format yaml.
import { Document, Scalar, visit } from "yaml";
import type { CodeFile } from "../core/codes/schema.js";
import type { Code } from "../model.js";
import { streamChunks, streamHead } from "./export.js";
import { escapeBeyondC0, visible } from "./terminal-text.js";

/**
 * The model as YAML. A text with a character that render/terminal-text.ts makes visible is
 * written double-quoted, where YAML escapes the C0 controls (\e, \a, \t) and we escape the rest
 * (\u202E, \U000E0041): the file reads back to the same model, and shows no raw control or
 * bidirectional character in a terminal or an editor.
 */
export function renderYaml(codes: readonly Code[]): string {
  return [...streamChunks("yaml", codes, new Map(), libraryYamlItem)].join("");
}

/**
 * A code as an item of `codes:` by the library, for what render/plain-yaml.ts does not follow:
 * a document of this code alone (the same as in the whole, since no object is shared between
 * codes) less its first line.
 */
export function libraryYamlItem(code: Code): string {
  return libraryYaml({ codes: [code] }).slice(streamHead("yaml", [code]).length);
}

/** Any value as the library writes it, with what a terminal or an editor would hide made visible as escapes. */
export function libraryYaml(value: unknown): string {
  const document = new Document(value);
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && visible(node.value) !== node.value) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return escapeBeyondC0(document.toString({ lineWidth: 0 }), (code) =>
    code > 0xffff ? `\\U${code.toString(16).toUpperCase().padStart(8, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

/**
 * Code files in the format of data/*.yaml: one document, or a stream of documents (---) for
 * several, each of which is one code file.
 */
export function renderYamlCodeFiles(files: CodeFile[], note: readonly string[]): string {
  const head = note.map((line) => `# ${line}\n`).join("");
  return files.map((file, index) => (index > 0 ? "---\n" : head) + libraryYaml(file)).join("");
}
