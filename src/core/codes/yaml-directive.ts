// A %YAML line a code file does not need and the parser cannot take (`%YAML 9.9`, `%YAML 1`,
// two of them): the parser's reasons ("unacceptable YAML version of the document") said neither
// which version is read nor that the line can go, and were placed on the line after it.
import { linesAbove, lineAround } from "./yaml-position.js";

const WHAT_IS_WRONG: Record<string, string> = {
  "unacceptable YAML version of the document": "names a YAML version there is none of",
  "ill-formed argument of the YAML directive": "is not a YAML version, which is two numbers (1.2)",
  "YAML directive accepts exactly one argument": "holds more or less than one YAML version",
  "duplication of %YAML directive": "is a second %YAML line, where a document has one at most",
};

const FIX = "code files are YAML 1.2 (1.1 reads the same); delete the line (a code file needs none), or write %YAML 1.2";

/** Whether `reason` is the parser's about a %YAML line. */
export function isYamlDirectiveReason(reason: string): boolean {
  return reason in WHAT_IS_WRONG;
}

/**
 * The %YAML line the parser stopped past (it reads a directive's line whole, then stops at the
 * start of the next one) at `offset`: its offset, and what is wrong with it and what to do.
 */
export function yamlDirectiveProblem(text: string, reason: string, offset: number): { at: number; message: string } {
  const { lineStart, line } = lineAround(text, offset);
  let directive = /^%YAML\b/.test(line) ? { start: lineStart, line } : undefined;
  for (const above of directive === undefined ? linesAbove(text, lineStart) : []) {
    if (/^%YAML\b/.test(above.line)) {
      directive = above;
      break;
    }
  }
  if (directive === undefined) return { at: offset, message: `a %YAML line ${WHAT_IS_WRONG[reason]}: ${FIX}` };
  const written = directive.line.replace(/\s+#.*$/, "").trimEnd();
  return { at: directive.start, message: `'${written}' ${WHAT_IS_WRONG[reason]}: ${FIX}` };
}
