import { CODES } from './codes';
import { at, type StateScope, type ValidationContext } from './context';
import type { FieldSpec } from './fields';
import { has } from './values';

/** The fields an object accepts, written as an object literal. */
export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

/** The fields an object accepts, by name: a Map, so a member's spec is one lookup. */
export type FieldTable = ReadonlyMap<string, FieldSpec>;

/** A field table from its specs. */
export function fieldTable(specs: FieldSpecs): FieldTable {
  return new Map(Object.entries(specs));
}

/**
 * Checks every member of an object against its table in one pass: unknown fields, fields of the
 * other query language, and each known field's own check.
 */
export function checkFields(
  object: Record<string, unknown>,
  pointer: string,
  table: FieldTable,
  scope: StateScope,
  ctx: ValidationContext,
): void {
  for (const key in object) {
    if (!has(object, key)) continue;
    const spec = table.get(key);
    if (!spec) {
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `Field '${key}' is not supported`,
        at(pointer, key),
        scope.stateName,
      );
      continue;
    }
    if (spec.language !== 'both' && spec.language !== scope.language) {
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `The QueryLanguage is set to '${scope.language}', but field '${key}' is only supported for the '${spec.language}' QueryLanguage`,
        at(pointer, key),
        scope.stateName,
      );
      continue;
    }
    // The field's pointer is written by its check, and only if it reports.
    spec.check(object[key], pointer, scope, ctx, key);
  }
}

/** Reports a required field that is missing. */
export function requireField(
  object: Record<string, unknown>,
  key: string,
  pointer: string,
  scope: StateScope,
  ctx: ValidationContext,
): boolean {
  if (has(object, key)) return true;
  ctx.report(
    CODES.SCHEMA_VALIDATION_FAILED,
    `Field '${key}' is required`,
    pointer,
    scope.stateName,
  );
  return false;
}

/** Reports when more than `max` (default one) of the given fields are present; returns how many are. */
export function countPresent(
  object: Record<string, unknown>,
  keys: readonly string[],
  pointer: string,
  scope: StateScope,
  ctx: ValidationContext,
  max = 1,
): number {
  let count = 0;
  for (const key of keys) if (has(object, key)) count++;
  if (count > max)
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `There should only be one of the following fields: [${keys.join(', ')}]`,
      pointer,
      scope.stateName,
    );
  return count;
}
