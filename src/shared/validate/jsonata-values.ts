import { isJsonataExpression, jsonataBody } from '../asl/types';
import { CODES } from './codes';
import { at, type StateScope, type ValidationContext } from './context';
import { jsonataProblem } from './jsonata';
import { hasPlaceholder } from './placeholders';

/** Compiles one `{% … %}` string and reports what AWS would refuse in it. */
export function checkJsonataString(
  text: string,
  pointer: string,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  const body = jsonataBody(text);
  // `${Name}` is not JSONata: it is substituted before AWS parses the expression.
  if (hasPlaceholder(body)) return;
  if (body.trim() === '') {
    ctx.report(
      CODES.INVALID_JSONATA_EXPRESSION,
      'The JSONata expression is empty',
      pointer,
      scope.stateName,
    );
    return;
  }
  const problem = jsonataProblem(body);
  if (problem) ctx.report(problem.code, problem.message, pointer, scope.stateName);
}

/**
 * Walks a JSONata-state value (Arguments, Output, Assign, Items…): any JSON, in which every string
 * written as `{% … %}` is an expression. Iterative, so deep values cannot overflow the stack.
 */
export function checkJsonataValue(
  value: unknown,
  pointer: string,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  const stack: [unknown, string][] = [[value, pointer]];
  while (stack.length > 0) {
    const [node, ptr] = stack.pop() as [unknown, string];
    if (typeof node === 'string') {
      if (isJsonataExpression(node)) checkJsonataString(node, ptr, scope, ctx);
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], at(ptr, i)]);
    } else if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push([entries[i][1], at(ptr, entries[i][0])]);
    }
  }
}
