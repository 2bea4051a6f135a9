import type { TextEdit } from './textEdit';

/** Splits a text into lines, each keeping its line ending, so joining them gives the text back. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Beyond this many differing lines a diff is not worth its cost: one region replaces the middle. */
const MAX_EDIT_DISTANCE = 2000;

/**
 * Pairs of equal lines `[indexInA, indexInB]` forming a longest common subsequence (Myers' O(ND)
 * algorithm after trimming the common prefix and suffix). Sorted, strictly increasing in both.
 */
export function matchLines(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    pairs.push([start, start]);
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  const suffix: Array<[number, number]> = [];
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
    suffix.push([endA, endB]);
  }
  if (endA > start && endB > start) {
    const ids = new Map<string, number>();
    const id = (line: string): number => {
      let n = ids.get(line);
      if (n === undefined) ids.set(line, (n = ids.size));
      return n;
    };
    const ha = a.slice(start, endA).map(id);
    const hb = b.slice(start, endB).map(id);
    for (const [x, y] of myers(ha, hb)) pairs.push([x + start, y + start]);
  }
  for (let i = suffix.length - 1; i >= 0; i--) pairs.push(suffix[i]);
  return pairs;
}

function myers(a: readonly number[], b: readonly number[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  const limit = Math.min(max, MAX_EDIT_DISTANCE);
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[off + k - 1] < v[off + k + 1])
          ? v[off + k + 1]
          : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, off);
    }
  }
  return []; // too different: no anchors, the caller replaces the whole middle
}

function backtrack(
  trace: Int32Array[],
  n: number,
  m: number,
  off: number,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? k + 1 : k - 1;
    const prevX = v[off + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      out.push([x, y]);
    }
    if (d > 0) {
      x = prevX;
      y = prevY;
    }
  }
  return out.reverse();
}

/** The minimal edits (whole changed lines, then trimmed to the changed characters) that turn `before` into `after`. */
export function textEditsBetween(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  const offsetsA = lineOffsets(a);
  const offsetsB = lineOffsets(b);
  const edits: TextEdit[] = [];
  let ia = 0;
  let ib = 0;
  const flush = (toA: number, toB: number): void => {
    if (toA === ia && toB === ib) return;
    const oldText = before.slice(offsetsA[ia], offsetsA[toA]);
    const newText = after.slice(offsetsB[ib], offsetsB[toB]);
    edits.push(...refineEdit(offsetsA[ia], oldText, newText));
  };
  for (const [x, y] of matchLines(a, b)) {
    flush(x, y);
    ia = x + 1;
    ib = y + 1;
  }
  flush(a.length, b.length);
  return edits.filter((e) => e.length > 0 || e.newText.length > 0);
}

/** Hunks longer than this are diffed again word by word (a one-line minified document is one hunk). */
const REFINE_ABOVE = 160;

/** Splits a changed region into smaller edits at word and punctuation boundaries when it is long. */
function refineEdit(offset: number, oldText: string, newText: string): TextEdit[] {
  if (oldText.length + newText.length <= REFINE_ABOVE) return [trimEdit(offset, oldText, newText)];
  const a = oldText.split(WORDS);
  const b = newText.split(WORDS);
  const offA = lineOffsets(a);
  const offB = lineOffsets(b);
  const out: TextEdit[] = [];
  let ia = 0;
  let ib = 0;
  const flush = (toA: number, toB: number): void => {
    if (toA === ia && toB === ib) return;
    out.push(
      trimEdit(
        offset + offA[ia],
        oldText.slice(offA[ia], offA[toA]),
        newText.slice(offB[ib], offB[toB]),
      ),
    );
  };
  for (const [x, y] of matchLines(a, b)) {
    flush(x, y);
    ia = x + 1;
    ib = y + 1;
  }
  flush(a.length, b.length);
  return out;
}

/** Word boundaries for refining: runs of JSON/YAML punctuation and spaces are tokens of their own. */
const WORDS = /(?=[\s,:{}[\]"'])|(?<=[\s,:{}[\]"'])/;

function lineOffsets(lines: readonly string[]): number[] {
  const out = [0];
  for (const line of lines) out.push(out[out.length - 1] + line.length);
  return out;
}

function trimEdit(offset: number, oldText: string, newText: string): TextEdit {
  let p = 0;
  const max = Math.min(oldText.length, newText.length);
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let s = 0;
  while (
    s < max - p &&
    oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)
  )
    s++;
  return {
    offset: offset + p,
    length: oldText.length - p - s,
    newText: newText.slice(p, newText.length - s),
  };
}
