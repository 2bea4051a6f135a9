import { escapeSegment, fromPointer, unescapeSegment } from './pointer';
import type { ParsedDocument } from './parse';
import { closeOf, closingQuote, scanOf, type TextScan } from './textScan';

/** Where a value sits in JSON text, and its key's offset when it is an object member. */
export interface Located {
  offset: number;
  length: number;
  keyOffset?: number;
}

/** Every ancestor of a pointer, itself included ('' is the root). */
function withAncestors(pointer: string, into: Set<string>): void {
  const segments = fromPointer(pointer);
  let p = '';
  into.add(p);
  for (const s of segments) {
    p += '/' + escapeSegment(s);
    into.add(p);
  }
}

/**
 * Finds the text ranges of the given JSON pointers (and of their ancestors) in valid JSON text,
 * descending only into containers on the way to a wanted pointer and skipping the rest: by the
 * scan's bracket pairs when one is given, else character by character. Building a full syntax
 * tree of a 5,000-state document costs hundreds of milliseconds; this costs a few. As in
 * JSON.parse, the last of duplicate keys wins.
 */
export function locatePointers(
  text: string,
  pointers: Iterable<string>,
  scan?: TextScan,
): Map<string, Located> {
  const wanted = new Set<string>();
  for (const p of pointers) withAncestors(p, wanted);
  const out = new Map<string, Located>();
  const n = text.length;
  let pos = 0;

  const ws = (): void => {
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
      else break;
    }
  };
  const skipString = (): void => {
    const q = closingQuote(text, pos);
    pos = q === -1 ? n : q + 1;
  };
  const skipValue = (): void => {
    const c = text.charCodeAt(pos);
    if (c === 34) return skipString();
    if (c !== 123 && c !== 91) {
      while (pos < n) {
        const d = text.charCodeAt(pos);
        if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9)
          return;
        pos++;
      }
      return;
    }
    const close = scan ? closeOf(scan, pos) : -1;
    if (close >= 0) {
      pos = close + 1;
      return;
    }
    let depth = 0;
    while (pos < n) {
      const d = text.charCodeAt(pos);
      if (d === 34) {
        skipString();
        continue;
      }
      pos++;
      if (d === 123 || d === 91) depth++;
      else if ((d === 125 || d === 93) && --depth === 0) return;
    }
  };
  // Descends only along wanted pointers, so the recursion is as deep as the deepest pointer.
  const value = (pointer: string, keyOffset: number | undefined): void => {
    ws();
    const start = pos;
    const c = text.charCodeAt(pos);
    if (c === 123 && hasWantedChild(pointer)) {
      pos++;
      ws();
      while (pos < n && text.charCodeAt(pos) !== 125) {
        const keyStart = pos;
        skipString();
        const raw = text.slice(keyStart, pos);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        ws();
        pos++; // the colon
        // Looked up by key: writing each member's pointer to test it would allocate for every
        // member of a large States object.
        const child = children.get(pointer)?.get(key);
        if (child !== undefined) value(child, keyStart);
        else {
          ws();
          skipValue();
        }
        ws();
        if (text.charCodeAt(pos) === 44) {
          pos++;
          ws();
        }
      }
      pos++;
    } else if (c === 91 && hasWantedChild(pointer)) {
      pos++;
      ws();
      let index = 0;
      while (pos < n && text.charCodeAt(pos) !== 93) {
        const child = `${pointer}/${index++}`;
        if (wanted.has(child)) value(child, undefined);
        else skipValue();
        ws();
        if (text.charCodeAt(pos) === 44) {
          pos++;
          ws();
        }
      }
      pos++;
    } else skipValue();
    out.set(
      pointer,
      keyOffset === undefined
        ? { offset: start, length: pos - start }
        : { offset: start, length: pos - start, keyOffset },
    );
  };
  // A container is entered only when some wanted pointer lies below it: the wanted pointers
  // by their parent and their last segment, unescaped (an object's key as the text has it).
  const children = new Map<string, Map<string, string>>();
  for (const p of wanted) {
    if (p === '') continue;
    const slash = p.lastIndexOf('/');
    const parent = p.slice(0, slash);
    let keys = children.get(parent);
    if (!keys) children.set(parent, (keys = new Map()));
    keys.set(unescapeSegment(p.slice(slash + 1)), p);
  }
  const hasWantedChild = (pointer: string): boolean => children.has(pointer);

  value('', undefined);
  return out;
}

/**
 * Ranges of pointers in a parsed document, each falling back to its nearest existing ancestor:
 * JSON located all at once (on the scan validation made, when it made one), YAML through the
 * parser's source map.
 */
export function pointerRanges(
  doc: ParsedDocument,
  pointers: Iterable<string>,
): (pointer: string) => Located | undefined {
  if (doc.format !== 'json' || doc.errors.length > 0)
    return (pointer) => doc.sourceMap.rangeOf(pointer);
  const found = locatePointers(doc.text, pointers, scanOf(doc));
  return (pointer) => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const range = found.get(p);
      if (range || p === '') return range;
    }
  };
}
