import type jsonata from 'jsonata';
import type { RandomSource } from '../random/random';
import { statesHash } from '../intrinsics/hash';

/** The random source AWS's `$random()` and `$uuid()` draw from during one evaluation. */
export interface JsonataRuntime {
  random: RandomSource;
}

/**
 * Registers the functions Step Functions adds to JSONata ($partition, $range, $hash, $random,
 * $uuid, $parse). `runtime` is read at call time, so one compiled expression serves every execution.
 */
export function registerAwsFunctions(
  expression: jsonata.Expression,
  runtime: () => JsonataRuntime,
): void {
  expression.registerFunction('partition', (array: unknown, size: unknown) => {
    if (!Array.isArray(array))
      throw jsonataError('$partition: the first argument must be an array');
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1)
      throw jsonataError('$partition: the chunk size must be a positive integer');
    const out: unknown[][] = [];
    for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size));
    return out;
  });
  expression.registerFunction('range', (start: unknown, end: unknown, step: unknown = 1) => {
    if (
      typeof start !== 'number' ||
      typeof end !== 'number' ||
      typeof step !== 'number' ||
      step === 0
    )
      throw jsonataError('$range: start, end and a non-zero step must be numbers');
    const out: number[] = [];
    for (let v = start; step > 0 ? v <= end : v >= end; v += step) {
      out.push(v);
      if (out.length > 1000) throw jsonataError('$range: the result has more than 1000 items');
    }
    // AWS builds the result as a JSONata sequence, and a sequence of one is that one value.
    return out.length === 1 ? out[0] : out;
  });
  expression.registerFunction('random', (seed?: unknown) => {
    if (seed === undefined) return runtime().random();
    if (typeof seed !== 'number') throw jsonataError('$random: the seed must be a number');
    // A seeded call is deterministic by definition: derive it from the seed alone.
    let t = (Math.trunc(seed) + 0x6d2b79f5) >>> 0;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  });
  expression.registerFunction('hash', (data: unknown, algorithm: unknown) => {
    try {
      return statesHash([typeof data === 'string' ? data : JSON.stringify(data), algorithm]);
    } catch (error) {
      throw jsonataError(
        `$hash: ${(error as { cause?: string }).cause ?? (error as Error).message}`,
      );
    }
  });
  expression.registerFunction('uuid', () => uuidFrom(runtime().random));
  expression.registerFunction('parse', (text: unknown) => {
    if (typeof text !== 'string') throw jsonataError('$parse: the argument must be a string');
    try {
      return JSON.parse(text);
    } catch {
      throw jsonataError(`$parse: the argument is not valid JSON: ${text}`);
    }
  });
}

/** A version-4 UUID drawn from the given random source. */
export function uuidFrom(random: RandomSource): string {
  const hex: string[] = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function jsonataError(message: string): Error {
  return Object.assign(new Error(message), { code: 'D3001' });
}
