// A standard's number is the source's, as the source prints it: plain decimal digits. YAML's
// core schema also reads 0x10, 0o17, 1e2, +1 and 1.0 as numbers (16, 15, 100, 1, 1), forms no
// source prints: whoever wrote one meant something else (a section "1.0", a typo), so a number
// is taken only as written in digits. The written form is in the source text, where the events
// say each scalar is; only a standard's `number` is looked at (every other field is text, and
// a number there is the schema's problem already).
import { SCALAR_STYLE, type Event } from "js-yaml";
import { forEachValueScalar, type ScalarPath } from "./value-scalars.js";

export interface NumberSlip {
  path: (string | number)[];
  /** Where the number is written in the text. */
  offset: number;
  written: string;
  /** What YAML read it as. */
  read: number;
}

// A leading zero is no source's form either (a source's "01" is its standard 1), and it reads
// differently elsewhere: YAML 1.1 tools (PyYAML, so yamllint and Ansible) read 010 as octal 8
// and 09 as text, which yamllint's octal-values rule and ansible-lint's risky-octal warn of.
const PLAIN_DECIMAL = /^[1-9][0-9]*$/;
const LEADING_ZERO = /^0[0-9]+$/;

/** What the problem says of a number written in another form: what was read, and what to write. */
export function slipMessage(slip: Pick<NumberSlip, "written" | "read">): string {
  const { written, read } = slip;
  if (!LEADING_ZERO.test(written)) return `expected a plain decimal number such as 12, not '${written}' (which YAML reads as ${read})`;
  const octal = /^0[0-7]+$/.test(written) ? Number.parseInt(written, 8) : null;
  const elsewhere = octal === null ? `as the text '${written}'` : octal === read ? "as octal" : `as octal ${octal}`;
  return `expected a plain decimal number such as 12, not '${written}' (which YAML reads as ${read}, and YAML 1.1 tools such as PyYAML ${elsewhere}): write ${read}`;
}

/** Whether `path` is a standard's number: sections[i].standards[j].number. */
function isStandardNumber(path: ScalarPath): boolean {
  return path.length === 5 && path[4] === "number" && path[0] === "sections" && path[2] === "standards";
}

/** The value at `path` in the data as constructed. */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const step of path) value = value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[step] : undefined;
  return value;
}

/**
 * Each standard's number that YAML read as a whole number from a form other than decimal
 * digits, in the first document of `events` (the one a code file holds).
 */
export function numbersNotInDigits(text: string, events: readonly Event[], data: unknown): NumberSlip[] {
  const PLAIN = SCALAR_STYLE.PLAIN;
  const slips: NumberSlip[] = [];
  forEachValueScalar(text, events, (event, path) => {
    if (event.style !== PLAIN || !isStandardNumber(path)) return;
    const written = text.slice(event.valueStart, event.valueEnd);
    if (PLAIN_DECIMAL.test(written)) return;
    const at = path as readonly (string | number)[];
    const read = valueAt(data, at);
    if (typeof read === "number" && Number.isSafeInteger(read) && read >= 1) slips.push({ path: [...at], offset: event.valueStart, written, read });
  });
  return slips;
}
