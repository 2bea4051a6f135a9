import type { ParsedDocument } from './parse';

/**
 * One scan of a text's brackets and quotes (outside strings), for what is needed before and after
 * parsing: how deep it nests (so pathological text is refused before a recursive parser meets
 * it), how many object members it writes (for the duplicate-key check), and where each container
 * closes (so JSON pointers are located without reading the text again).
 */
export interface TextScan {
  /** The offset where nesting first exceeds the limit, or -1 when it never does (the scan stops there). */
  tooDeepAt: number;
  /** Strings followed by a colon: the members of JSON objects. */
  members: number;
  /** How many containers (`{` and `[`) the scan met. */
  containers: number;
  /** The offset of every `{` and `[`, in text order (the first `containers` entries). */
  opens: Int32Array;
  /** The offset of the bracket that closes each of `opens` (-1 when none does). */
  closes: Int32Array;
  /**
   * Where each line starts (the first `lines` entries), from the newlines outside strings: all
   * of a valid JSON text's, since its strings hold none.
   */
  lineStarts: Int32Array;
  lines: number;
}

/** Scans a text once (see TextScan), stopping where it nests deeper than `limit`. */
export function scanText(text: string, limit = Infinity): TextScan {
  // Typed arrays, grown by doubling: no boxed numbers for the collector to trace.
  let opens: Int32Array = new Int32Array(Math.max(64, text.length >> 6));
  let closes: Int32Array = new Int32Array(opens.length);
  let containers = 0;
  let lineStarts: Int32Array = new Int32Array(Math.max(64, text.length >> 5));
  let lines = 1;
  // The containers open at this point, as indexes into `opens`.
  const open: number[] = [];
  // Counted apart from `open`: a stray closing bracket takes it below zero.
  let depth = 0;
  let members = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip a JSON string (YAML's flow collections use the same brackets and quotes).
      i = closingQuote(text, i);
      if (i < 0) break;
      // A colon after the string (past whitespace) makes it a member's key.
      let j = i + 1;
      let d = text.charCodeAt(j);
      while (d === 32 || d === 10 || d === 13 || d === 9) d = text.charCodeAt(++j);
      if (d === 58) members++;
    } else if (c === 91 || c === 123) {
      if (++depth > limit)
        return { tooDeepAt: i, members, containers, opens, closes, lineStarts, lines };
      if (containers === opens.length) {
        opens = grow(opens);
        closes = grow(closes);
      }
      open.push(containers);
      opens[containers] = i;
      closes[containers++] = -1;
    } else if (c === 93 || c === 125) {
      depth--;
      const k = open.pop();
      if (k !== undefined) closes[k] = i;
    } else if (c === 10) {
      if (lines === lineStarts.length) lineStarts = grow(lineStarts);
      lineStarts[lines++] = i + 1;
      // The indentation after a newline, in a loop of its own: pretty-printed text is mostly
      // indentation, and this test is cheaper than the chain above for each space.
      while (text.charCodeAt(i + 1) === 32) i++;
    }
  }
  return { tooDeepAt: -1, members, containers, opens, closes, lineStarts, lines };
}

/** A typed array twice as long, holding the same entries. */
function grow(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/**
 * The offset of the quote that closes the string opened at `open`, or -1 when it is unterminated:
 * the first quote after it not escaped by an odd run of backslashes (found by indexOf, which is
 * much faster than testing every character).
 */
export function closingQuote(text: string, open: number): number {
  let q = text.indexOf('"', open + 1);
  while (q !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
  return -1;
}

/** The offset of the bracket closing the container that opens at `offset`, or -1 when unknown. */
export function closeOf(scan: TextScan, offset: number): number {
  const opens = scan.opens;
  let lo = 0;
  let hi = scan.containers - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = opens[mid];
    if (at === offset) return scan.closes[mid];
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Keeps a full scan of a document's text (one that did not stop early) for scanOf: validateText
 * scans before parsing, and whoever locates pointers in the same text next reuses it.
 */
export function rememberScan(doc: ParsedDocument, scan: TextScan): void {
  if (scan.tooDeepAt < 0) doc.scan = scan;
}

/** The scan of a document's text: the one validation made, or a new one. */
export function scanOf(doc: ParsedDocument): TextScan {
  return (doc.scan ??= scanText(doc.text));
}
