import { isJsonataExpression } from '../../asl/types';
import { contextObject, type StateRun } from '../engine/core';
import { StatesError } from '../errors';
import { compileJsonata } from '../jsonata/expression';
import { evaluatePath, PathNotFoundError } from '../jsonpath';
import { statesBinding } from '../io/flow';
import { tryParse } from '../io/jsonpath-io';

/** A numeric setting read at run time (TimeoutSeconds, MaxConcurrency, ToleratedFailureCount…). */
export type NumberField = (
  run: StateRun,
  effective: unknown,
  input: unknown,
) => number | undefined | Promise<number | undefined>;

/** How a numeric setting must look. */
export interface NumberRule {
  integer: boolean;
  min?: number;
  max?: number;
  /** AWS's message when the value is out of range. */
  rangeMessage?: string;
}

/**
 * Compiles a numeric field given as a literal, a `…Path` (JSONPath) or a JSONata expression,
 * checking it the way AWS does and failing with AWS's wording.
 */
export function compileNumberField(
  field: string,
  literal: unknown,
  path: string | undefined,
  jsonata: boolean,
  rule: NumberRule,
): NumberField {
  const check = (value: number, errorName: string): number => {
    if (
      (rule.min !== undefined && value < rule.min) ||
      (rule.max !== undefined && value > rule.max)
    ) {
      throw new StatesError(
        errorName,
        rule.rangeMessage ?? `${field} must be between ${rule.min ?? '-∞'} and ${rule.max ?? '∞'}.`,
      );
    }
    return value;
  };
  if (jsonata && isJsonataExpression(literal)) {
    const expression = compileJsonata(literal, field);
    return async (run, _effective, input) => {
      const value = await expression.evaluate(statesBinding(run, input), run.lane.vars);
      if (typeof value !== 'number' || (rule.integer && !Number.isInteger(value))) {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The JSONata expression '${expression.text}' specified for the field '${field}' returned an unexpected result type. Expected '${rule.integer ? 'integer' : 'number'}', but was '${typeName(value)}' for value: ${JSON.stringify(value)}`,
        );
      }
      return check(value, 'States.QueryEvaluationError');
    };
  }
  if (typeof path === 'string') {
    const ast = tryParse(path);
    return (run, effective) => {
      if (ast instanceof StatesError) throw ast;
      let value: unknown;
      try {
        value = evaluatePath(ast, effective, contextObject(run), run.lane.vars);
      } catch (error) {
        if (error instanceof PathNotFoundError) {
          throw new StatesError(
            'States.Runtime',
            `The ${field}Path field references a path that does not exist: ${path}`,
          );
        }
        throw error;
      }
      // Like AWS (Java parsing), a numeric string counts as its number.
      if (
        typeof value === 'string' &&
        (rule.integer ? /^[-+]?\d+$/ : /^[-+]?(\d+\.?\d*|\.\d+)$/).test(value.trim())
      ) {
        value = Number(value);
      }
      if (typeof value !== 'number' || (rule.integer && !Number.isInteger(value))) {
        const shown = typeof value === 'string' ? value : JSON.stringify(value);
        throw new StatesError(
          'States.Runtime',
          `The ${field}Path field refers to value "${shown}" which is not a valid ${rule.integer ? 'integer' : 'float'}: ${path}`,
        );
      }
      return check(value, 'States.Runtime');
    };
  }
  if (typeof literal === 'number') {
    return () => check(literal, 'States.Runtime');
  }
  return () => undefined;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
