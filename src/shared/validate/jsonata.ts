import jsonata from 'jsonata';

/**
 * Syntax checks of JSONata expressions by compiling them with the jsonata package, as AWS does at
 * definition time. Results are cached by expression text: the linter re-validates on every
 * keystroke, and compiling costs 75–410 µs while a lookup costs nothing.
 */

const MAX_CACHE = 5000;
const cache = new Map<string, string | null>();

/** The jsonata compiler's message for an expression that does not compile, or undefined. */
export function jsonataSyntaxError(expression: string): string | undefined {
  const cached = cache.get(expression);
  if (cached !== undefined) return cached ?? undefined;
  let result: string | null = null;
  try {
    jsonata(expression);
  } catch (error) {
    const e = error as { code?: string; message?: string; position?: number };
    result = `${e.message ?? String(error)}${e.position !== undefined ? ` (at character ${e.position})` : ''}`;
  }
  // A bounded cache: drop the oldest entry rather than grow without limit while someone types.
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value as string);
  cache.set(expression, result);
  return result ?? undefined;
}
