import { jsonEqual } from '../jsonpath/json-equal';
import { expectArg, intrinsicFailure } from './failure';

/** AWS caps States.ArrayRange at 1,000 items. */
const MAX_RANGE_ITEMS = 1000;

/** States.Array: its arguments as one array. */
export function statesArray(args: unknown[]): unknown[] {
  return args;
}

/** States.ArrayPartition(array, size): consecutive chunks of `size` items, the last one shorter. */
export function arrayPartition(args: unknown[]): unknown[][] {
  const fn = 'States.ArrayPartition';
  const array = expectArg<unknown[]>(fn, args, 0, 'array');
  const size = expectArg<number>(fn, args, 1, 'integer');
  if (size <= 0)
    throw intrinsicFailure(fn, `the chunk size must be greater than 0, but was ${size}`);
  const chunks: unknown[][] = [];
  for (let i = 0; i < array.length; i += size) chunks.push(array.slice(i, i + size));
  return chunks;
}

/** States.ArrayContains(array, value): whether any item equals `value` (deep equality). */
export function arrayContains(args: unknown[]): boolean {
  const array = expectArg<unknown[]>('States.ArrayContains', args, 0, 'array');
  return array.some((item) => jsonEqual(item, args[1]));
}

/** States.ArrayRange(start, end, step): start, start+step, … up to and including end. */
export function arrayRange(args: unknown[]): number[] {
  const fn = 'States.ArrayRange';
  const start = expectArg<number>(fn, args, 0, 'integer');
  const end = expectArg<number>(fn, args, 1, 'integer');
  const step = expectArg<number>(fn, args, 2, 'integer');
  if (step === 0) throw intrinsicFailure(fn, 'the step must not be 0');
  const count = Math.max(0, Math.floor((end - start) / step) + 1);
  if (count > MAX_RANGE_ITEMS) {
    throw intrinsicFailure(
      fn,
      `the range would have ${count} items; at most ${MAX_RANGE_ITEMS} are allowed`,
    );
  }
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(start + i * step);
  return out;
}

/** States.ArrayGetItem(array, index): the item at a zero-based index (null for an empty array). */
export function arrayGetItem(args: unknown[]): unknown {
  const fn = 'States.ArrayGetItem';
  const array = expectArg<unknown[]>(fn, args, 0, 'array');
  const index = expectArg<number>(fn, args, 1, 'integer');
  // Observed on AWS: any index into an empty array gives null rather than failing.
  if (array.length === 0) return null;
  if (index < 0 || index >= array.length) {
    throw intrinsicFailure(
      fn,
      `index ${index} is out of bounds for an array of length ${array.length}`,
    );
  }
  return array[index];
}

/** States.ArrayLength(array): its number of items. */
export function arrayLength(args: unknown[]): number {
  return expectArg<unknown[]>('States.ArrayLength', args, 0, 'array').length;
}

/** States.ArrayUnique(array): the items without repeats, first occurrence kept, order kept. */
export function arrayUnique(args: unknown[]): unknown[] {
  const array = expectArg<unknown[]>('States.ArrayUnique', args, 0, 'array');
  const out: unknown[] = [];
  const seenPrimitives = new Set<unknown>();
  for (const item of array) {
    if (typeof item !== 'object' || item === null) {
      if (seenPrimitives.has(item)) continue;
      seenPrimitives.add(item);
      out.push(item);
    } else if (!out.some((kept) => jsonEqual(kept, item))) {
      out.push(item);
    }
  }
  return out;
}
