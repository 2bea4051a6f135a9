import { seededRandom, type RandomSource } from '../random/random';
import { expectArg, intrinsicFailure } from './failure';

export type { RandomSource };

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/**
 * States.MathRandom(start, end[, seed]): an integer in [start, end). With a seed, the draw comes
 * from a generator seeded by it (the same seed gives the same number), else from `random`.
 */
export function mathRandom(args: unknown[], random: RandomSource): number {
  const fn = 'States.MathRandom';
  const start = expectArg<number>(fn, args, 0, 'integer');
  const end = expectArg<number>(fn, args, 1, 'integer');
  if (end <= start)
    throw intrinsicFailure(fn, `the end (${end}) must be greater than the start (${start})`);
  const source = args.length > 2 ? seededRandom(expectArg<number>(fn, args, 2, 'integer')) : random;
  return start + Math.floor(source() * (end - start));
}

/**
 * States.MathAdd(a, b): the sum as an integer. AWS rounds each operand half-up first (Java's
 * Math.round: 2.5 → 3, -2.5 → -2, -0.5 → 0), as the recorded executions show.
 */
export function mathAdd(args: unknown[]): number {
  const fn = 'States.MathAdd';
  const a = Math.round(expectArg<number>(fn, args, 0, 'number'));
  const b = Math.round(expectArg<number>(fn, args, 1, 'number'));
  // Java int arithmetic: operands and the sum must each fit in 32 bits.
  for (const value of [a, b, a + b]) {
    if (!(value >= INT_MIN && value <= INT_MAX)) {
      throw intrinsicFailure(fn, `${value} is outside the integer range ${INT_MIN} to ${INT_MAX}`);
    }
  }
  return a + b + 0;
}
