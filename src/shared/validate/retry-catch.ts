import { CODES } from './codes';
import { at, type StateScope, type ValidationContext } from './context';
import {
  anyValue,
  assignField,
  enumField,
  integerField,
  jsonataValueField,
  numberField,
  pathField,
  plainStringField,
  type FieldCheck,
} from './fields';
import { checkFields, fieldTable, requireField, type FieldTable } from './object-fields';
import { isPlaceholder } from './placeholders';
import { isObject, typeName } from './values';

const RETRIER: FieldTable = fieldTable({
  ErrorEquals: { language: 'both', check: anyValue },
  IntervalSeconds: { language: 'both', check: integerField(1, 99999999) },
  MaxAttempts: { language: 'both', check: integerField(0, 99999999) },
  BackoffRate: { language: 'both', check: numberField(1) },
  MaxDelaySeconds: { language: 'both', check: integerField(1, 31622400) },
  JitterStrategy: { language: 'both', check: enumField(['FULL', 'NONE']) },
  Comment: { language: 'both', check: plainStringField },
});

const CATCHER: FieldTable = fieldTable({
  ErrorEquals: { language: 'both', check: anyValue },
  Next: { language: 'both', check: plainStringField },
  ResultPath: {
    language: 'JSONPath',
    check: pathField({ reference: true, context: false, variables: false }, true),
  },
  Output: { language: 'JSONata', check: jsonataValueField },
  Assign: { language: 'both', check: assignField },
  Comment: { language: 'both', check: plainStringField },
});

/** Retry: an array of retriers; `States.ALL` alone in its list and in the last retrier. */
export const retryField: FieldCheck = (value, parent, scope, ctx, name) =>
  checkHandlers(value, at(parent, name), scope, ctx, name, RETRIER);

/** Catch: an array of catchers, each with a Next; `States.ALL` alone and last. */
export const catchField: FieldCheck = (value, parent, scope, ctx, name) =>
  checkHandlers(value, at(parent, name), scope, ctx, name, CATCHER);

function checkHandlers(
  value: unknown,
  pointer: string,
  scope: StateScope,
  ctx: ValidationContext,
  name: string,
  table: FieldTable,
): void {
  if (!Array.isArray(value)) {
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `Field '${name}' must be an array, not ${typeName(value)}`,
      pointer,
      scope.stateName,
    );
    return;
  }
  for (let i = 0; i < value.length; i++) {
    // As forEach did: the holes of a sparse array are no entries.
    if (!(i in value)) continue;
    const handler: unknown = value[i];
    const ptr = at(pointer, i);
    if (!isObject(handler)) {
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `Each entry of '${name}' must be an object`,
        ptr,
        scope.stateName,
      );
      continue;
    }
    checkFields(handler, ptr, table, scope, ctx);
    if (name === 'Catch') requireField(handler, 'Next', ptr, scope, ctx);
    if (requireField(handler, 'ErrorEquals', ptr, scope, ctx))
      checkErrorEquals(handler.ErrorEquals, ptr, i === value.length - 1, scope, ctx, name);
  }
}

/** A handler's ErrorEquals (`handler` is the handler's pointer; the list's is built to report). */
function checkErrorEquals(
  errors: unknown,
  handler: string,
  last: boolean,
  scope: StateScope,
  ctx: ValidationContext,
  name: string,
): void {
  if (!Array.isArray(errors) || errors.length === 0) {
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `Field 'ErrorEquals' must be a non-empty array of error names`,
      at(handler, 'ErrorEquals'),
      scope.stateName,
    );
    return;
  }
  for (let j = 0; j < errors.length; j++) {
    const error: unknown = errors[j];
    if (!(j in errors)) continue;
    if (typeof error !== 'string' || (error === '' && !isPlaceholder(error)))
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `Error names must be non-empty strings`,
        at(at(handler, 'ErrorEquals'), j),
        scope.stateName,
      );
  }
  if (errors.includes('States.ALL')) {
    if (errors.length > 1)
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `'States.ALL' must appear alone in 'ErrorEquals'`,
        at(handler, 'ErrorEquals'),
        scope.stateName,
      );
    if (!last)
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `The ${name === 'Catch' ? 'catcher' : 'retrier'} with 'States.ALL' must be the last one in '${name}'`,
        at(handler, 'ErrorEquals'),
        scope.stateName,
      );
  }
}
