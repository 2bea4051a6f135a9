import { StatesError } from '../errors';

/** The States.IntrinsicFailure error an intrinsic function raises for bad arguments. */
export function intrinsicFailure(functionName: string, message: string): StatesError {
  return new StatesError('States.IntrinsicFailure', `${functionName}: ${message}`);
}

/** Describes a JSON value's type the way the messages name it. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Checks an argument's type and raises States.IntrinsicFailure naming the argument when it is wrong. */
export function expectArg<T>(
  fn: string,
  args: readonly unknown[],
  index: number,
  expected: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object',
): T {
  const value = args[index];
  const ok =
    expected === 'array'
      ? Array.isArray(value)
      : expected === 'object'
        ? typeof value === 'object' && value !== null && !Array.isArray(value)
        : expected === 'integer'
          ? Number.isInteger(value)
          : typeof value === expected;
  if (!ok) {
    throw intrinsicFailure(
      fn,
      `argument ${index + 1} must be ${expected === 'array' || expected === 'object' || expected === 'integer' ? 'an' : 'a'} ${expected}, but was ${jsonTypeName(value)}: ${JSON.stringify(value)}`,
    );
  }
  return value as T;
}
