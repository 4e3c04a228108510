// Text from code files is data, never terminal instructions: control characters and escape
// sequences are made visible before anything is printed (every output form but --json).

const ANSI_PATTERN = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

function picture(char: string): string {
  const code = char.codePointAt(0)!;
  if (code === 0x1b) return "␛";
  if (code < 0x20) return String.fromCodePoint(0x2400 + code); // control pictures ␀…␟
  if (code === 0x7f) return "␡";
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}

/** C0/C1 controls, DEL and the bidirectional overrides that can disguise text. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(UNSAFE, picture);
}

export function visibleLength(text: string): number {
  return [...text.replace(ANSI_PATTERN, "")].length;
}

/**
 * Word-wrap to `width` columns, every line starting with `indent`. Styles must not span
 * spaces (style word by word) so that a line break never splits an escape sequence.
 */
export function wrap(text: string, width: number, indent = "", firstIndent = indent): string {
  const words = text.split(" ").filter((word) => word !== "");
  if (!Number.isFinite(width)) return firstIndent + words.join(" ");
  const lines: string[] = [];
  let line = firstIndent;
  let lineLength = visibleLength(firstIndent);
  let empty = true;
  for (const word of words) {
    const length = visibleLength(word);
    if (!empty && lineLength + 1 + length > width) {
      lines.push(line);
      line = indent + word;
      lineLength = visibleLength(indent) + length;
    } else {
      line += (empty ? "" : " ") + word;
      lineLength += (empty ? 0 : 1) + length;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join("\n");
}
