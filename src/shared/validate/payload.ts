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
 * templates cannot overflow the stack; pointers are written only to report or to descend.
 */
export function checkPayloadTemplate(
  value: unknown,
  parent: string,
  name: string | number,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  if (value === null || typeof value !== 'object') return;
  // Containers still to read, as (container, its parent's pointer, its key) triples; created
  // only when a template nests one (most are flat).
  let pending: unknown[] | undefined;
  let node: object = value;
  let nodeParent = parent;
  let nodeKey: string | number = name;
  for (;;) {
    // The node's own pointer, written when first needed.
    let pointer: string | undefined;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const item: unknown = node[i];
        if (item !== null && typeof item === 'object')
          (pending ??= []).push(item, (pointer ??= at(nodeParent, nodeKey)), i);
      }
    } else {
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
              at((pointer ??= at(nodeParent, nodeKey)), key),
              scope.stateName,
            );
          const problem = dynamicValueProblem(child, key);
          if (problem)
            ctx.report(
              CODES.SCHEMA_VALIDATION_FAILED,
              problem,
              at((pointer ??= at(nodeParent, nodeKey)), key),
              scope.stateName,
            );
        } else if (typeof child === 'string') {
          if (looksLikePath(child) || looksLikeIntrinsic(child))
            ctx.report(
              CODES.NO_DOLLAR,
              `The value of field '${key}' looks like a ${looksLikeIntrinsic(child) ? 'intrinsic function' : 'JSONPath'}, but its name does not end with '.$', so it is passed as a plain string`,
              at((pointer ??= at(nodeParent, nodeKey)), key),
              scope.stateName,
            );
        } else if (child !== null && typeof child === 'object')
          (pending ??= []).push(child, (pointer ??= at(nodeParent, nodeKey)), key);
      }
    }
    if (!pending || pending.length === 0) return;
    nodeKey = pending.pop() as string | number;
    nodeParent = pending.pop() as string;
    node = pending.pop() as object;
  }
}

/** What is wrong with the value of a `key.$` field (a path or an intrinsic call), if anything. */
function dynamicValueProblem(value: unknown, key: string): string | undefined {
  if (isPlaceholder(value)) return undefined;
  if (typeof value !== 'string')
    return `The value of field '${key}' must be a JSONPath or an intrinsic function call (a string)`;
  return value.startsWith('States.')
    ? intrinsicProblem(value)
    : value.startsWith('$')
      ? pathProblem(value, PAYLOAD_PATH)
      : `The value of field '${key}' must be a JSONPath (starting with '$') or an intrinsic function call (States.…)`;
}
