/**
 * Finds where a cursor is in a block-YAML document (the keys and item indexes from the root to
 * the mapping it is in) from the indentation and `- ` markers of the lines above it, so that a
 * half-typed line or a broken document elsewhere does not stop completion.
 */
import type { Known, PathKey } from './resolve';
import {
  lineShape,
  scalarValue,
  valueIsBlank,
  valueIsBlockScalar,
  type LineShape,
} from './yamlLines';

/** A mapping's place in the text: one of its lines and the column of its keys. */
interface Anchor {
  line: number;
  column: number;
}

/** The path to a mapping, with the values already written in each mapping along it. */
export interface MappingContext {
  /** Keys and sequence indexes from the root to the mapping. */
  path: PathKey[];
  /** `known[d]`: the scalar entries of the mapping reached after `d` steps ({} for a sequence). */
  known: Known[];
  /** Keys the mapping already has (the cursor's own line left out). */
  existing: string[];
}

/** The cursor is where a key goes; `prefix` is what is typed of it. */
export interface KeySlot extends MappingContext {
  kind: 'key';
  prefix: string;
  /** 1-based column where the prefix starts. */
  start: number;
  /** 0-based column of the key, the mapping's indentation. */
  indent: number;
}

/** The cursor is in the value of `key`, written on the same line. */
export interface ValueSlot extends MappingContext {
  kind: 'value';
  key: string;
  prefix: string;
  /** 1-based column where the prefix starts (after an opening quote). */
  start: number;
  /** The value began with a quote: insert the bare text. */
  quoted: boolean;
  /** Nothing separates the colon from the cursor yet: a value needs a space before it. */
  needsSpace: boolean;
}

/** A key under the pointer, its mapping, and what its own value mapping already holds. */
export interface KeyAt extends MappingContext {
  key: string;
  /** 1-based columns of the key's text, end exclusive. */
  start: number;
  end: number;
  /** Scalar entries of the key's value when that is a block mapping (a state's Type). */
  childKnown: Known;
}

/** The lines' shapes, each read once, and their indentation, cheaper still. */
interface Shapes {
  (line: number): LineShape;
  /** Leading blanks only: enough to pass over the deeper lines of a large mapping. */
  indent(line: number): number;
}

function shapes(lines: readonly string[], override?: { line: number; shape: LineShape }): Shapes {
  const cache = new Map<number, LineShape>();
  const shapeOf = (i: number): LineShape => {
    if (override && i === override.line) return override.shape;
    let s = cache.get(i);
    if (!s) {
      s = lineShape(lines[i] ?? '');
      cache.set(i, s);
    }
    return s;
  };
  shapeOf.indent = (i: number): number => {
    if (override && i === override.line) return override.shape.indent;
    const text = lines[i] ?? '';
    let n = 0;
    while (n < text.length && (text[n] === ' ' || text[n] === '\t')) n++;
    return n;
  };
  return shapeOf;
}

interface Walk {
  path: PathKey[];
  /** Each mapping on the path with the number of steps that reach it. */
  mappings: { anchor: Anchor; depth: number }[];
}

/** Where the climb goes next: a mapping whose keys sit at `column`, or an item of a sequence. */
type Step =
  { mode: 'entry'; line: number; column: number } | { mode: 'item'; line: number; dash: number };

/** What holds a mapping or sequence: a parent key, an enclosing item, the root, or nothing sane. */
type Up = { step: Step; push: PathKey[] } | 'root' | undefined;

/** The key on `parentLine` holds a block below it (and is not a block scalar's header). */
function viaKey(parentLine: number, s: LineShape, push: PathKey[]): Up {
  if (s.key === undefined || !valueIsBlank(s.value) || valueIsBlockScalar(s.value))
    return undefined;
  return { step: { mode: 'entry', line: parentLine, column: s.content }, push: [...push, s.key] };
}

/** What holds the mapping whose keys sit at column `t`, one of them on `line`. */
function aboveEntry(shapeOf: Shapes, line: number, t: number): Up {
  const own = shapeOf(line);
  if (own.dashes.length > 0 && own.content === t)
    return { step: { mode: 'item', line, dash: own.dashes.length - 1 }, push: [] };
  for (let m = line - 1; m >= 0; m--) {
    // Siblings, their values, and compact sequences at the keys' own column.
    if (shapeOf.indent(m) >= t) continue;
    const s = shapeOf(m);
    if (s.blank) continue;
    if (s.dashes.length > 0 && s.content === t)
      return { step: { mode: 'item', line: m, dash: s.dashes.length - 1 }, push: [] };
    if (s.key !== undefined && s.content < t) return viaKey(m, s, []);
    // A lone `-` whose item mapping starts on the next line.
    if (!s.hasContent && s.dashes.length > 0)
      return { step: { mode: 'item', line: m, dash: s.dashes.length - 1 }, push: [] };
    return undefined;
  }
  return 'root';
}

/** What holds the sequence item whose marker is `dashes[dash]` on `line`, and the item's index. */
function aboveItem(shapeOf: Shapes, line: number, dash: number): Up {
  const own = shapeOf(line);
  // `- - x`: the inner sequence starts on this line, so this is its first item.
  if (dash > 0) return { step: { mode: 'item', line, dash: dash - 1 }, push: [0] };
  const d = own.dashes[0];
  let index = 0;
  for (let m = line - 1; m >= 0; m--) {
    if (shapeOf.indent(m) > d) continue;
    const s = shapeOf(m);
    if (s.blank) continue;
    const sibling = s.dashes.indexOf(d);
    if (sibling >= 0) {
      index++;
      // `- - a` above: the sequence started there, inside the item of the marker before it.
      if (sibling > 0) return { step: { mode: 'item', line: m, dash: sibling - 1 }, push: [index] };
      continue;
    }
    // `content <= d`: a compact sequence may sit at its key's own column.
    if (s.key !== undefined && s.content <= d) return viaKey(m, s, [index]);
    if (!s.hasContent && s.dashes.length > 0)
      return { step: { mode: 'item', line: m, dash: s.dashes.length - 1 }, push: [index] };
    return undefined;
  }
  // A sequence at the top: not a state machine.
  return undefined;
}

/**
 * Climbs from a key at `column` on `line` to the root: a line with less indentation is the
 * parent, a `- ` at the item's column a previous sibling item. Undefined inside a block scalar
 * or anywhere the lines above do not hold a mapping.
 */
function climb(shapeOf: Shapes, line: number, column: number): Walk | undefined {
  // Built from the cursor outwards, reversed at the end.
  const steps: PathKey[] = [];
  const mappings: { anchor: Anchor; stepsBelow: number }[] = [];
  let step: Step = { mode: 'entry', line, column };
  for (;;) {
    let up: Up;
    if (step.mode === 'entry') {
      mappings.push({ anchor: { line: step.line, column: step.column }, stepsBelow: steps.length });
      up = aboveEntry(shapeOf, step.line, step.column);
    } else up = aboveItem(shapeOf, step.line, step.dash);
    if (up === 'root') break;
    if (!up) return undefined;
    steps.push(...up.push);
    step = up.step;
  }
  const path = steps.reverse();
  return {
    path,
    mappings: mappings.map(({ anchor, stepsBelow }) => ({
      anchor,
      depth: path.length - stepsBelow,
    })),
  };
}

/** The entries of the mapping whose keys sit at `anchor.column`, one of them on `anchor.line`. */
function entries(
  shapeOf: Shapes,
  lineCount: number,
  anchor: Anchor,
  skipLine = -1,
): { key: string; value?: string }[] {
  const t = anchor.column;
  const out: { key: string; value?: string }[] = [];
  const take = (m: number, s: LineShape): void => {
    if (m !== skipLine && s.key !== undefined) out.push({ key: s.key, value: s.value });
  };
  const own = shapeOf(anchor.line);
  if (own.content === t) take(anchor.line, own);
  if (!(own.dashes.length > 0 && own.content === t)) {
    for (let m = anchor.line - 1; m >= 0; m--) {
      if (shapeOf.indent(m) > t) continue;
      const s = shapeOf(m);
      if (s.blank) continue;
      if (s.indent === t) {
        // A `- ` at the keys' column is a sibling's compact sequence.
        if (s.dashes.length === 0) take(m, s);
        continue;
      }
      if (s.dashes.length > 0 && s.content === t) take(m, s);
      break;
    }
  }
  for (let m = anchor.line + 1; m < lineCount; m++) {
    if (shapeOf.indent(m) > t) continue;
    const s = shapeOf(m);
    if (s.blank) continue;
    if (s.indent < t) break;
    if (s.dashes.length === 0) take(m, s);
  }
  return out;
}

function knownOf(list: { key: string; value?: string }[]): Known {
  const known: Record<string, string> = {};
  for (const { key, value } of list) {
    const scalar = scalarValue(value);
    if (scalar !== undefined) known[key] = scalar;
  }
  return known;
}

function context(shapeOf: Shapes, lineCount: number, walk: Walk, skipLine: number): MappingContext {
  const known: Known[] = Array.from({ length: walk.path.length + 1 }, () => ({}));
  let existing: string[] = [];
  for (const { anchor, depth } of walk.mappings) {
    const list = entries(shapeOf, lineCount, anchor, skipLine);
    known[depth] = knownOf(list);
    if (depth === walk.path.length) existing = list.map((e) => e.key);
  }
  return { path: walk.path, known, existing };
}

const KEY_SLOT = /^([ \t]*)((?:-[ \t]+)*)([^\s:#"'{}[\],]*)$/;

/**
 * What the cursor (1-based line and column) is about to write: a key of some mapping, or the
 * value of the key on its line; undefined elsewhere (inside a block scalar, a flow collection).
 */
export function yamlSlot(
  lines: readonly string[],
  line: number,
  column: number,
): KeySlot | ValueSlot | undefined {
  const i = line - 1;
  const text = lines[i] ?? '';
  const before = text.slice(0, column - 1);
  const keyMatch = KEY_SLOT.exec(before);
  const written = lineShape(text);
  // Inside or before a key already written: a completion would leave its old tail behind.
  const inWrittenKey = written.keyEnd !== undefined && column - 1 <= written.keyEnd;
  if (keyMatch && !inWrittenKey) {
    const [, spaces, markers, prefix] = keyMatch;
    const indent = spaces.length + markers.length;
    const dashes: number[] = [];
    for (let c = spaces.length; c < indent; c++) if (before[c] === '-') dashes.push(c);
    // A blank line says nothing until the cursor's column does: that is where the key goes.
    const shape: LineShape = {
      blank: false,
      indent: spaces.length,
      dashes,
      content: indent,
      hasContent: false,
    };
    const shapeOf = shapes(lines, { line: i, shape });
    const walk = climb(shapeOf, i, indent);
    if (!walk) return undefined;
    return {
      kind: 'key',
      prefix,
      start: column - prefix.length,
      indent,
      ...context(shapeOf, lines.length, walk, i),
    };
  }
  const shape = written;
  if (shape.key === undefined || shape.keyEnd === undefined || column - 1 <= shape.keyEnd)
    return undefined;
  const afterColon = before.slice(before.indexOf(':', shape.keyEnd) + 1);
  const valueMatch = /^([ \t]*)(["']?)([^\s"'#]*)$/.exec(afterColon);
  if (!valueMatch) return undefined;
  const [, gap, quote, prefix] = valueMatch;
  const shapeOf = shapes(lines);
  const walk = climb(shapeOf, i, shape.content);
  if (!walk) return undefined;
  return {
    kind: 'value',
    key: shape.key,
    prefix,
    start: column - prefix.length,
    quoted: quote !== '',
    needsSpace: gap === '' && quote === '',
    ...context(shapeOf, lines.length, walk, i),
  };
}

/** The key under a 1-based position, if any, with where it is in the document. */
export function yamlKeyAt(
  lines: readonly string[],
  line: number,
  column: number,
): KeyAt | undefined {
  const i = line - 1;
  const shapeOf = shapes(lines);
  const shape = shapeOf(i);
  if (shape.key === undefined || shape.keyEnd === undefined) return undefined;
  const c = column - 1;
  if (c < shape.content || c >= shape.keyEnd) return undefined;
  const walk = climb(shapeOf, i, shape.content);
  if (!walk) return undefined;
  let childKnown: Known = {};
  if (valueIsBlank(shape.value)) {
    for (let m = i + 1; m < lines.length; m++) {
      const s = shapeOf(m);
      if (s.blank) continue;
      if (s.indent > shape.content && s.dashes.length === 0)
        childKnown = knownOf(entries(shapeOf, lines.length, { line: m, column: s.content }));
      break;
    }
  }
  return {
    key: shape.key,
    start: shape.content + 1,
    end: shape.keyEnd + 1,
    childKnown,
    ...context(shapeOf, lines.length, walk, -1),
  };
}
