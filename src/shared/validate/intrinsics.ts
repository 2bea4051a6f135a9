import {
  IntrinsicSyntaxError,
  looksLikeIntrinsic as simLooksLikeIntrinsic,
  parseIntrinsic,
} from '../sim/intrinsics';
import { JsonPathSyntaxError } from '../sim/jsonpath';

/**
 * Checks of intrinsic function calls (`States.Format('{}', $.x)`) on the simulator's parser, which
 * knows every function's name and arity and parses path arguments.
 */

/** True when a string is written as an intrinsic function call. */
export function looksLikeIntrinsic(text: string): boolean {
  return simLooksLikeIntrinsic(text);
}

/** Why an intrinsic call is not acceptable (syntax, unknown function, arity), or undefined. */
export function intrinsicProblem(text: string): string | undefined {
  try {
    parseIntrinsic(text);
    return undefined;
  } catch (error) {
    if (error instanceof IntrinsicSyntaxError || error instanceof JsonPathSyntaxError)
      return error.message;
    throw error;
  }
}
