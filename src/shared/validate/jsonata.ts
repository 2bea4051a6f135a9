import jsonata from 'jsonata';
import { CODES } from './codes';

/**
 * Checks of JSONata expressions as AWS makes them at definition time: the expression must compile
 * with the jsonata package (INVALID_JSONATA_EXPRESSION), and it may not read a field at the top
 * level, where there is no context (`{% phone %}` instead of `{% $states.input.phone %}`:
 * UNSUPPORTED_JSONATA_EXPRESSION). Results are cached by expression text: the linter re-validates
 * on every keystroke, and compiling costs 75–410 µs while a lookup costs nothing.
 */

/** What is wrong with an expression. */
export interface JsonataProblem {
  code: string;
  message: string;
}

const MAX_CACHE = 5000;
const cache = new Map<string, JsonataProblem | null>();

/** The problem with an expression, or undefined when AWS would accept it. */
export function jsonataProblem(expression: string): JsonataProblem | undefined {
  const cached = cache.get(expression);
  if (cached !== undefined) return cached ?? undefined;
  let result: JsonataProblem | null = null;
  try {
    const name = topLevelField(jsonata(expression).ast() as AstNode);
    if (name !== undefined)
      result = {
        code: CODES.UNSUPPORTED_JSONATA_EXPRESSION,
        message: `Reference to '${name}' at the top level is not supported (use $states.input.${name} or a variable)`,
      };
  } catch (error) {
    const e = error as { message?: string; position?: number };
    result = {
      code: CODES.INVALID_JSONATA_EXPRESSION,
      message: `${e.message ?? String(error)}${e.position !== undefined ? ` (at character ${e.position})` : ''}`,
    };
  }
  // A bounded cache: drop the oldest entry rather than grow without limit while someone types.
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value as string);
  cache.set(expression, result);
  return result ?? undefined;
}

/** The parts of jsonata's syntax tree this check reads. */
interface AstNode {
  type?: string;
  value?: unknown;
  steps?: AstNode[];
  lhs?: AstNode | AstNode[][];
  rhs?: AstNode;
  expression?: AstNode;
  expressions?: AstNode[];
  arguments?: AstNode[];
  condition?: AstNode;
  then?: AstNode;
  else?: AstNode;
}

/**
 * The first field name read with no context: a path starting with a plain name, anywhere outside
 * a path's own steps (where names are relative to the step before) and outside lambdas (whose
 * context is the caller's).
 */
function topLevelField(root: AstNode): string | undefined {
  const stack: (AstNode | undefined)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    switch (node.type) {
      case 'path': {
        const first = node.steps?.[0];
        if (first?.type === 'name') return String(first.value);
        break;
      }
      case 'binary':
      case 'apply':
        stack.push(node.lhs as AstNode, node.rhs);
        break;
      case 'bind':
        stack.push(node.rhs);
        break;
      case 'condition':
        stack.push(node.condition, node.then, node.else);
        break;
      case 'block':
        stack.push(...(node.expressions ?? []));
        break;
      case 'function':
      case 'partial':
        stack.push(...(node.arguments ?? []));
        break;
      case 'unary':
        if (node.value === '-') stack.push(node.expression);
        else if (node.value === '[') stack.push(...(node.expressions ?? []));
        else if (node.value === '{' && Array.isArray(node.lhs))
          for (const pair of node.lhs as AstNode[][]) stack.push(...pair);
        break;
    }
  }
  return undefined;
}
