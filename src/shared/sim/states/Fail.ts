import type { FailState } from '../../asl/types';
import { isJsonataExpression } from '../../asl/types';
import type { CompileEnv, CompiledState } from '../engine/compiled';
import type { StateRun } from '../engine/core';
import { StatesError } from '../errors';
import { compileJsonata } from '../jsonata/expression';
import { statesBinding } from '../io/flow';
import { compileJsonPathTemplate } from '../io/jsonpath-template';

type FieldFn = (run: StateRun, input: unknown) => string | undefined | Promise<string | undefined>;

/**
 * Fail: ends the execution (or its branch) with Error and Cause, given literally, through
 * ErrorPath/CausePath (a path or an intrinsic function), or as JSONata expressions. A missing
 * Error or Cause stays missing, as in AWS's DescribeExecution (the engine writes it as '').
 */
export function compileFail(name: string, def: FailState, env: CompileEnv): CompiledState {
  const jsonata = env.queryLanguage === 'JSONata';
  const error = compileField('Error', def.Error, def.ErrorPath, jsonata);
  const cause = compileField('Cause', def.Cause, def.CausePath, jsonata);
  return {
    name,
    type: 'Fail',
    definition: def,
    enteredEvent: 'FailStateEntered',
    exitedEvent: undefined,
    runSync: jsonata
      ? undefined
      : (run, input) => {
          throw new StatesError(
            (error(run, input) as string | undefined) ?? '',
            (cause(run, input) as string | undefined) ?? '',
          );
        },
    *run(run, input) {
      let e = error(run, input);
      if (e instanceof Promise) e = (yield { kind: 'await', promise: e }) as string | undefined;
      let c = cause(run, input);
      if (c instanceof Promise) c = (yield { kind: 'await', promise: c }) as string | undefined;
      throw new StatesError(e ?? '', c ?? '');
    },
  };
}

function compileField(
  field: string,
  literal: unknown,
  path: string | undefined,
  jsonata: boolean,
): FieldFn {
  if (jsonata && isJsonataExpression(literal)) {
    const expression = compileJsonata(literal, field);
    return async (run, input) =>
      asString(await expression.evaluate(statesBinding(run, input), run.lane.vars), field);
  }
  if (path !== undefined) {
    // A one-field payload template evaluates a path or an intrinsic function exactly as Parameters does.
    const template = compileJsonPathTemplate({ 'value.$': path }, `${field}Path`);
    return (run, input) => {
      const value = (template(input, run) as { value: unknown }).value;
      if (typeof value !== 'string') {
        throw new StatesError(
          'States.Runtime',
          `The ${field}Path '${path}' must resolve to a string, but it resolved to ${JSON.stringify(value)}.`,
        );
      }
      return value;
    };
  }
  const value = literal === undefined ? undefined : String(literal);
  return () => value;
}

function asString(value: unknown, field: string): string {
  if (typeof value === 'string') return value;
  throw new StatesError(
    'States.QueryEvaluationError',
    `The ${field} field must be a string, but it evaluated to ${JSON.stringify(value)}.`,
  );
}
