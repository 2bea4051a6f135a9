import type { JsonValue } from '../../asl/types';

/** Sizes (upper bounds) already computed for objects, which the engine passes on uncopied. */
const knownSize = new WeakMap<object, number>();

/**
 * True when a value's JSON text is larger than `limit` UTF-8 bytes. A cheap upper bound is walked
 * first (stopping as soon as it passes the limit); only values near the limit are serialised for
 * the exact byte count. Sizes found for objects are remembered, because the engine passes the
 * same object from state to state instead of copying it.
 */
export function exceedsPayloadLimit(value: unknown, limit: number): boolean {
  const isObject = value !== null && typeof value === 'object';
  if (isObject) {
    const known = knownSize.get(value);
    if (known !== undefined && known <= limit) return false;
  }
  const bound = upperBound(value, limit);
  if (bound <= limit) {
    if (isObject) knownSize.set(value, bound);
    return false;
  }
  const exact = exactBytes(value);
  if (isObject) knownSize.set(value, exact);
  return exact > limit;
}

/** The UTF-8 byte length of a value's JSON text. */
export function exactBytes(value: unknown): number {
  const text = JSON.stringify(value as JsonValue) ?? '';
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// Each UTF-16 unit costs at most 6 bytes in JSON (a \u00XX escape), so 6 × length bounds a string.
function upperBound(value: unknown, limit: number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || v === undefined) total += 4;
    else if (typeof v === 'string') total += v.length * 6 + 2;
    else if (typeof v === 'number') total += 24;
    else if (typeof v === 'boolean') total += 5;
    else if (Array.isArray(v)) {
      total += 2 + v.length;
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else if (typeof v === 'object') {
      total += 2;
      for (const key in v as Record<string, unknown>) {
        total += key.length * 6 + 4;
        stack.push((v as Record<string, unknown>)[key]);
      }
    }
    if (total > limit) return total;
  }
  return total;
}
