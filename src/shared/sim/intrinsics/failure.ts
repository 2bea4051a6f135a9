import { StatesError } from '../errors';

/**
 * An intrinsic function rejected its arguments. It carries our explanation (`detail`) and AWS's
 * own wording (`awsText`, by default "Invalid arguments in <function>"); evaluateIntrinsic turns it
 * into AWS's error for the call.
 */
export class IntrinsicArgumentError extends Error {
  readonly awsText: string;
  constructor(
    readonly functionName: string,
    readonly detail: string,
    awsText?: string,
  ) {
    super(`${functionName}: ${detail}`);
    this.name = 'IntrinsicArgumentError';
    this.awsText = awsText ?? `Invalid arguments in ${functionName}`;
  }
}

/**
 * The error a failed intrinsic call ends the state with. AWS reports bad intrinsic arguments as
 * States.Runtime (not States.IntrinsicFailure): "There was an error while evaluating the intrinsic
 * function: States.MathAdd($.a, 1). Invalid arguments in States.MathAdd". `detail` says why.
 */
export class IntrinsicEvaluationError extends StatesError {
  constructor(
    cause: string,
    readonly detail: string,
  ) {
    super('States.Runtime', cause);
  }
}

/** Raised by a function implementation when its arguments are wrong. */
export function intrinsicFailure(
  functionName: string,
  detail: string,
  awsText?: string,
): IntrinsicArgumentError {
  return new IntrinsicArgumentError(functionName, detail, awsText);
}

/** Describes a JSON value's type the way the messages name it. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Checks an argument's type, naming the argument when it is wrong. `integer` accepts any number
 * and truncates it toward zero, as AWS does (ArrayRange(1.4, 5.6, 2.2) runs as ArrayRange(1, 5, 2)).
 */
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
          ? typeof value === 'number'
          : typeof value === expected;
  if (!ok) {
    const article =
      expected === 'array' || expected === 'object' || expected === 'integer' ? 'an' : 'a';
    throw intrinsicFailure(
      fn,
      `argument ${index + 1} must be ${article} ${expected === 'integer' ? 'number' : expected}, but was ${jsonTypeName(value)}: ${JSON.stringify(value)}`,
    );
  }
  return (expected === 'integer' ? Math.trunc(value as number) + 0 : value) as T;
}
