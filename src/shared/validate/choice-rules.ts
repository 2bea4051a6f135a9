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
export const choicesField: FieldCheck = (value, parent, scope, ctx, name) => {
  const pointer = at(parent, name);
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

/** Reports a schema problem at a pointer. */
function fail(ctx: ValidationContext, scope: StateScope, message: string, pointer: string): void {
  ctx.report(CODES.SCHEMA_VALIDATION_FAILED, message, pointer, scope.stateName);
}

/** One Choice rule at `pointer`; its members' pointers are written only to report. */
function checkRule(
  rule: unknown,
  pointer: string,
  top: boolean,
  depth: number,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  if (!isObject(rule))
    return fail(ctx, scope, `A Choice rule must be an object, not ${typeName(rule)}`, pointer);
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
    const value = rule[key];
    if (has(CHOICE_OPERATORS, key)) {
      if (jsonata)
        fail(
          ctx,
          scope,
          `The QueryLanguage is set to 'JSONata', but field '${key}' is only supported for the 'JSONPath' QueryLanguage`,
          at(pointer, key),
        );
      else checkOperand(key, CHOICE_OPERATORS[key], value, pointer, scope, ctx);
      operators++;
    } else if (!RULE_FIELDS.has(key))
      fail(ctx, scope, `Field '${key}' is not supported`, at(pointer, key));
    else if (key === 'Condition' || key === 'Output') {
      if (!jsonata)
        fail(
          ctx,
          scope,
          `The QueryLanguage is set to 'JSONPath', but field '${key}' is only supported for the 'JSONata' QueryLanguage`,
          at(pointer, key),
        );
      else if (key === 'Output') jsonataValueField(value, pointer, scope, ctx, key);
      else checkCondition(value, at(pointer, key), scope, ctx);
    } else if (key === 'Variable' || key === 'And' || key === 'Or' || key === 'Not') {
      if (jsonata)
        fail(
          ctx,
          scope,
          `The QueryLanguage is set to 'JSONata', but field '${key}' is only supported for the 'JSONPath' QueryLanguage`,
          at(pointer, key),
        );
      else if (key === 'Variable') VARIABLE_PATH(value, pointer, scope, ctx, key);
      else if (key === 'Not') {
        operators++;
        checkRule(value, at(pointer, key), false, depth + 1, scope, ctx);
      } else {
        operators++;
        const ptr = at(pointer, key);
        if (!Array.isArray(value) || value.length === 0)
          fail(ctx, scope, `Field '${key}' must be a non-empty array of rules`, ptr);
        else
          value.forEach((inner, i) => checkRule(inner, at(ptr, i), false, depth + 1, scope, ctx));
      }
    } else if (key === 'Next' || key === 'Assign') {
      if (!top)
        fail(
          ctx,
          scope,
          `Field '${key}' is only allowed on a top-level Choice rule`,
          at(pointer, key),
        );
      else if (key === 'Assign') assignField(value, pointer, scope, ctx, key);
      else if (typeof value !== 'string')
        fail(ctx, scope, `Field 'Next' must be a string, not ${typeName(value)}`, at(pointer, key));
    } else if (key === 'Comment' && typeof value !== 'string')
      fail(ctx, scope, `Field 'Comment' must be a string`, at(pointer, key));
  }
  if (top && !has(rule, 'Next')) fail(ctx, scope, `Field 'Next' is required`, pointer);
  if (jsonata) {
    if (!has(rule, 'Condition')) fail(ctx, scope, `Field 'Condition' is required`, pointer);
    return;
  }
  if (operators === 0)
    fail(ctx, scope, 'A Choice rule needs one comparison operator, or And, Or or Not', pointer);
  else if (operators > 1)
    fail(
      ctx,
      scope,
      'A Choice rule may have only one comparison operator (or one of And, Or, Not)',
      pointer,
    );
  const compares = operators === 1 && !has(rule, 'And') && !has(rule, 'Or') && !has(rule, 'Not');
  if (compares && !has(rule, 'Variable'))
    fail(ctx, scope, `Field 'Variable' is required with a comparison operator`, pointer);
  if (!compares && has(rule, 'Variable'))
    fail(
      ctx,
      scope,
      `Field 'Variable' is not allowed with And, Or or Not`,
      at(pointer, 'Variable'),
    );
}

/** A comparison operator `key` of the rule at `rule`. */
function checkOperand(
  key: string,
  kind: OperandKind,
  value: unknown,
  rule: string,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  if (isPlaceholder(value)) return;
  switch (kind) {
    case 'path':
      return VARIABLE_PATH(value, rule, scope, ctx, key);
    case 'number':
      if (typeof value !== 'number')
        fail(ctx, scope, `Field '${key}' must be a number, not ${typeName(value)}`, at(rule, key));
      return;
    case 'boolean':
      if (typeof value !== 'boolean')
        fail(ctx, scope, `Field '${key}' must be a boolean, not ${typeName(value)}`, at(rule, key));
      return;
    case 'string':
    case 'timestamp':
      if (typeof value !== 'string')
        return fail(
          ctx,
          scope,
          `Field '${key}' must be a string, not ${typeName(value)}`,
          at(rule, key),
        );
      if (looksLikePath(value))
        ctx.report(
          CODES.NO_PATH,
          `The value of '${key}' looks like a path; to compare with the value at that path use '${key}Path'`,
          at(rule, key),
          scope.stateName,
        );
      else if (kind === 'timestamp' && !isTimestamp(value))
        fail(
          ctx,
          scope,
          `Field '${key}' must be an ISO-8601 timestamp, not '${value}'`,
          at(rule, key),
        );
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
