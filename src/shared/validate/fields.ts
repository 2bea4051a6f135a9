import { isJsonataExpression } from '../asl/types';
import { CODES } from './codes';
import { at, type StateScope, type ValidationContext } from './context';
import { checkJsonataString, checkJsonataValue } from './jsonata-values';
import { pathProblem, type PathRules } from './paths';
import { checkPayloadTemplate, looksLikePath } from './payload';
import { hasPlaceholder, isPlaceholder } from './placeholders';
import { isObject, typeName } from './values';

/** Checks one field's value; `name` is the field's name for messages. */
export type FieldCheck = (
  value: unknown,
  pointer: string,
  scope: StateScope,
  ctx: ValidationContext,
  name: string,
) => void;

/** Which query language a field belongs to. */
export type FieldLanguage = 'both' | 'JSONPath' | 'JSONata';

/** A field a state (or a nested object) accepts. */
export interface FieldSpec {
  language: FieldLanguage;
  check: FieldCheck;
}

const schema = (
  ctx: ValidationContext,
  message: string,
  pointer: string,
  scope: StateScope,
): void => ctx.report(CODES.SCHEMA_VALIDATION_FAILED, message, pointer, scope.stateName);

/**
 * In a JSONata state any scalar field may instead hold a `{% … %}` expression, and anywhere a
 * `${Name}` placeholder may stand for the value: both are settled here before the type check.
 */
function settled(
  value: unknown,
  pointer: string,
  scope: StateScope,
  ctx: ValidationContext,
): boolean {
  if (isPlaceholder(value)) return true;
  if (scope.language === 'JSONata' && isJsonataExpression(value)) {
    checkJsonataString(value, pointer, scope, ctx);
    return true;
  }
  return false;
}

/** Any JSON value (no check). */
export const anyValue: FieldCheck = () => undefined;

/** A string taken as it is, never evaluated (Comment, Next, Default, Label…). */
export const plainStringField: FieldCheck = (value, pointer, scope, ctx, name) => {
  if (typeof value !== 'string')
    schema(ctx, `Field '${name}' must be a string, not ${typeName(value)}`, pointer, scope);
};

/** A string; in a JSONata state it may be a `{% … %}` expression. */
export const stringField: FieldCheck = (value, pointer, scope, ctx, name) => {
  if (typeof value !== 'string')
    schema(ctx, `Field '${name}' must be a string, not ${typeName(value)}`, pointer, scope);
  else if (scope.language === 'JSONata' && isJsonataExpression(value))
    checkJsonataString(value, pointer, scope, ctx);
};

/** A string that is also expected to be plain text, not a path (NO_PATH when it looks like one). */
export const textField: FieldCheck = (value, pointer, scope, ctx, name) => {
  stringField(value, pointer, scope, ctx, name);
  if (typeof value === 'string' && scope.language === 'JSONPath' && looksLikePath(value))
    ctx.report(
      CODES.NO_PATH,
      `The value of field '${name}' looks like a path, but the field's name does not end with 'Path', so it is used as plain text`,
      pointer,
      scope.stateName,
    );
};

/** `End`: only `true` is meaningful. */
export const endField: FieldCheck = (value, pointer, scope, ctx) => {
  if (value !== true && !isPlaceholder(value))
    schema(ctx, `Field 'End' must be true when present`, pointer, scope);
};

/** An integer within bounds. */
export function integerField(min: number, max = Number.MAX_SAFE_INTEGER): FieldCheck {
  return (value, pointer, scope, ctx, name) => {
    if (settled(value, pointer, scope, ctx)) return;
    if (typeof value !== 'number' || !Number.isInteger(value))
      schema(ctx, `Field '${name}' must be an integer, not ${typeName(value)}`, pointer, scope);
    else if (value < min)
      schema(ctx, `Field '${name}' must be at least ${min} (got ${value})`, pointer, scope);
    else if (value > max)
      schema(ctx, `Field '${name}' must be at most ${max} (got ${value})`, pointer, scope);
  };
}

/** A number within bounds. */
export function numberField(min: number, max = Number.MAX_VALUE): FieldCheck {
  return (value, pointer, scope, ctx, name) => {
    if (settled(value, pointer, scope, ctx)) return;
    if (typeof value !== 'number')
      schema(ctx, `Field '${name}' must be a number, not ${typeName(value)}`, pointer, scope);
    else if (value < min)
      schema(ctx, `Field '${name}' must be at least ${min} (got ${value})`, pointer, scope);
    else if (value > max)
      schema(ctx, `Field '${name}' must be at most ${max} (got ${value})`, pointer, scope);
  };
}

/** One of a fixed set of strings. */
export function enumField(values: readonly string[]): FieldCheck {
  return (value, pointer, scope, ctx, name) => {
    if (settled(value, pointer, scope, ctx)) return;
    if (typeof value !== 'string' || !values.includes(value))
      schema(
        ctx,
        `Field '${name}' must be one of [${values.join(', ')}], not ${JSON.stringify(value) ?? 'nothing'}`,
        pointer,
        scope,
      );
  };
}

/** A JSONPath (nullable for InputPath/OutputPath/ResultPath, where null means "discard"). */
export function pathField(rules: PathRules, nullable = false): FieldCheck {
  return (value, pointer, scope, ctx, name) => {
    if (value === null && nullable) return;
    if (isPlaceholder(value)) return;
    if (typeof value !== 'string') {
      schema(
        ctx,
        `Field '${name}' must be a JSONPath string${nullable ? ' or null' : ''}, not ${typeName(value)}`,
        pointer,
        scope,
      );
      return;
    }
    const problem = pathProblem(value, rules);
    if (problem) schema(ctx, problem, pointer, scope);
  };
}

/** A JSON object. */
export function objectField(inner?: FieldCheck): FieldCheck {
  return (value, pointer, scope, ctx, name) => {
    if (isPlaceholder(value)) return;
    if (!isObject(value))
      schema(ctx, `Field '${name}' must be an object, not ${typeName(value)}`, pointer, scope);
    else inner?.(value, pointer, scope, ctx, name);
  };
}

/** A JSONPath payload template (Parameters, ItemSelector…): any JSON, with `.$` keys. */
export const templateField: FieldCheck = (value, pointer, scope, ctx) =>
  checkPayloadTemplate(value, pointer, scope, ctx);

/** A JSONata-state value (Arguments, Output, Items…): any JSON with `{% … %}` strings. */
export const jsonataValueField: FieldCheck = (value, pointer, scope, ctx) =>
  checkJsonataValue(value, pointer, scope, ctx);

/** A value that follows the state's language: template in JSONPath, JSONata value in JSONata. */
export const languageValueField: FieldCheck = (value, pointer, scope, ctx, name) =>
  scope.language === 'JSONata'
    ? jsonataValueField(value, pointer, scope, ctx, name)
    : templateField(value, pointer, scope, ctx, name);

const VARIABLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*(\.\$)?$/u;

/** Assign: an object of variables, valued by the state's language. */
export const assignField: FieldCheck = objectField((value, pointer, scope, ctx, name) => {
  for (const key of Object.keys(value as object))
    if (!VARIABLE_NAME.test(key) && !hasPlaceholder(key))
      schema(
        ctx,
        `'${key}' is not a valid variable name (letters, digits and '_', not starting with a digit)`,
        at(pointer, key),
        scope,
      );
  languageValueField(value, pointer, scope, ctx, name);
});
