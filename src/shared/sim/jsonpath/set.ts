import { StatesError } from '../errors';
import type { JsonPathAst } from './ast';
import { copyObject, setOwn, type JsonObject } from './json-object';
import { parseJsonPath, isReferencePath } from './parse';

/**
 * Writes `value` at a reference path (ResultPath) and returns the new root. Only the containers
 * along the written path are copied (a shallow copy each), so the rest of the payload is shared,
 * never deep-copied. Missing objects on the way are created; a step that meets a value of the wrong
 * kind throws States.ResultPathMatchFailure.
 */
export function setAtReferencePath(
  target: unknown,
  path: JsonPathAst | string,
  value: unknown,
): unknown {
  const ast = typeof path === 'string' ? parseJsonPath(path) : path;
  if (!isReferencePath(ast)) {
    throw new StatesError(
      'States.ResultPathMatchFailure',
      `The path '${ast.source}' is not a reference path`,
    );
  }
  return setFrom(ast, 0, target, value);
}

function setFrom(ast: JsonPathAst, i: number, node: unknown, value: unknown): unknown {
  if (i === ast.steps.length) return value;
  const step = ast.steps[i];
  if (step.kind === 'property') {
    const name = step.names[0];
    if (!isObject(node)) throw unableToApply(name, node);
    const copy = copyObject(node);
    const child = Object.prototype.hasOwnProperty.call(node, name)
      ? node[name]
      : i + 1 < ast.steps.length
        ? {}
        : undefined;
    setOwn(copy, name, setFrom(ast, i + 1, child, value));
    return copy;
  }
  if (step.kind === 'index' && Array.isArray(node)) {
    const index = step.indexes[0];
    if (index < node.length) {
      const copy = node.slice();
      copy[index] = setFrom(ast, i + 1, node[index], value);
      return copy;
    }
  }
  throw unableToApply(formatIndexStep(step), node);
}

function formatIndexStep(step: JsonPathAst['steps'][number]): string {
  return step.kind === 'index' ? `[${step.indexes[0]}]` : step.kind;
}

/** AWS's States.ResultPathMatchFailure when a ResultPath step meets a non-object (or a missing index). */
export function unableToApply(step: string, node: unknown): StatesError {
  return new StatesError(
    'States.ResultPathMatchFailure',
    `Unable to apply step "${step}" to input ${JSON.stringify(node === undefined ? null : node)}`,
  );
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
