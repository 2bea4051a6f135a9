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
 * States.JsonMerge(a, b, deep): b's keys over a's. Shallow (false) replaces whole values; deep
 * (true) merges nested objects key by key.
 */
export function jsonMerge(args: unknown[]): JsonObject {
  const fn = 'States.JsonMerge';
  const left = expectArg<JsonObject>(fn, args, 0, 'object');
  const right = expectArg<JsonObject>(fn, args, 1, 'object');
  const deep = expectArg<boolean>(fn, args, 2, 'boolean');
  return deep ? deepMerge(left, right) : mergeShallow(left, right);
}

function deepMerge(left: JsonObject, right: JsonObject): JsonObject {
  const out = copyObject(left);
  for (const [key, value] of Object.entries(right)) {
    const existing = Object.prototype.hasOwnProperty.call(out, key) ? out[key] : undefined;
    setOwn(out, key, isObject(existing) && isObject(value) ? deepMerge(existing, value) : value);
  }
  return out;
}

function mergeShallow(left: JsonObject, right: JsonObject): JsonObject {
  const out = copyObject(left);
  for (const [key, value] of Object.entries(right)) setOwn(out, key, value);
  return out;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
