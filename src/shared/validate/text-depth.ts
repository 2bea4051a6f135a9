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
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip a JSON string (YAML's flow collections use the same brackets and quotes).
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}
