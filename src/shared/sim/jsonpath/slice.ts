import type { JsonPathStep } from './ast';

/** An index counted from the end when negative (`[-1]` is the last item). */
export function normalizeIndex(index: number, length: number): number {
  return index < 0 ? length + index : index;
}

/** The indexes a slice step selects in an array of `length` items. */
export function sliceIndexes(
  step: Extract<JsonPathStep, { kind: 'slice' }>,
  length: number,
): number[] {
  if (step.step === null) return jaywaySliceIndexes(step.start, step.end, length);
  const by = step.step;
  // With a step (beyond Jayway's grammar), Python's rules: bounds clamp, negatives count from the end.
  const low = by > 0 ? 0 : -1;
  const high = by > 0 ? length : length - 1;
  const resolve = (value: number | null, fallback: number) =>
    value === null ? fallback : Math.max(low, Math.min(high, value < 0 ? value + length : value));
  const out: number[] = [];
  if (by > 0) {
    for (let i = resolve(step.start, 0), end = resolve(step.end, length); i < end; i += by)
      out.push(i);
  } else {
    for (let i = resolve(step.start, length - 1), end = resolve(step.end, -1); i > end; i += by)
      out.push(i);
  }
  return out;
}

/**
 * Jayway's ArraySliceOperation, quirks and all, since AWS runs it: `[a:]` and `[:b]` count negative
 * bounds from the end, but `[a:b]` does not normalise `b`, and walks a negative `a` up through the
 * end-relative indexes (on five items `[-2:2]` gives items 3, 4, 0, 1).
 */
function jaywaySliceIndexes(start: number | null, end: number | null, length: number): number[] {
  const out: number[] = [];
  if (length === 0) return out;
  if (end === null) {
    const from = Math.max(0, start === null ? 0 : start < 0 ? start + length : start);
    for (let i = from; i < length; i++) out.push(i);
  } else if (start === null) {
    const to = Math.min(length, end < 0 ? end + length : end);
    for (let i = 0; i < to; i++) out.push(i);
  } else {
    const to = Math.min(length, end);
    for (let i = start; i < to; i++) {
      const index = i < 0 ? i + length : i;
      if (index >= 0 && index < length) out.push(index);
    }
  }
  return out;
}
