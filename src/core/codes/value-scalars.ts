// The values a code file writes as scalars, each with its path in the document, from js-yaml's
// events: what the checks of how a value was written (a number in digits, a text YAML cut) walk.
import { EVENT_ID, getScalarValue, type AliasEvent, type Event, type ScalarEvent } from "js-yaml";

/** A path into the document: keys and list indices; null for a key that is no text (an alias). */
export type ScalarPath = readonly (string | number | null)[];

/**
 * Called with each value scalar (not a key), its path (good for the call only: copy it to keep
 * it) and, for a mapping's value, the scalar of its key.
 */
export type ValueScalarVisit = (event: ScalarEvent, path: ScalarPath, key: ScalarEvent | null) => void;

/** An open collection: the key awaiting a value (mappings) or the next index. */
interface Level {
  mapping: boolean;
  key: string | null;
  keyEvent: ScalarEvent | null;
  expectKey: boolean;
  index: number;
}

/** Each value scalar of the first document of `events` (the one a code file holds), in order; each alias to `alias`. */
export function forEachValueScalar(text: string, events: readonly Event[], visit: ValueScalarVisit, alias?: (event: AliasEvent) => void): void {
  // Read once a file: in the bundle, each use of a name imported from js-yaml (a CommonJS
  // module, loaded on first use) is a call of a getter, and the walk below compares every event
  // with these (a first run over 100 new codes: 15 of ~1,500 ms profiled in that getter).
  const { DOCUMENT, MAPPING, SEQUENCE, SCALAR, ALIAS, POP } = EVENT_ID;
  const scalarValue = getScalarValue;
  const levels: Level[] = [];
  // The slots of the open collections below the document's own.
  const path: (string | number | null)[] = [];
  let documents = 0;
  /** The slot a node placed now takes in the innermost collection. */
  const place = (): string | number | null => {
    const parent = levels[levels.length - 1];
    if (!parent) return null;
    if (!parent.mapping) return parent.index++;
    if (parent.expectKey) {
      parent.key = null;
      parent.keyEvent = null;
      parent.expectKey = false;
      return null;
    }
    parent.expectKey = true;
    return parent.key;
  };
  const opened = (mapping: boolean): Level => ({ mapping, key: null, keyEvent: null, expectKey: mapping, index: 0 });
  for (const event of events) {
    switch (event.type) {
      case DOCUMENT:
        if (++documents > 1) return;
        levels.push(opened(false));
        break;
      case MAPPING:
      case SEQUENCE: {
        const slot = place();
        levels.push(opened(event.type === MAPPING));
        if (levels.length > 2) path.push(slot);
        break;
      }
      case SCALAR: {
        const parent = levels[levels.length - 1];
        if (parent?.mapping && parent.expectKey) {
          parent.key = scalarValue(text, event);
          parent.keyEvent = event;
          parent.expectKey = false;
          break;
        }
        const key = parent?.mapping ? parent.keyEvent : null;
        const slot = place();
        if (levels.length < 2) break;
        path.push(slot);
        visit(event, path, key);
        path.pop();
        break;
      }
      case ALIAS:
        place();
        alias?.(event);
        break;
      case POP:
        if (levels.length > 2) path.pop();
        levels.pop();
        break;
    }
  }
}
