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

/** Beyond this many differing lines a Myers diff is not worth its cost: the gap is replaced whole. */
const MAX_EDIT_DISTANCE = 2000;
/** Gaps with more lines than this are first split at lines that occur once on each side (patience diff). */
const ANCHOR_ABOVE = 400;

/**
 * Pairs of equal lines `[indexInA, indexInB]`, strictly increasing in both: the common prefix and
 * suffix, lines unique to both sides kept in order (so many scattered changes stay cheap), and
 * Myers' O(ND) diff between them.
 */
export function matchLines(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const ids = new Map<string, number>();
  const id = (line: string): number => {
    let n = ids.get(line);
    if (n === undefined) ids.set(line, (n = ids.size));
    return n;
  };
  const pairs: Array<[number, number]> = [];
  matchRange(a.map(id), b.map(id), 0, a.length, 0, b.length, pairs);
  return pairs;
}

function matchRange(
  a: readonly number[],
  b: readonly number[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  out: Array<[number, number]>,
): void {
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) out.push([a0++, b0++]);
  const suffix: Array<[number, number]> = [];
  while (a1 > a0 && b1 > b0 && a[a1 - 1] === b[b1 - 1]) suffix.push([--a1, --b1]);
  if (a1 > a0 && b1 > b0) {
    const anchors = a1 - a0 + (b1 - b0) > ANCHOR_ABOVE ? uniqueAnchors(a, b, a0, a1, b0, b1) : [];
    if (anchors.length > 0) {
      let pa = a0;
      let pb = b0;
      for (const [x, y] of anchors) {
        matchRange(a, b, pa, x, pb, y, out);
        out.push([x, y]);
        pa = x + 1;
        pb = y + 1;
      }
      matchRange(a, b, pa, a1, pb, b1, out);
    } else {
      for (const [x, y] of myers(a.slice(a0, a1), b.slice(b0, b1))) out.push([x + a0, y + b0]);
    }
  }
  for (let i = suffix.length - 1; i >= 0; i--) out.push(suffix[i]);
}

/** Lines occurring exactly once in each range, as the longest run in the same order on both sides. */
function uniqueAnchors(
  a: readonly number[],
  b: readonly number[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
): Array<[number, number]> {
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  const posB = new Map<number, number>();
  for (let i = a0; i < a1; i++) countA.set(a[i], (countA.get(a[i]) ?? 0) + 1);
  for (let j = b0; j < b1; j++) {
    countB.set(b[j], (countB.get(b[j]) ?? 0) + 1);
    posB.set(b[j], j);
  }
  const candidates: Array<[number, number]> = [];
  for (let i = a0; i < a1; i++)
    if (countA.get(a[i]) === 1 && countB.get(a[i]) === 1) candidates.push([i, posB.get(a[i])!]);
  return longestIncreasing(candidates);
}

/** The longest subsequence of pairs increasing in their second member (patience sorting). */
function longestIncreasing(pairs: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < pairs[i][1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const out: Array<[number, number]> = [];
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) out.push(pairs[i]);
  return out.reverse();
}

function myers(a: readonly number[], b: readonly number[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  // Each round only reads diagonals -d..d, so only that slice is kept for the backtrack.
  const trace: Int32Array[] = [];
  const limit = Math.min(max, MAX_EDIT_DISTANCE);
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
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
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return []; // too different: no anchors, the caller replaces the whole gap
}

function backtrack(trace: Int32Array[], n: number, m: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const at = (k: number): number => v[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
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
  // Only the lines between the first and the last changed character need a diff.
  let head = 0;
  const shortest = Math.min(before.length, after.length);
  while (head < shortest && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shortest - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  const start = head === 0 ? 0 : before.lastIndexOf('\n', head - 1) + 1;
  const endA = lineEndAfter(before, before.length - tail);
  const endB = endA + after.length - before.length;
  return textEditsBetweenLines(before.slice(start, endA), after.slice(start, endB)).map((e) => ({
    ...e,
    offset: e.offset + start,
  }));
}

/** The end of the line holding offset `from` (just after its line break), or the end of the text. */
function lineEndAfter(text: string, from: number): number {
  if (from > 0 && text.charCodeAt(from - 1) === 10) return from;
  const next = text.indexOf('\n', from);
  return next < 0 ? text.length : next + 1;
}

function textEditsBetweenLines(before: string, after: string): TextEdit[] {
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
