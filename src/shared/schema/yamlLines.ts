/**
 * Reads one line of block YAML for its structure only (indentation, `- ` markers, a `key:`),
 * so a cursor's place can be found in text that does not parse as a whole.
 */
import { parseDocument } from 'yaml';

/** What a line of block YAML holds; columns are 0-based character indexes. */
export interface LineShape {
  /** Blank, a comment, or a document marker: no structure. */
  blank: boolean;
  /** Column of the first character that is not a space. */
  indent: number;
  /** Columns of the `- ` sequence markers before the content. */
  dashes: number[];
  /** Column where the content starts, after any markers. */
  content: number;
  /** Something other than a comment follows the markers. */
  hasContent: boolean;
  /** The mapping key on the line, unquoted. */
  key?: string;
  /** Column just after the key's text (its closing quote included). */
  keyEnd?: number;
  /** The text after `key:`, untrimmed. */
  value?: string;
}

// The first `:` followed by a blank or the line's end ends a key; quoted keys may hold anything.
const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#"'{}[\],][^#]*?))[ \t]*:(?=[ \t]|$)/;

function unquoteDouble(body: string): string {
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    return body;
  }
}

/** The structure of one line. */
export function lineShape(text: string): LineShape {
  let pos = 0;
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t')) pos++;
  const indent = pos;
  const dashes: number[] = [];
  while (text[pos] === '-' && (pos + 1 === text.length || /[ \t]/.test(text[pos + 1]))) {
    dashes.push(pos);
    pos++;
    while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t')) pos++;
  }
  const rest = text.slice(pos);
  const noContent = rest === '' || rest.startsWith('#');
  const marker = indent === 0 && /^(---|\.\.\.)(\s|$)/.test(text);
  const shape: LineShape = {
    blank: marker || (noContent && dashes.length === 0),
    indent,
    dashes,
    content: pos,
    hasContent: !noContent && !marker,
  };
  if (noContent || marker) return shape;
  const m = KEY.exec(rest);
  if (!m) return shape;
  const rawKey = m[1] ?? m[2] ?? m[3];
  shape.key =
    m[1] !== undefined
      ? unquoteDouble(rawKey)
      : m[2] !== undefined
        ? rawKey.replace(/''/g, "'")
        : rawKey.trimEnd();
  shape.keyEnd = pos + (m[3] !== undefined ? m[3].trimEnd().length : rawKey.length + 2);
  shape.value = rest.slice(m[0].length);
  return shape;
}

/** Whether the text after `key:` leaves the value to the following lines. */
export function valueIsBlank(value: string | undefined): boolean {
  const trimmed = (value ?? '').trim();
  return trimmed === '' || trimmed.startsWith('#');
}

/** Whether the text after `key:` opens a block scalar (`|`, `>-`), whose lines are text. */
export function valueIsBlockScalar(value: string | undefined): boolean {
  return /^[|>][-+0-9]*\s*(#.*)?$/.test((value ?? '').trim());
}

/** The scalar written after `key:` as a string (comments and quotes gone), if it is one. */
export function scalarValue(value: string | undefined): string | undefined {
  if (valueIsBlank(value) || valueIsBlockScalar(value)) return undefined;
  const doc = parseDocument(value ?? '', { logLevel: 'silent' });
  // Half-typed values (an unclosed quote) are simply not known yet.
  if (doc.errors.length > 0) return undefined;
  const parsed: unknown = doc.toJS();
  return typeof parsed === 'string' || typeof parsed === 'number' || typeof parsed === 'boolean'
    ? String(parsed)
    : undefined;
}
