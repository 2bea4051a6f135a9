import type { Obj } from '../types';

// Finding the variables a state reads: `$name` in its JSONPath paths and intrinsic functions, and
// in its JSONata expressions (minus the expression's own locals and JSONata's functions).

const has = (object: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(object, key);

// JSONata functions, which are referenced as `$name` too (e.g. passed to $map without a call).
const JSONATA_FUNCTIONS = new Set(
  (
    'string length substring substringBefore substringAfter uppercase lowercase trim pad contains split join match replace ' +
    'eval base64encode base64decode encodeUrlComponent encodeUrl decodeUrlComponent decodeUrl number abs floor ceil round ' +
    'power sqrt random formatNumber formatBase formatInteger parseInteger sum max min average boolean not exists count append ' +
    'sort reverse shuffle distinct zip keys lookup spread merge sift each error assert type map filter single reduce now millis ' +
    'fromMillis toMillis partition range hash uuid parse'
  ).split(' '),
);

/**
 * The names a state reads, each once. One list serves every state: it is emptied by its count,
 * since emptying an array (length = 0) lets V8 release its storage and the next state would
 * allocate it again.
 */
export class RefList {
  private names: string[] = [];
  count = 0;
  add(name: string): void {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return;
    this.names[this.count++] = name;
  }
  /** The names read so far, as a list of their own. */
  take(): string[] {
    return this.names.slice(0, this.count);
  }
}

/** Variable names referenced in a JSONata expression (minus its own locals and function names). */
function jsonataRefs(expr: string, out: RefList): void {
  const body = expr.slice(2, -2).replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const locals = new Set<string>();
  for (const m of body.matchAll(/\$([A-Za-z_]\w*)\s*:=/g)) locals.add(m[1]);
  for (const m of body.matchAll(/function\s*\(([^)]*)\)/g))
    for (const p of m[1].matchAll(/\$(\w+)/g)) locals.add(p[1]);
  for (const m of body.matchAll(/(?<![\w$])\$([A-Za-z_]\w*)(\s*\()?/g)) {
    const name = m[1];
    if (m[2] || name === 'states' || locals.has(name) || JSONATA_FUNCTIONS.has(name)) continue;
    out.add(name);
  }
}

/** True when a `$` is followed by a letter or `_` somewhere in a text. */
function hasVariableSign(text: string): boolean {
  for (let i = text.indexOf('$'); i !== -1; i = text.indexOf('$', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return true;
  }
  return false;
}

/** Variable names referenced in a JSONPath path or intrinsic function call. */
function jsonPathRefs(text: string, out: RefList): void {
  // Most paths read no variable ($. or $$.): skip the scan for them. Quoted text cannot put a
  // name right after a `$`, so a text without one has no reference.
  if (!hasVariableSign(text)) return;
  // A `$` that starts a name, outside single-quoted text (a terminated '…' with \ escapes), and
  // not right after a word character or another `$` (`$$` is the context object). A loop, not a
  // regex: a regex allocates a match for every reference.
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 39) {
      const close = closingSingleQuote(text, i);
      if (close > 0) i = close;
      continue;
    }
    if (
      c !== 36 ||
      (i > 0 && (isWordChar(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 36))
    )
      continue;
    const first = text.charCodeAt(i + 1);
    if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) continue;
    let end = i + 2;
    while (end < n && isWordChar(text.charCodeAt(end))) end++;
    out.add(text.slice(i + 1, end));
    i = end - 1;
  }
}

/** True for a character of `\w`: a letter, a digit or `_`. */
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** The offset of the quote closing a single-quoted text opened at `open`, or -1 when none does. */
function closingSingleQuote(text: string, open: number): number {
  for (let j = open + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 39) return j;
  }
  return -1;
}

const SKIP = new Set([
  'Comment',
  'Branches',
  'ItemProcessor',
  'Iterator',
  'Type',
  'Next',
  'Default',
  'End',
]);

/** Collects the variables a string (held under `key`) reads. */
function stringRefs(value: string, key: string, jsonata: boolean, out: RefList): void {
  // Most strings are neither `{% … %}` nor a path: their first character tells.
  const c = value.charCodeAt(0);
  if (c !== 123 && c !== 36 && (jsonata || !key.endsWith('.$'))) return;
  if (value.startsWith('{%') && value.endsWith('%}')) jsonataRefs(value, out);
  else if (
    !jsonata &&
    value.startsWith('$') &&
    (key.endsWith('.$') || key.endsWith('Path') || key === 'Variable')
  )
    jsonPathRefs(value, out);
  else if (!jsonata && key.endsWith('.$')) jsonPathRefs(value, out);
}

/**
 * Collects variable references in a field of a state (its own fields, not its nested machines):
 * strings up to 100 levels below the field. Strings are read in their container's loop, so the
 * many that read nothing cost no call.
 */
function referencesIn(value: unknown, key: string, jsonata: boolean, out: RefList): void {
  if (typeof value === 'string') stringRefs(value, key, jsonata, out);
  else if (value !== null && typeof value === 'object') containerRefs(value, key, jsonata, out, 0);
}

function containerRefs(
  value: object,
  key: string,
  jsonata: boolean,
  out: RefList,
  depth: number,
): void {
  // Members of a container at depth 100 would be at 101, beyond what is read.
  if (depth >= 100) return;
  if (Array.isArray(value))
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') stringRefs(v, key, jsonata, out);
      else if (v !== null && typeof v === 'object') containerRefs(v, key, jsonata, out, depth + 1);
    }
  else
    for (const k in value) {
      if (!has(value, k)) continue;
      const v: unknown = (value as Obj)[k];
      if (typeof v === 'string') stringRefs(v, k, jsonata, out);
      else if (v !== null && typeof v === 'object') containerRefs(v, k, jsonata, out, depth + 1);
    }
}

/**
 * Collects the variables a state reads in its own fields (not in its nested machines), as
 * JSONata or as JSONPath by the state's query language.
 */
export function stateReferences(state: Obj, jsonata: boolean, out: RefList): void {
  for (const key in state)
    if (has(state, key) && !SKIP.has(key)) referencesIn(state[key], key, jsonata, out);
}
