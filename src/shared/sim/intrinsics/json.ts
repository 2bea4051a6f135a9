import { copyObject, setOwn, type JsonObject } from '../jsonpath/json-object';
import { expectArg, intrinsicFailure } from './failure';

/** States.StringToJson(text): the parsed JSON; a blank string gives null, as AWS does. */
export function stringToJson(args: unknown[]): unknown {
  const fn = 'States.StringToJson';
  const text = expectArg<string>(fn, args, 0, 'string');
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw intrinsicFailure(
      fn,
      `the string is not valid JSON (${(error as Error).message}): ${text}`,
    );
  }
}

/** States.JsonToString(value): compact JSON text. */
export function jsonToString(args: unknown[]): string {
  return JSON.stringify(args[0]);
}

/**
 * States.JsonMerge(a, b, false): b's keys over a's, whole values replaced. AWS supports only this
 * shallow mode; `true` (deep merge) is rejected as invalid arguments, any other flag is ignored.
 */
export function jsonMerge(args: unknown[]): JsonObject {
  const fn = 'States.JsonMerge';
  const left = expectArg<JsonObject>(fn, args, 0, 'object');
  const right = expectArg<JsonObject>(fn, args, 1, 'object');
  // Observed on AWS: only a boolean true (deep mode) is refused; any other flag merges shallowly.
  if (args[2] === true)
    throw intrinsicFailure(fn, 'only the shallow merge (false) is supported by Step Functions');
  const out = copyObject(left);
  for (const [key, value] of Object.entries(right)) setOwn(out, key, value);
  return out;
}
