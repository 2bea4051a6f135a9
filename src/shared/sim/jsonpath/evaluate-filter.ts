import type { FilterExpr, FilterOperand, JsonPathAst } from './ast';
import { jsonEqual } from './json-equal';

/** Reads a filter operand's path: relative ones from the current item, others from their root. */
export type OperandResolver = (path: JsonPathAst, relative: boolean, item: unknown) => unknown;

/** Evaluates a filter for one candidate item; never throws on any JSON. */
export function matchesFilter(expr: FilterExpr, item: unknown, resolve: OperandResolver): boolean {
  switch (expr.kind) {
    case 'and':
      return matchesFilter(expr.left, item, resolve) && matchesFilter(expr.right, item, resolve);
    case 'or':
      return matchesFilter(expr.left, item, resolve) || matchesFilter(expr.right, item, resolve);
    case 'not':
      return !matchesFilter(expr.operand, item, resolve);
    case 'exists':
      return operandValue(expr.operand, item, resolve) !== undefined;
    case 'compare':
      return compare(
        expr.op,
        operandValue(expr.left, item, resolve),
        operandValue(expr.right, item, resolve),
      );
  }
}

function operandValue(operand: FilterOperand, item: unknown, resolve: OperandResolver): unknown {
  if (operand.kind === 'literal') return operand.value;
  if (operand.kind === 'regex') return operand.pattern;
  return resolve(operand.path, operand.relative, item);
}

function compare(op: string, left: unknown, right: unknown): boolean {
  switch (op) {
    case '==':
      return left !== undefined && jsonEqual(left, right);
    case '!=':
      return !(left !== undefined && jsonEqual(left, right));
    case '<':
    case '<=':
    case '>':
    case '>=':
      return order(op, left, right);
    case '=~':
      return typeof left === 'string' && right instanceof RegExp && right.test(left);
    case 'in':
      return Array.isArray(right) && right.some((x) => jsonEqual(left, x));
    case 'nin':
      return !(Array.isArray(right) && right.some((x) => jsonEqual(left, x)));
    case 'subsetof':
      return (
        Array.isArray(left) &&
        Array.isArray(right) &&
        left.every((x) => right.some((y) => jsonEqual(x, y)))
      );
    case 'anyof':
      return (
        Array.isArray(left) &&
        Array.isArray(right) &&
        left.some((x) => right.some((y) => jsonEqual(x, y)))
      );
    case 'noneof':
      return (
        Array.isArray(left) &&
        Array.isArray(right) &&
        !left.some((x) => right.some((y) => jsonEqual(x, y)))
      );
    case 'size':
      return (Array.isArray(left) || typeof left === 'string') && left.length === right;
    case 'empty':
      return (Array.isArray(left) || typeof left === 'string') && (left.length === 0) === right;
    case 'contains':
      if (Array.isArray(left)) return left.some((x) => jsonEqual(x, right));
      return typeof left === 'string' && typeof right === 'string' && left.includes(right);
    default:
      return false;
  }
}

// Jayway orders numbers with numbers and strings with strings; mixed types never match.
function order(op: string, left: unknown, right: unknown): boolean {
  const comparable =
    (typeof left === 'number' && typeof right === 'number') ||
    (typeof left === 'string' && typeof right === 'string');
  if (!comparable) return false;
  const l = left as number | string;
  const r = right as number | string;
  if (op === '<') return l < r;
  if (op === '<=') return l <= r;
  if (op === '>') return l > r;
  return l >= r;
}
