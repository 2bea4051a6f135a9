import { escapeSegment, fromPointer } from '../asl/pointer';

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
 * Finds the text ranges of the given JSON pointers (and of their ancestors) in one scan of valid
 * JSON text, descending only into containers on the way to a wanted pointer and skipping the rest
 * character by character. Building a full syntax tree of a 5,000-state document costs hundreds
 * of milliseconds; this costs a few. As in JSON.parse, the last of duplicate keys wins.
 */
export function locatePointers(text: string, pointers: Iterable<string>): Map<string, Located> {
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
  // The closing quote is the first one not escaped by an odd run of backslashes; indexOf finds
  // candidates far faster than testing every character.
  const skipString = (): void => {
    let q = text.indexOf('"', pos + 1);
    while (q !== -1) {
      let backslashes = 0;
      while (text.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) break;
      q = text.indexOf('"', q + 1);
    }
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
        const child =
          pointer + '/' + (key.includes('~') || key.includes('/') ? escapeSegment(key) : key);
        if (wanted.has(child)) value(child, keyStart);
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
  // A container is entered only when some wanted pointer lies below it.
  const parents = new Set<string>();
  for (const p of wanted) if (p !== '') parents.add(p.slice(0, p.lastIndexOf('/')));
  const hasWantedChild = (pointer: string): boolean => parents.has(pointer);

  value('', undefined);
  return out;
}
