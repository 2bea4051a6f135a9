import type { JsonPathFunctionName } from './ast';

/**
 * Applies a Jayway path function (`length()`, `min()`…) to the value reached so far; returns
 * undefined when the function does not apply to that value.
 */
export function applyPathFunction(name: JsonPathFunctionName, value: unknown): unknown {
  switch (name) {
    case 'length':
    case 'size':
      if (Array.isArray(value) || typeof value === 'string') return value.length;
      if (isObject(value)) return Object.keys(value).length;
      return undefined;
    case 'keys':
      return isObject(value) ? Object.keys(value) : undefined;
    case 'first':
      return Array.isArray(value) && value.length > 0 ? value[0] : undefined;
    case 'last':
      return Array.isArray(value) && value.length > 0 ? value[value.length - 1] : undefined;
    default:
      return aggregate(name, value);
  }
}

function aggregate(
  name: 'min' | 'max' | 'avg' | 'sum' | 'stddev',
  value: unknown,
): number | undefined {
  if (!Array.isArray(value)) return undefined;
  const numbers = value.filter((item): item is number => typeof item === 'number');
  if (numbers.length === 0) return undefined;
  const sum = numbers.reduce((a, b) => a + b, 0);
  switch (name) {
    case 'min':
      return Math.min(...numbers);
    case 'max':
      return Math.max(...numbers);
    case 'sum':
      return sum;
    case 'avg':
      return sum / numbers.length;
    case 'stddev': {
      const mean = sum / numbers.length;
      return Math.sqrt(numbers.reduce((a, b) => a + (b - mean) ** 2, 0) / numbers.length);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
