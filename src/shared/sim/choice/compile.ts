import type { ChoiceRule } from '../../asl/types';
import { StatesError } from '../errors';
import { choicePathCause } from '../jsonpath/causes';
import type { JsonPathAst } from '../jsonpath/ast';
import { tryEvaluatePath } from '../jsonpath/evaluate';
import { parseJsonPath } from '../jsonpath/parse';
import { COMPARISON_OPERATORS, TYPE_TESTS, compareValues } from './operators';
import { compileStringMatches } from './string-matches';
import { parseTimestamp } from './timestamp';

/** A compiled JSONPath Choice rule: does it hold for this input, context object and variables? */
export type ChoicePredicate = (
  input: unknown,
  context?: unknown,
  variables?: Readonly<Record<string, unknown>>,
) => boolean;

// Fields of a rule that are not its operator.
const NON_OPERATOR_FIELDS = new Set(['Variable', 'Next', 'Comment', 'Assign', 'Output']);

/**
 * Compiles a JSONPath Choice rule once (a comparison on `Variable`, or And/Or/Not of rules). A rule
 * that is malformed throws StatesError (States.Runtime) naming the problem; at run time a Variable
 * or `…Path` operand that names nothing throws States.Runtime with AWS's text, except for
 * IsPresent, which is what it tests.
 */
export function compileChoiceRule(rule: ChoiceRule): ChoicePredicate {
  return compileRule(rule, 'the rule');
}

function compileRule(rule: ChoiceRule, where: string): ChoicePredicate {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    throw invalid(`${where} must be an object`);
  }
  if (rule.And !== undefined || rule.Or !== undefined) {
    const key = rule.And !== undefined ? 'And' : 'Or';
    const list = rule[key];
    if (!Array.isArray(list) || list.length === 0)
      throw invalid(`'${key}' in ${where} must be a non-empty array of rules`);
    const parts = list.map((inner, i) => compileRule(inner, `${key}[${i}]`));
    return key === 'And'
      ? (input, context, variables) => parts.every((part) => part(input, context, variables))
      : (input, context, variables) => parts.some((part) => part(input, context, variables));
  }
  if (rule.Not !== undefined) {
    const inner = compileRule(rule.Not, 'Not');
    return (input, context, variables) => !inner(input, context, variables);
  }
  return compileComparison(rule, where);
}

function compileComparison(rule: ChoiceRule, where: string): ChoicePredicate {
  if (typeof rule.Variable !== 'string')
    throw invalid(`${where} needs a 'Variable' (or And, Or, Not)`);
  const variable = parsePath(rule.Variable, 'Variable');
  const operators = Object.keys(rule).filter((key) => !NON_OPERATOR_FIELDS.has(key));
  if (operators.length !== 1) {
    throw invalid(
      operators.length === 0
        ? `${where} has no comparison operator`
        : `${where} must have exactly one comparison operator, but has ${operators.join(', ')}`,
    );
  }
  const name = operators[0];
  const operand = rule[name];
  const read =
    (path: JsonPathAst) =>
    (input: unknown, context: unknown, variables?: Readonly<Record<string, unknown>>) => {
      const value = tryEvaluatePath(path, input, context, variables);
      if (value === undefined)
        throw new StatesError('States.Runtime', choicePathCause(path.source));
      return value;
    };
  const readVariable = read(variable);

  const typeTest = TYPE_TESTS[name];
  if (typeTest) {
    if (typeof operand !== 'boolean') throw invalid(`'${name}' must be true or false`);
    if (name === 'IsPresent') {
      return (input, context, variables) =>
        (tryEvaluatePath(variable, input, context, variables) !== undefined) === operand;
    }
    return (input, context, variables) =>
      typeTest(readVariable(input, context, variables)) === operand;
  }

  if (name === 'StringMatches') {
    if (typeof operand !== 'string') throw invalid(`'StringMatches' must be a string pattern`);
    const matches = compileStringMatches(operand);
    return (input, context, variables) => {
      const value = readVariable(input, context, variables);
      return typeof value === 'string' && matches(value);
    };
  }

  const op = COMPARISON_OPERATORS.get(name);
  if (!op) throw invalid(`'${name}' is not a Choice rule operator`);
  if (op.path) {
    if (typeof operand !== 'string') throw invalid(`'${name}' must be a path string`);
    const readOperand = read(parsePath(operand, name));
    return (input, context, variables) =>
      compareValues(
        op,
        readVariable(input, context, variables),
        readOperand(input, context, variables),
      );
  }
  checkLiteral(name, op.kind, operand);
  return (input, context, variables) =>
    compareValues(op, readVariable(input, context, variables), operand);
}

function checkLiteral(name: string, kind: string, operand: unknown): void {
  const ok =
    kind === 'String'
      ? typeof operand === 'string'
      : kind === 'Numeric'
        ? typeof operand === 'number'
        : kind === 'Boolean'
          ? typeof operand === 'boolean'
          : typeof operand === 'string' && parseTimestamp(operand) !== null;
  if (!ok) {
    const expected = {
      String: 'a string',
      Numeric: 'a number',
      Boolean: 'true or false',
      Timestamp: 'an ISO-8601 timestamp such as 2016-03-14T01:59:00Z',
    }[kind];
    throw invalid(`'${name}' must be ${expected}, but is ${JSON.stringify(operand)}`);
  }
}

function parsePath(text: string, field: string): JsonPathAst {
  try {
    return parseJsonPath(text);
  } catch (error) {
    throw invalid(`'${field}' is not a valid JSONPath: ${(error as Error).message}`);
  }
}

function invalid(message: string): StatesError {
  return new StatesError('States.Runtime', `Invalid Choice rule: ${message}`);
}
