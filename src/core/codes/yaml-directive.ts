// A %YAML line a code file does not need and the parser cannot take (`%YAML 9.9`, `%YAML 1`,
// two of them): the parser's reasons ("unacceptable YAML version of the document") said neither
// which version is read nor that the line can go, and were placed on the line after it. The
// parser takes any 1.x (`%YAML 1.3`, `%YAML 1.0`) without a word, and reads it as 1.2: a file
// that says it is written in another YAML is read as it was not meant, so that is a problem too.
import { EVENT_ID, type Event } from "js-yaml";
import { linesAbove, lineAround } from "./yaml-position.js";

const WHAT_IS_WRONG: Record<string, string> = {
  "unacceptable YAML version of the document": "names a YAML version there is none of",
  "ill-formed argument of the YAML directive": "is not a YAML version, which is two numbers (1.2)",
  "YAML directive accepts exactly one argument": "holds more or less than one YAML version",
  "duplication of %YAML directive": "is a second %YAML line, where a document has one at most",
};

/** The versions a code file may name: those the parser reads it as (1.2), and 1.1, which reads a code file the same. */
const VERSIONS_READ = new Set(["1.1", "1.2"]);

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

/**
 * The %YAML line the parser took that names a version other than those read (VERSIONS_READ):
 * its offset, and what to do; undefined where there is none. The parser's events keep a
 * directive's version but not its place: the line is found in the text by what it says.
 */
export function unreadYamlVersion(text: string, events: readonly Event[]): { at: number; message: string } | undefined {
  for (const event of events) {
    if (event.type !== EVENT_ID.DOCUMENT) continue;
    const version = event.directives.find((directive) => directive.kind === "yaml")?.version;
    if (version === undefined || VERSIONS_READ.has(version)) continue;
    const line = new RegExp(`^%YAML[ \\t]+${version.replace(/\./g, "\\.")}(?=[ \\t\\r\\n#]|$)`, "m").exec(text);
    const at = line?.index ?? 0;
    return { at, message: `'%YAML ${version}' names YAML ${version}, which is not read here: ${FIX}` };
  }
  return undefined;
}
