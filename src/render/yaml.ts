// Separate from export.ts so that the YAML library loads only for --format yaml.
import { stringify } from "yaml";
import type { CodeFile } from "../core/codes/schema.js";
import type { Code } from "../model.js";

/** The normalized model, as `export --format json` prints it. */
export function renderYaml(codes: Code[]): string {
  return stringify({ codes }, { lineWidth: 0 });
}

/**
 * Code files in the format of data/*.yaml: one document, or a stream of documents (---) for
 * several, each of which is one code file.
 */
export function renderYamlCodeFiles(files: CodeFile[], note: string): string {
  return files.map((file, index) => (index > 0 ? "---\n" : `# ${note}\n`) + stringify(file, { lineWidth: 0 })).join("");
}
