// Where a path inside a YAML document is, as line:col, for problems in code and topic files.
import { CORE_SCHEMA, EVENT_ID, getScalarValue, load, SCALAR_STYLE, type Event, type ScalarEvent } from "js-yaml";
import { isMap, type Document, type LineCounter } from "yaml";

/**
 * The position of the value at `path`, or of the key `key` under it when given (an unknown
 * field). A missing field has no node: then the nearest ancestor that exists.
 */
export function positionOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], key?: string): { line: number; col: number } {
  if (key !== undefined) {
    const node = doc.getIn(path as unknown[], true);
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      const range = (pair?.key as { range?: [number, number, number] } | null)?.range;
      if (range) return lines.linePos(range[0]);
    }
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return lines.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

/** Line and column (1-based) of an offset into a text. */
export function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

/** The line of `text` that `offset` is on, without its line end; its end is -1 on the last line. */
export function lineAround(text: string, offset: number): { lineStart: number; lineEnd: number; line: string } {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, "");
  return { lineStart, lineEnd, line };
}

/** The lines of `text` above the line that starts at `lineStart`, nearest first, each with its start, without its line end. */
export function* linesAbove(text: string, lineStart: number): Generator<{ start: number; line: string }> {
  for (let end = lineStart - 1; end > 0; ) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    yield { start, line: text.slice(start, end).replace(/\r$/, "") };
    end = start - 1;
  }
}

/**
 * lineAndColumn for many offsets into one text: the line starts found once, each offset placed by
 * a binary search. Scanning from the start for each problem made a file of 150,000 unknown keys
 * take 90 s to report.
 */
export function lineColumns(text: string): (offset: number) => { line: number; col: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
    }
    // the last line start at or before the offset (a newline at the offset ends its own line)
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, col: offset - starts[low]! + 1 };
  };
}

/** The name of an anchor (`&m`) or of the alias of one (`*m`), as written. */
const anchorName = (text: string, event: { anchorStart: number; anchorEnd: number }): string => text.slice(event.anchorStart, event.anchorEnd).replace(/^[&*]/, "");

/** How a scalar was written: plain, quoted or a block (SCALAR_STYLE), and its tag as typed (`!!str`), if any. */
export interface ScalarWriting {
  style: (typeof SCALAR_STYLE)[keyof typeof SCALAR_STYLE];
  tag?: string;
  /** The value as typed, inside its quotes if any: `2.10` (read as 2.1). */
  text: string;
}

/** A node of a parsed document, by where it starts: enough to place a problem. */
interface PlacedNode {
  start: number;
  /** Children by key (mapping) or index (sequence). */
  children: Map<string | number, PlacedNode>;
  /** Where each key of a mapping is written. */
  keys: Map<string, number>;
  /** A scalar's writing, for a message that says what was written. */
  written?: ScalarWriting;
}

/**
 * Where the value at a path is (and the key `key` under it), as positionOf answers; and how the
 * scalar at a path was written, where one was (not an alias of one).
 */
export type Locator = ((path: readonly PropertyKey[], key?: string) => { line: number; col: number }) & {
  writtenAt(path: readonly PropertyKey[]): ScalarWriting | undefined;
};

/**
 * Positions in a document parsed as js-yaml events (made only when a file has problems):
 * `locate(path, key?)` answers as positionOf does.
 */
export function eventPositions(text: string, events: readonly Event[]): Locator {
  const root: PlacedNode = { start: 0, children: new Map(), keys: new Map() };
  // Each open collection, with the key waiting for its value (mappings) or the next index.
  interface Open {
    node: PlacedNode;
    mapping: boolean;
    pendingKey: string | null;
    /** Where the key waiting for its value is written. */
    pendingKeyStart: number;
    expectKey: boolean;
    index: number;
  }
  const opened = (node: PlacedNode, mapping: boolean): Open => ({
    node,
    mapping,
    pendingKey: null,
    pendingKeyStart: -1,
    expectKey: mapping,
    index: 0,
  });
  const stack: Open[] = [opened(root, false)];
  // The key each anchored text makes, by its anchor's name as last defined.
  const anchoredTexts = new Map<string, string>();
  // A value with nothing written (`title:`, read as null) has no offset:
  // placed at its key (it was placed at the file's start), or its list.
  const emptyValueAt = (parent: Open): number => {
    const atKey = parent.mapping && !parent.expectKey;
    const key = atKey ? parent.pendingKeyStart : -1;
    return key >= 0 ? key : parent.node.start;
  };
  const add = (node: PlacedNode, keyText: string | null): void => {
    const parent = stack[stack.length - 1]!;
    if (!parent.mapping) {
      parent.node.children.set(parent.index++, node);
      return;
    }
    if (parent.expectKey) {
      parent.pendingKey = keyText;
      parent.pendingKeyStart = node.start;
      if (keyText !== null && !parent.node.keys.has(keyText)) parent.node.keys.set(keyText, node.start);
      parent.expectKey = false;
    } else {
      if (parent.pendingKey !== null && !parent.node.children.has(parent.pendingKey)) parent.node.children.set(parent.pendingKey, node);
      parent.expectKey = true;
    }
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (root.children.size > 0) return locateIn(text, root);
        stack.push(opened(root, false));
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (event.anchorStart >= 0) anchoredTexts.delete(anchorName(text, event));
        const node: PlacedNode = { start: event.start, children: new Map(), keys: new Map() };
        add(node, null);
        stack.push(opened(node, event.type === EVENT_ID.MAPPING));
        break;
      }
      case EVENT_ID.SCALAR: {
        const parent = stack[stack.length - 1]!;
        const typed = event.valueStart >= 0;
        const start = typed
          ? event.valueStart
          : Math.max(event.tagStart, event.anchorStart, emptyValueAt(parent));
        if (event.anchorStart >= 0) anchoredTexts.set(anchorName(text, event), keyAsRead(text, event));
        const written: ScalarWriting = {
          style: event.style,
          ...(event.tagStart >= 0 && {
            tag: text.slice(event.tagStart, event.tagEnd),
          }),
          text: typed ? text.slice(event.valueStart, event.valueEnd) : "",
        };
        add({ start, children: new Map(), keys: new Map(), written }, parent.mapping && parent.expectKey ? keyAsRead(text, event) : null);
        break;
      }
      case EVENT_ID.ALIAS:
        // a key `*s` is the text `&s` anchors, and is named by it
        add({ start: Math.max(event.anchorStart - 1, 0), children: new Map(), keys: new Map() }, anchoredTexts.get(anchorName(text, event)) ?? null);
        break;
      case EVENT_ID.POP:
        if (stack.length > 1) stack.pop();
        break;
    }
  }
  return locateIn(text, root);
}

/**
 * A scalar as the key the loader makes of it: a plain `~`, `0x10` or `1.0` is read as null, 16
 * or 1 and then made the key 'null', '16' or '1', which is what a problem names and must be
 * found by (it was placed at the start of its mapping).
 */
function keyAsRead(text: string, event: ScalarEvent): string {
  const written = getScalarValue(text, event);
  if (event.style !== SCALAR_STYLE.PLAIN || !/^[-+.\d~]|^(null|true|false)$/i.test(written)) return written;
  try {
    return String(load(written, { schema: CORE_SCHEMA }));
  } catch {
    return written;
  }
}

/**
 * Where the first key that is a list or mapping is written (`[a]: b`, `? {x: 1}`, or `*m : b`
 * where `&m` anchors one): the loader refuses it, but places it at the start of the file, or,
 * for an alias, past it.
 */
export function firstCollectionKey(text: string, events: readonly Event[]): number | null {
  // Each open document or collection, and for a mapping whether its next node is a key.
  const open: { mapping: boolean; atKey: boolean }[] = [];
  // Whether each anchor, as last defined, is of a list or mapping.
  const anchorsCollection = new Map<string, boolean>();
  const atKey = () => open[open.length - 1]?.mapping === true && open[open.length - 1]!.atKey;
  const placed = () => {
    const parent = open[open.length - 1];
    if (parent?.mapping) parent.atKey = !parent.atKey;
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        open.push({ mapping: false, atKey: false });
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (atKey()) return nodeStart(event);
        if (event.anchorStart >= 0) anchorsCollection.set(anchorName(text, event), true);
        open.push({ mapping: event.type === EVENT_ID.MAPPING, atKey: true });
        break;
      }
      case EVENT_ID.SCALAR:
        if (event.anchorStart >= 0) anchorsCollection.set(anchorName(text, event), false);
        placed();
        break;
      case EVENT_ID.ALIAS:
        if (atKey() && anchorsCollection.get(anchorName(text, event)) === true) return nodeStart(event);
        placed();
        break;
      case EVENT_ID.POP:
        open.pop();
        placed();
        break;
    }
  }
  return null;
}

function locateIn(text: string, root: PlacedNode): Locator {
  const document = root.children.get(0) ?? root;
  const lineAndColumnOf = lineColumns(text);
  /** The nodes from the document down the path, as far as it goes. */
  const nodesAlong = (path: readonly PropertyKey[]) => {
    const nodes = [document];
    for (const step of path) {
      const next = nodes[nodes.length - 1]!.children.get(typeof step === "number" ? step : String(step));
      if (!next) break;
      nodes.push(next);
    }
    return nodes;
  };
  const locate = (path: readonly PropertyKey[], key?: string): { line: number; col: number } => {
    const nodes = nodesAlong(path);
    if (key !== undefined && nodes.length === path.length + 1) {
      const keyStart = nodes[nodes.length - 1]!.keys.get(key);
      if (keyStart !== undefined) return lineAndColumnOf(keyStart);
    }
    return lineAndColumnOf(nodes[nodes.length - 1]!.start);
  };
  const writtenAt = (path: readonly PropertyKey[]): ScalarWriting | undefined => {
    const nodes = nodesAlong(path);
    return nodes.length === path.length + 1 ? nodes[nodes.length - 1]!.written : undefined;
  };
  return Object.assign(locate, { writtenAt });
}

/** Where a node's event starts in the text, or -1 for events that are not nodes (or not written). */
function nodeStart(event: Event): number {
  const first = (offsets: number[]) => Math.min(...offsets.filter((at) => at >= 0), Number.MAX_SAFE_INTEGER);
  switch (event.type) {
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return first([event.start, event.anchorStart, event.tagStart]);
    case EVENT_ID.SCALAR:
      return first([event.valueStart, event.anchorStart, event.tagStart]);
    case EVENT_ID.ALIAS:
      return Math.max(event.anchorStart - 1, 0);
    default:
      return -1;
  }
}

/**
 * Where the second document of a stream begins: its `---` line (js-yaml's document events carry
 * no offset, so the marker is the last one written before the document's first node), or its
 * first node where it has no marker. Null for a text of one document.
 */
export function secondDocumentStart(text: string, events: readonly Event[]): { line: number; col: number } | null {
  let documents = 0;
  let explicitStart = false;
  let previousEnd = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      documents++;
      explicitStart = event.explicitStart;
      continue;
    }
    const start = nodeStart(event);
    if (start < 0 || start === Number.MAX_SAFE_INTEGER) continue;
    if (documents < 2) {
      previousEnd = start;
      continue;
    }
    if (explicitStart) {
      const marker = text.lastIndexOf("\n---", start);
      if (marker >= previousEnd) return lineAndColumn(text, marker + 1);
    }
    return lineAndColumn(text, start);
  }
  return null;
}
