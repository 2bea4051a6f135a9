/**
 * How deeply a text nests, found by one scan over its brackets (outside strings), so that a
 * pathological document is refused before a recursive parser meets it.
 */

/**
 * The deepest nesting AWS's JSON reader accepts (Jackson's default limit); deeper text is refused
 * with TOO_DEEPLY_NESTED rather than handed to a recursive parser.
 */
export const MAX_TEXT_DEPTH = 1000;

/** The offset where nesting first exceeds `limit`, or -1 when it never does. */
export function depthExceededAt(text: string, limit = MAX_TEXT_DEPTH): number {
  return scanText(text, limit).tooDeepAt;
}

/**
 * One scan of a text for what validateText needs before and after parsing: the offset where
 * nesting first exceeds `limit` (-1 when it never does; the scan stops there), and the number of
 * object members in JSON text (strings followed by a colon), for the duplicate-key check.
 */
export function scanText(
  text: string,
  limit = MAX_TEXT_DEPTH,
): { tooDeepAt: number; members: number } {
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
      if (++depth > limit) return { tooDeepAt: i, members };
    } else if (c === 93 || c === 125) depth--;
  }
  return { tooDeepAt: -1, members };
}

/**
 * The offset of the quote that closes the string opened at `open`, or -1 when it is unterminated:
 * the first quote after it not escaped by an odd run of backslashes (found by indexOf, which is
 * much faster than testing every character).
 */
function closingQuote(text: string, open: number): number {
  let q = text.indexOf('"', open + 1);
  while (q !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
  return -1;
}
