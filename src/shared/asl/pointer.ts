/** JSON pointers (RFC 6901): the way every diagnostic and edit names a place in a document. */

export type PathSegment = string | number;

/** Escapes one segment for use in a pointer. */
export function escapeSegment(segment: PathSegment): string {
  const text = String(segment);
  // Most segments need no escaping; skip the regex work for them.
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The text of one pointer segment: `~1` back to `/`, `~0` back to `~`. */
export function unescapeSegment(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

/** Builds a pointer such as `/States/A/Next` from its segments. */
export function toPointer(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) out += '/' + escapeSegment(segment);
  return out;
}

/** Splits a pointer into its (unescaped, string) segments. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Appends segments to a pointer. */
export function childPointer(pointer: string, ...segments: PathSegment[]): string {
  return pointer + toPointer(segments);
}

/** Reads the value at a pointer, or undefined when the path does not exist. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of fromPointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (node !== null && typeof node === 'object')
      node = Object.prototype.hasOwnProperty.call(node, segment)
        ? (node as Record<string, unknown>)[segment]
        : undefined;
    else return undefined;
  }
  return node;
}
