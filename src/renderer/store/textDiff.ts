/** A replacement of `length` characters at `offset` by `text`. */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

/**
 * The smallest single replacement that turns `before` into `after` (common prefix and suffix
 * kept), so an editor applying it keeps its cursor, folding and decorations elsewhere.
 */
export function minimalChange(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  // Whole blocks first (a native comparison each), then the last block character by character:
  // an undo on a 1,000-state definition compares hundreds of thousands of characters.
  let start = 0;
  while (start + BLOCK <= max && sameRange(before, start, after, start, BLOCK)) start += BLOCK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore - BLOCK >= start &&
    endAfter - BLOCK >= start &&
    sameRange(before, endBefore - BLOCK, after, endAfter - BLOCK, BLOCK)
  ) {
    endBefore -= BLOCK;
    endAfter -= BLOCK;
  }
  while (
    endBefore > start &&
    endAfter > start &&
    before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)
  ) {
    endBefore--;
    endAfter--;
  }
  return { offset: start, length: endBefore - start, text: after.slice(start, endAfter) };
}

const BLOCK = 256;

function sameRange(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  return a.slice(aStart, aStart + length) === b.slice(bStart, bStart + length);
}

/** Applies replacements given against the same original text (in any order, non-overlapping). */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  const sorted = [...changes].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const c of sorted) out = out.slice(0, c.offset) + c.text + out.slice(c.offset + c.length);
  return out;
}
