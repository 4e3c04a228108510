// Separate from export.ts so that the YAML library loads only for --format yaml.
import { Document, Scalar, visit } from "yaml";
import type { Code } from "../model.js";
import { escapeBeyondC0, visible } from "./terminal-text.js";

/**
 * The model as YAML. A text with a character that render/terminal-text.ts makes visible is
 * written double-quoted, where YAML escapes the C0 controls (\e, \a, \t) and we escape the rest
 * (\u202E, \U000E0041): the file reads back to the same model, and shows no raw control or
 * bidirectional character in a terminal or an editor.
 */
export function renderYaml(codes: Code[]): string {
  const document = new Document({ codes });
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && visible(node.value) !== node.value) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return escapeBeyondC0(document.toString({ lineWidth: 0 }), (code) =>
    code > 0xffff ? `\\U${code.toString(16).toUpperCase().padStart(8, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`,
  );
}
