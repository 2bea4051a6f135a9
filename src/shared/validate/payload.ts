import { CODES } from './codes';
import { at, type StateScope, type ValidationContext } from './context';
import { intrinsicProblem, looksLikeIntrinsic } from './intrinsics';
import { pathProblem, type PathRules } from './paths';
import { isPlaceholder } from './placeholders';
import { has } from './values';

const PAYLOAD_PATH: PathRules = { reference: false, context: true, variables: true };

/** True when a plain string would be read as a path if its key ended with `.$`. */
export function looksLikePath(text: string): boolean {
  return text.startsWith('$.') || text.startsWith('$$.') || text.startsWith('$[') || text === '$';
}

/**
 * Checks a JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign…) held in
 * field `name` of the object at `parent`: every key ending in `.$` holds a path or an intrinsic
 * call; a plain key holding something that looks like one draws NO_DOLLAR. Iterative, so deep
 * templates cannot overflow the stack; a member's pointer is written only to report.
 */
export function checkPayloadTemplate(
  value: unknown,
  parent: string,
  name: string | number,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  if (value === null || typeof value !== 'object') return;
  // Containers still to read, with their parent's pointer and their key in it.
  const nodes: object[] = [value];
  const parents: string[] = [parent];
  const keys: (string | number)[] = [name];
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const pointer = at(parents.pop() as string, keys.pop() as string | number);
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const item: unknown = node[i];
        if (item !== null && typeof item === 'object') {
          nodes.push(item);
          parents.push(pointer);
          keys.push(i);
        }
      }
      continue;
    }
    const object = node as Record<string, unknown>;
    for (const key in object) {
      if (!has(object, key)) continue;
      const child = object[key];
      if (key.endsWith('.$')) {
        const plain = key.slice(0, -2);
        if (has(object, plain))
          ctx.report(
            CODES.SCHEMA_VALIDATION_FAILED,
            `Field '${plain}' is given twice: as '${plain}' and as '${key}'`,
            at(pointer, key),
            scope.stateName,
          );
        checkDynamicValue(child, key, pointer, scope, ctx);
      } else if (typeof child === 'string') {
        if (looksLikePath(child) || looksLikeIntrinsic(child))
          ctx.report(
            CODES.NO_DOLLAR,
            `The value of field '${key}' looks like a ${looksLikeIntrinsic(child) ? 'intrinsic function' : 'JSONPath'}, but its name does not end with '.$', so it is passed as a plain string`,
            at(pointer, key),
            scope.stateName,
          );
      } else if (child !== null && typeof child === 'object') {
        nodes.push(child);
        parents.push(pointer);
        keys.push(key);
      }
    }
  }
}

/** The value of a `key.$` field (of the object at `parent`): a path or an intrinsic call. */
function checkDynamicValue(
  value: unknown,
  key: string,
  parent: string,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  if (isPlaceholder(value)) return;
  if (typeof value !== 'string') {
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `The value of field '${key}' must be a JSONPath or an intrinsic function call (a string)`,
      at(parent, key),
      scope.stateName,
    );
    return;
  }
  const problem = value.startsWith('States.')
    ? intrinsicProblem(value)
    : value.startsWith('$')
      ? pathProblem(value, PAYLOAD_PATH)
      : `The value of field '${key}' must be a JSONPath (starting with '$') or an intrinsic function call (States.…)`;
  if (problem)
    ctx.report(CODES.SCHEMA_VALIDATION_FAILED, problem, at(parent, key), scope.stateName);
}
