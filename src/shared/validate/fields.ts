import { isJsonataExpression } from '../asl/types';
import { CODES } from './codes';
import { at, type StateScope, type ValidationContext } from './context';
import { checkJsonataString, checkJsonataValue } from './jsonata-values';
import { pathProblem, type PathRules } from './paths';
import { checkPayloadTemplate, looksLikePath } from './payload';
import { hasPlaceholder, isPlaceholder } from './placeholders';
import { isObject, typeName } from './values';

/**
 * Checks one field's value. `parent` is the pointer of the object that holds it and `name` its
 * key: the field's own pointer, at(parent, name), is written only to report (most fields are
 * fine, and a pointer per field was most of what a clean definition allocated).
 */
export type FieldCheck = (
  value: unknown,
  parent: string,
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

/** Reports a schema problem of field `name` of the object at `parent`. */
const fieldProblem = (
  ctx: ValidationContext,
  message: string,
  parent: string,
  name: string,
  scope: StateScope,
): void => schema(ctx, message, at(parent, name), scope);

/**
 * In a JSONata state any scalar field may instead hold a `{% … %}` expression, and anywhere a
 * `${Name}` placeholder may stand for the value: both are settled here before the type check.
 */
function settled(
  value: unknown,
  parent: string,
  name: string,
  scope: StateScope,
  ctx: ValidationContext,
): boolean {
  if (isPlaceholder(value)) return true;
  if (scope.language === 'JSONata' && isJsonataExpression(value)) {
    checkJsonataString(value, at(parent, name), scope, ctx);
    return true;
  }
  return false;
}

/** Any JSON value (no check). */
export const anyValue: FieldCheck = () => undefined;

/** A string taken as it is, never evaluated (Comment, Next, Default, Label…). */
export const plainStringField: FieldCheck = (value, parent, scope, ctx, name) => {
  if (typeof value !== 'string')
    fieldProblem(
      ctx,
      `Field '${name}' must be a string, not ${typeName(value)}`,
      parent,
      name,
      scope,
    );
};

/** A string; in a JSONata state it may be a `{% … %}` expression. */
export const stringField: FieldCheck = (value, parent, scope, ctx, name) => {
  if (typeof value !== 'string')
    fieldProblem(
      ctx,
      `Field '${name}' must be a string, not ${typeName(value)}`,
      parent,
      name,
      scope,
    );
  else if (scope.language === 'JSONata' && isJsonataExpression(value))
    checkJsonataString(value, at(parent, name), scope, ctx);
};

/** A string that is also expected to be plain text, not a path (NO_PATH when it looks like one). */
export const textField: FieldCheck = (value, parent, scope, ctx, name) => {
  stringField(value, parent, scope, ctx, name);
  if (typeof value === 'string' && scope.language === 'JSONPath' && looksLikePath(value))
    ctx.report(
      CODES.NO_PATH,
      `The value of field '${name}' looks like a path, but the field's name does not end with 'Path', so it is used as plain text`,
      at(parent, name),
      scope.stateName,
    );
};

/** `End`: only `true` is meaningful. */
export const endField: FieldCheck = (value, parent, scope, ctx, name) => {
  if (value !== true && !isPlaceholder(value))
    fieldProblem(ctx, `Field 'End' must be true when present`, parent, name, scope);
};

/** An integer within bounds. */
export function integerField(min: number, max = Number.MAX_SAFE_INTEGER): FieldCheck {
  return (value, parent, scope, ctx, name) => {
    if (settled(value, parent, name, scope, ctx)) return;
    if (typeof value !== 'number' || !Number.isInteger(value))
      fieldProblem(
        ctx,
        `Field '${name}' must be an integer, not ${typeName(value)}`,
        parent,
        name,
        scope,
      );
    else if (value < min)
      fieldProblem(
        ctx,
        `Field '${name}' must be at least ${min} (got ${value})`,
        parent,
        name,
        scope,
      );
    else if (value > max)
      fieldProblem(
        ctx,
        `Field '${name}' must be at most ${max} (got ${value})`,
        parent,
        name,
        scope,
      );
  };
}

/** A number within bounds. */
export function numberField(min: number, max = Number.MAX_VALUE): FieldCheck {
  return (value, parent, scope, ctx, name) => {
    if (settled(value, parent, name, scope, ctx)) return;
    if (typeof value !== 'number')
      fieldProblem(
        ctx,
        `Field '${name}' must be a number, not ${typeName(value)}`,
        parent,
        name,
        scope,
      );
    else if (value < min)
      fieldProblem(
        ctx,
        `Field '${name}' must be at least ${min} (got ${value})`,
        parent,
        name,
        scope,
      );
    else if (value > max)
      fieldProblem(
        ctx,
        `Field '${name}' must be at most ${max} (got ${value})`,
        parent,
        name,
        scope,
      );
  };
}

/** One of a fixed set of strings. */
export function enumField(values: readonly string[]): FieldCheck {
  return (value, parent, scope, ctx, name) => {
    if (settled(value, parent, name, scope, ctx)) return;
    if (typeof value !== 'string' || !values.includes(value))
      fieldProblem(
        ctx,
        `Field '${name}' must be one of [${values.join(', ')}], not ${JSON.stringify(value) ?? 'nothing'}`,
        parent,
        name,
        scope,
      );
  };
}

/** A JSONPath (nullable for InputPath/OutputPath/ResultPath, where null means "discard"). */
export function pathField(rules: PathRules, nullable = false): FieldCheck {
  return (value, parent, scope, ctx, name) => {
    if (value === null && nullable) return;
    if (isPlaceholder(value)) return;
    if (typeof value !== 'string') {
      fieldProblem(
        ctx,
        `Field '${name}' must be a JSONPath string${nullable ? ' or null' : ''}, not ${typeName(value)}`,
        parent,
        name,
        scope,
      );
      return;
    }
    const problem = pathProblem(value, rules);
    if (problem) fieldProblem(ctx, problem, parent, name, scope);
  };
}

/** A JSON object. */
export function objectField(inner?: FieldCheck): FieldCheck {
  return (value, parent, scope, ctx, name) => {
    if (isPlaceholder(value)) return;
    if (!isObject(value))
      fieldProblem(
        ctx,
        `Field '${name}' must be an object, not ${typeName(value)}`,
        parent,
        name,
        scope,
      );
    else inner?.(value, parent, scope, ctx, name);
  };
}

/** A JSONPath payload template (Parameters, ItemSelector…): any JSON, with `.$` keys. */
export const templateField: FieldCheck = (value, parent, scope, ctx, name) =>
  checkPayloadTemplate(value, parent, name, scope, ctx);

/** A JSONata-state value (Arguments, Output, Items…): any JSON with `{% … %}` strings. */
export const jsonataValueField: FieldCheck = (value, parent, scope, ctx, name) =>
  checkJsonataValue(value, at(parent, name), scope, ctx);

/** A value that follows the state's language: template in JSONPath, JSONata value in JSONata. */
export const languageValueField: FieldCheck = (value, parent, scope, ctx, name) =>
  scope.language === 'JSONata'
    ? jsonataValueField(value, parent, scope, ctx, name)
    : templateField(value, parent, scope, ctx, name);

const VARIABLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*(\.\$)?$/u;

/** VARIABLE_NAME's test, read character by character for ASCII names (the regex is Unicode-aware). */
function isVariableName(key: string): boolean {
  const end = key.endsWith('.$') ? key.length - 2 : key.length;
  if (end === 0) return false;
  for (let i = 0; i < end; i++) {
    const c = key.charCodeAt(i);
    if (c >= 128) return VARIABLE_NAME.test(key);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter && !(i > 0 && c >= 48 && c <= 57)) return false;
  }
  return true;
}

/** Assign: an object of variables, valued by the state's language. */
export const assignField: FieldCheck = objectField((value, parent, scope, ctx, name) => {
  for (const key of Object.keys(value as object))
    if (!isVariableName(key) && !hasPlaceholder(key))
      schema(
        ctx,
        `'${key}' is not a valid variable name (letters, digits and '_', not starting with a digit)`,
        at(at(parent, name), key),
        scope,
      );
  languageValueField(value, parent, scope, ctx, name);
});
