import type { WaitState } from '../../asl/types';
import { isJsonataExpression } from '../../asl/types';
import type { CompileEnv, CompiledState } from '../engine/compiled';
import type { StateRun } from '../engine/core';
import { StatesError } from '../errors';
import { compileJsonata } from '../jsonata/expression';
import { compileFlow, NO_RESULT, statesBinding } from '../io/flow';
import { evaluatePath } from '../jsonpath';
import { contextObject } from '../engine/core';
import { tryParse } from '../io/jsonpath-io';
import { PathNotFoundError } from '../jsonpath';
import { transitionOf } from './transition';
import { parseIsoOffsetDateTime } from './timestamp';

/** When the Wait ends: a number of seconds from now, or an absolute time (epoch ms). */
type Until = { seconds: number } | { at: number };
type UntilFn = (run: StateRun, effective: unknown, input: unknown) => Until | Promise<Until>;

/**
 * Wait: moves the virtual clock forward by Seconds/SecondsPath or up to Timestamp/TimestampPath
 * (JSONata: Seconds or Timestamp as expressions), instantly; then passes its input on.
 */
export function compileWait(name: string, def: WaitState, env: CompileEnv): CompiledState {
  const jsonata = env.queryLanguage === 'JSONata';
  const flow = compileFlow(def, jsonata);
  const next = transitionOf(def, env);
  const until = compileUntil(def, jsonata);
  return {
    name,
    type: 'Wait',
    definition: def,
    enteredEvent: 'WaitStateEntered',
    exitedEvent: 'WaitStateExited',
    runSync: jsonata
      ? undefined
      : (run, input) => {
          const effective = flow.prepare(run, input);
          const when = until(run, effective, input) as Until;
          const ms = 'seconds' in when ? when.seconds * 1000 : when.at - run.core.clock.now();
          if (ms > 0) run.core.sleep(ms);
          run.next = next;
          return flow.finish(run, input, effective, NO_RESULT);
        },
    *run(run, input) {
      let effective = flow.prepare(run, input);
      if (effective instanceof Promise) effective = yield { kind: 'await', promise: effective };
      let when = until(run, effective, input);
      if (when instanceof Promise) when = (yield { kind: 'await', promise: when }) as Until;
      const ms = 'seconds' in when ? when.seconds * 1000 : when.at - run.core.clock.now();
      if (ms > 0) run.core.sleep(ms);
      let output = flow.finish(run, input, effective, NO_RESULT);
      if (output instanceof Promise) output = yield { kind: 'await', promise: output };
      run.next = next;
      return output;
    },
  };
}

function compileUntil(def: WaitState, jsonata: boolean): UntilFn {
  if (jsonata && isJsonataExpression(def.Seconds)) {
    const expression = compileJsonata(def.Seconds, 'Seconds');
    return async (run, _effective, input) => {
      const value = await expression.evaluate(statesBinding(run, input), run.lane.vars);
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The JSONata expression '${expression.text}' specified for the field 'Seconds' returned an unexpected result type. Expected 'integer', but was '${typeName(value)}' for value: ${JSON.stringify(value)}`,
        );
      }
      return { seconds: value };
    };
  }
  if (jsonata && isJsonataExpression(def.Timestamp)) {
    const expression = compileJsonata(def.Timestamp, 'Timestamp');
    return async (run, _effective, input) => {
      const value = await expression.evaluate(statesBinding(run, input), run.lane.vars);
      const at = typeof value === 'string' ? parseIsoOffsetDateTime(value) : undefined;
      if (at === undefined) {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
        );
      }
      return { at };
    };
  }
  if (typeof def.Seconds === 'number') {
    const seconds = def.Seconds;
    return () => ({ seconds });
  }
  if (typeof def.Timestamp === 'string') {
    const text = def.Timestamp;
    const at = parseIsoOffsetDateTime(text);
    return () => {
      if (at === undefined) {
        throw new StatesError(
          'States.Runtime',
          `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${text}`,
        );
      }
      return { at };
    };
  }
  if (typeof def.SecondsPath === 'string') {
    const read = compileRead(def.SecondsPath, 'SecondsPath');
    return (run, effective) => {
      const value = read(run, effective);
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        throw new StatesError(
          'States.Runtime',
          `The SecondsPath parameter cannot be parsed as a long value: ${def.SecondsPath} == ${JSON.stringify(value)}`,
        );
      }
      if (value < 0) {
        throw new StatesError(
          'States.Runtime',
          `The SecondsPath parameter references a negative value: ${def.SecondsPath} == ${value}`,
        );
      }
      return { seconds: value };
    };
  }
  if (typeof def.TimestampPath === 'string') {
    const read = compileRead(def.TimestampPath, 'TimestampPath');
    return (run, effective) => {
      const value = read(run, effective);
      const at = typeof value === 'string' ? parseIsoOffsetDateTime(value) : undefined;
      if (at === undefined) {
        throw new StatesError(
          'States.Runtime',
          `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${def.TimestampPath} == ${typeof value === 'string' ? value : JSON.stringify(value)}`,
        );
      }
      return { at };
    };
  }
  if (def.Seconds !== undefined || def.Timestamp !== undefined) {
    const field = def.Seconds !== undefined ? 'Seconds' : 'Timestamp';
    const value = JSON.stringify(def.Seconds ?? def.Timestamp);
    return () => {
      throw new StatesError(
        'States.Runtime',
        `The Wait state's ${field} must be ${field === 'Seconds' ? 'a non-negative integer' : 'an ISO-8601 timestamp'}${jsonata ? ' or a JSONata expression' : ''}, but it is ${value}.`,
      );
    };
  }
  return () => {
    throw new StatesError(
      'States.Runtime',
      'The Wait state has none of Seconds, SecondsPath, Timestamp or TimestampPath.',
    );
  };
}

function compileRead(path: string, field: string): (run: StateRun, effective: unknown) => unknown {
  const ast = tryParse(path);
  return (run, effective) => {
    if (ast instanceof StatesError) throw ast;
    try {
      return evaluatePath(ast, effective, contextObject(run), run.lane.vars);
    } catch (error) {
      if (error instanceof PathNotFoundError) {
        throw new StatesError(
          'States.Runtime',
          `The ${field} parameter does not reference an input value: ${path}`,
        );
      }
      throw error;
    }
  };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
