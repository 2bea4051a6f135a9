import { isJsonataExpression } from '../asl/types';
import { CODES } from './codes';
import { at, type StateScope, type ValidationContext } from './context';
import { assignField, jsonataValueField, pathField, type FieldCheck } from './fields';
import { checkJsonataString } from './jsonata-values';
import { looksLikePath } from './payload';
import { isPlaceholder } from './placeholders';
import { has, isObject, typeName } from './values';

type OperandKind = 'string' | 'number' | 'boolean' | 'timestamp' | 'path';

/** Every JSONPath comparison operator and the operand it takes. */
export const CHOICE_OPERATORS: Readonly<Record<string, OperandKind>> = (() => {
  const table: Record<string, OperandKind> = {};
  const families: [string, OperandKind, string[]][] = [
    [
      'String',
      'string',
      ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'],
    ],
    [
      'Numeric',
      'number',
      ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'],
    ],
    [
      'Timestamp',
      'timestamp',
      ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'],
    ],
    ['Boolean', 'boolean', ['Equals']],
  ];
  for (const [family, kind, ops] of families)
    for (const op of ops) {
      table[family + op] = kind;
      table[family + op + 'Path'] = 'path';
    }
  table.StringMatches = 'string';
  for (const test of ['IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp'])
    table[test] = 'boolean';
  return table;
})();

const RULE_FIELDS = new Set([
  'Variable',
  'And',
  'Or',
  'Not',
  'Next',
  'Comment',
  'Assign',
  'Condition',
  'Output',
]);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
const VARIABLE_PATH = pathField({ reference: false, context: true, variables: true });

/** True when a string is an ISO-8601 timestamp as Step Functions accepts them. */
export function isTimestamp(text: string): boolean {
  return TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text));
}

/** Choices: a non-empty array of rules, each with a Next. */
export const choicesField: FieldCheck = (value, pointer, scope, ctx) => {
  if (!Array.isArray(value) || value.length === 0) {
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `Field 'Choices' must be a non-empty array of rules`,
      pointer,
      scope.stateName,
    );
    return;
  }
  value.forEach((rule, i) => checkRule(rule, at(pointer, i), true, 0, scope, ctx));
};

function checkRule(
  rule: unknown,
  pointer: string,
  top: boolean,
  depth: number,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  const fail = (message: string, ptr = pointer): void =>
    ctx.report(CODES.SCHEMA_VALIDATION_FAILED, message, ptr, scope.stateName);
  if (!isObject(rule)) return fail(`A Choice rule must be an object, not ${typeName(rule)}`);
  if (depth > 100) {
    ctx.report(
      CODES.TOO_DEEPLY_NESTED,
      'Choice rules are nested too deeply',
      pointer,
      scope.stateName,
    );
    return;
  }
  const jsonata = scope.language === 'JSONata';
  let operators = 0;
  for (const key in rule) {
    if (!has(rule, key)) continue;
    const ptr = at(pointer, key);
    const value = rule[key];
    if (has(CHOICE_OPERATORS, key)) {
      if (jsonata)
        fail(
          `The QueryLanguage is set to 'JSONata', but field '${key}' is only supported for the 'JSONPath' QueryLanguage`,
          ptr,
        );
      else checkOperand(key, CHOICE_OPERATORS[key], value, ptr, scope, ctx);
      operators++;
    } else if (!RULE_FIELDS.has(key)) fail(`Field '${key}' is not supported`, ptr);
    else if (key === 'Condition' || key === 'Output') {
      if (!jsonata)
        fail(
          `The QueryLanguage is set to 'JSONPath', but field '${key}' is only supported for the 'JSONata' QueryLanguage`,
          ptr,
        );
      else if (key === 'Output') jsonataValueField(value, ptr, scope, ctx, key);
      else checkCondition(value, ptr, scope, ctx);
    } else if (key === 'Variable' || key === 'And' || key === 'Or' || key === 'Not') {
      if (jsonata)
        fail(
          `The QueryLanguage is set to 'JSONata', but field '${key}' is only supported for the 'JSONPath' QueryLanguage`,
          ptr,
        );
      else if (key === 'Variable') VARIABLE_PATH(value, ptr, scope, ctx, key);
      else if (key === 'Not') {
        operators++;
        checkRule(value, ptr, false, depth + 1, scope, ctx);
      } else {
        operators++;
        if (!Array.isArray(value) || value.length === 0)
          fail(`Field '${key}' must be a non-empty array of rules`, ptr);
        else
          value.forEach((inner, i) => checkRule(inner, at(ptr, i), false, depth + 1, scope, ctx));
      }
    } else if (key === 'Next' || key === 'Assign') {
      if (!top) fail(`Field '${key}' is only allowed on a top-level Choice rule`, ptr);
      else if (key === 'Assign') assignField(value, ptr, scope, ctx, key);
      else if (typeof value !== 'string')
        fail(`Field 'Next' must be a string, not ${typeName(value)}`, ptr);
    } else if (key === 'Comment' && typeof value !== 'string')
      fail(`Field 'Comment' must be a string`, ptr);
  }
  if (top && !has(rule, 'Next')) fail(`Field 'Next' is required`);
  if (jsonata) {
    if (!has(rule, 'Condition')) fail(`Field 'Condition' is required`);
    return;
  }
  if (operators === 0) fail('A Choice rule needs one comparison operator, or And, Or or Not');
  else if (operators > 1)
    fail('A Choice rule may have only one comparison operator (or one of And, Or, Not)');
  const compares = operators === 1 && !has(rule, 'And') && !has(rule, 'Or') && !has(rule, 'Not');
  if (compares && !has(rule, 'Variable'))
    fail(`Field 'Variable' is required with a comparison operator`);
  if (!compares && has(rule, 'Variable'))
    fail(`Field 'Variable' is not allowed with And, Or or Not`, at(pointer, 'Variable'));
}

function checkOperand(
  key: string,
  kind: OperandKind,
  value: unknown,
  pointer: string,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  if (isPlaceholder(value)) return;
  const fail = (message: string): void =>
    ctx.report(CODES.SCHEMA_VALIDATION_FAILED, message, pointer, scope.stateName);
  switch (kind) {
    case 'path':
      return VARIABLE_PATH(value, pointer, scope, ctx, key);
    case 'number':
      if (typeof value !== 'number')
        fail(`Field '${key}' must be a number, not ${typeName(value)}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean')
        fail(`Field '${key}' must be a boolean, not ${typeName(value)}`);
      return;
    case 'string':
    case 'timestamp':
      if (typeof value !== 'string')
        return fail(`Field '${key}' must be a string, not ${typeName(value)}`);
      if (looksLikePath(value))
        ctx.report(
          CODES.NO_PATH,
          `The value of '${key}' looks like a path; to compare with the value at that path use '${key}Path'`,
          pointer,
          scope.stateName,
        );
      else if (kind === 'timestamp' && !isTimestamp(value))
        fail(`Field '${key}' must be an ISO-8601 timestamp, not '${value}'`);
  }
}

function checkCondition(
  value: unknown,
  pointer: string,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  if (typeof value === 'boolean' || isPlaceholder(value)) return;
  if (isJsonataExpression(value)) return checkJsonataString(value, pointer, scope, ctx);
  ctx.report(
    CODES.SCHEMA_VALIDATION_FAILED,
    `Field 'Condition' must be a JSONata expression ({% … %}) or a boolean`,
    pointer,
    scope.stateName,
  );
}
