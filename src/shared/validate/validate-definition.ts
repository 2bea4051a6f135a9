import type { Diagnostic } from './diagnostic';
import { CODES } from './codes';
import { ValidationContext, type ValidateOptions } from './context';
import { checkMachine } from './machine';
import { has, isObject, typeName } from './values';
import { isPlaceholder } from './placeholders';

/**
 * Validates a parsed definition as AWS's ValidateStateMachineDefinition would, in one walk.
 * Diagnostics carry JSON pointers but no line/column (see validateText for those).
 */
export function validateDefinition(value: unknown, options: ValidateOptions = {}): Diagnostic[] {
  const ctx = new ValidationContext(options);
  if (value === undefined || value === null || value === '') {
    ctx.report(CODES.MISSING_DESCRIPTION, 'The definition is empty', '');
    return ctx.diagnostics;
  }
  if (!isObject(value)) {
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `A state machine definition must be a JSON object, not ${typeName(value)}`,
      '',
    );
    return ctx.diagnostics;
  }
  // As AWS resolves it: only the exact string JSONPath means JSONPath; any other value given is
  // reported by its own check and the machine is then read as JSONata.
  // A `${Name}` placeholder keeps the default, JSONPath.
  const language = value.QueryLanguage;
  if (has(value, 'QueryLanguage') && language !== 'JSONPath' && !isPlaceholder(language))
    ctx.machineLanguage = 'JSONata';
  checkMachine(value, '', 'top', 0, ctx);
  return ctx.diagnostics;
}
