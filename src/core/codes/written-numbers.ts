// A standard's number is the source's, as the source prints it: plain decimal digits. YAML's
// core schema also reads 0x10, 0o17, 1e2, +1 and 1.0 as numbers (16, 15, 100, 1, 1), forms no
// source prints: whoever wrote one meant something else (a section "1.0", a typo), so a number
// is taken only as written in digits. The written form is in the source text, where the events
// say each scalar is; only a standard's `number` is looked at (every other field is text, and
// a number there is the schema's problem already).
import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event } from "js-yaml";

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

/** An open collection: its slot in its parent, the key awaiting a value (mappings) or the next index. */
interface Level {
  slot: string | number | null;
  mapping: boolean;
  key: string | null;
  expectKey: boolean;
  index: number;
}

function isStandardNumber(levels: readonly Level[]): boolean {
  // The document, the code's mapping, sections, a section, standards, a standard.
  if (levels.length !== 6) return false;
  const [, , sections, , standards] = levels;
  return sections!.slot === "sections" && standards!.slot === "standards";
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
  // Read once a file: in the bundle, each use of a name imported from js-yaml (a CommonJS
  // module, loaded on first use) is a call of a getter, and the walk below compares every event
  // with these (a first run over 100 new codes: 15 of ~1,500 ms profiled in that getter).
  const { DOCUMENT, MAPPING, SEQUENCE, SCALAR, ALIAS, POP } = EVENT_ID;
  const PLAIN = SCALAR_STYLE.PLAIN;
  const scalarValue = getScalarValue;
  const slips: NumberSlip[] = [];
  const levels: Level[] = [];
  let documents = 0;
  /** The slot a node placed now takes in the innermost collection. */
  const place = (): string | number | null => {
    const parent = levels[levels.length - 1];
    if (!parent) return null;
    if (!parent.mapping) return parent.index++;
    if (parent.expectKey) {
      parent.key = null;
      parent.expectKey = false;
      return null;
    }
    parent.expectKey = true;
    return parent.key;
  };
  for (const event of events) {
    switch (event.type) {
      case DOCUMENT:
        if (++documents > 1) return slips;
        levels.push({ slot: null, mapping: false, key: null, expectKey: false, index: 0 });
        break;
      case MAPPING:
      case SEQUENCE:
        levels.push({ slot: place(), mapping: event.type === MAPPING, key: null, expectKey: true, index: 0 });
        break;
      case SCALAR: {
        const parent = levels[levels.length - 1];
        if (parent?.mapping && parent.expectKey) {
          parent.key = scalarValue(text, event);
          parent.expectKey = false;
          break;
        }
        const slot = place();
        if (slot !== "number" || event.style !== PLAIN || !isStandardNumber(levels)) break;
        const written = text.slice(event.valueStart, event.valueEnd);
        if (PLAIN_DECIMAL.test(written)) break;
        const path = [...levels.slice(2).map((level) => level.slot!), slot];
        const read = valueAt(data, path);
        if (typeof read === "number" && Number.isSafeInteger(read) && read >= 1) slips.push({ path, offset: event.valueStart, written, read });
        break;
      }
      case ALIAS:
        place();
        break;
      case POP:
        levels.pop();
        break;
    }
  }
  return slips;
}
