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
 * Checks a JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign…): every key
 * ending in `.$` holds a path or an intrinsic call; a plain key holding something that looks like
 * one draws NO_DOLLAR. Iterative, so deep templates cannot overflow the stack.
 */
export function checkPayloadTemplate(
  value: unknown,
  pointer: string,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  const stack: [unknown, string][] = [[value, pointer]];
  while (stack.length > 0) {
    const [node, ptr] = stack.pop() as [unknown, string];
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], at(ptr, i)]);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const object = node as Record<string, unknown>;
    for (const key in object) {
      if (!has(object, key)) continue;
      const child = object[key];
      const childPtr = at(ptr, key);
      if (key.endsWith('.$')) {
        const plain = key.slice(0, -2);
        if (has(object, plain))
          ctx.report(
            CODES.SCHEMA_VALIDATION_FAILED,
            `Field '${plain}' is given twice: as '${plain}' and as '${key}'`,
            childPtr,
            scope.stateName,
          );
        checkDynamicValue(child, key, childPtr, scope, ctx);
      } else if (typeof child === 'string') {
        if (looksLikePath(child) || looksLikeIntrinsic(child))
          ctx.report(
            CODES.NO_DOLLAR,
            `The value of field '${key}' looks like a ${looksLikeIntrinsic(child) ? 'intrinsic function' : 'JSONPath'}, but its name does not end with '.$', so it is passed as a plain string`,
            childPtr,
            scope.stateName,
          );
      } else if (child !== null && typeof child === 'object') stack.push([child, childPtr]);
    }
  }
}

/** The value of a `key.$` field: a path or an intrinsic function call. */
function checkDynamicValue(
  value: unknown,
  key: string,
  pointer: string,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  if (isPlaceholder(value)) return;
  if (typeof value !== 'string') {
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `The value of field '${key}' must be a JSONPath or an intrinsic function call (a string)`,
      pointer,
      scope.stateName,
    );
    return;
  }
  const problem = value.startsWith('States.')
    ? intrinsicProblem(value)
    : value.startsWith('$')
      ? pathProblem(value, PAYLOAD_PATH)
      : `The value of field '${key}' must be a JSONPath (starting with '$') or an intrinsic function call (States.…)`;
  if (problem) ctx.report(CODES.SCHEMA_VALIDATION_FAILED, problem, pointer, scope.stateName);
}
