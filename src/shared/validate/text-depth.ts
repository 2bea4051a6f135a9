/**
 * How deeply a text nests, found by one scan over its brackets (outside strings), so that a
 * pathological document is refused before a recursive parser meets it.
 */
import { scanText } from '../asl/textScan';

/**
 * The deepest nesting AWS's JSON reader accepts (Jackson's default limit); deeper text is refused
 * with TOO_DEEPLY_NESTED rather than handed to a recursive parser.
 */
export const MAX_TEXT_DEPTH = 1000;

/** The offset where nesting first exceeds `limit`, or -1 when it never does. */
export function depthExceededAt(text: string, limit = MAX_TEXT_DEPTH): number {
  return scanText(text, limit).tooDeepAt;
}
