import type { Catcher, Retrier } from '../../asl/types';
import type { StateRun } from '../engine/core';
import type { Interpreter } from '../engine/effects';
import { StatesError } from '../errors';
import { errorMatches, locateError, Termination, toStatesError } from '../engine/state-errors';
import { compileJsonataTemplate, type CompiledJsonataTemplate } from '../jsonata/template';
import { applyAssignment, statesBinding } from '../io/flow';
import { compileJsonPathTemplate, type TemplateFn } from '../io/jsonpath-template';
import { compileResultPath, type ResultMerger } from '../io/jsonpath-io';
import { compileRetrier, retryDelaySeconds, type CompiledRetrier } from './retry';

interface CompiledCatcher {
  errorEquals: string[];
  next: string;
  resultPath: ResultMerger;
  assignPath?: TemplateFn;
  output?: CompiledJsonataTemplate;
  assignJsonata?: CompiledJsonataTemplate;
}

/** A state's Retry and Catch, compiled once. */
export interface ErrorHandling {
  readonly retriers: CompiledRetrier[];
  readonly catchers: CompiledCatcher[];
}

/** Compiles Retry and Catch for a state in the given query language. */
export function compileErrorHandling(
  retry: Retrier[] | undefined,
  catchers: Catcher[] | undefined,
  jsonata: boolean,
): ErrorHandling {
  return {
    retriers: (retry ?? []).map(compileRetrier),
    catchers: (catchers ?? []).map((c) => ({
      errorEquals: Array.isArray(c.ErrorEquals) ? c.ErrorEquals : [],
      next: c.Next,
      resultPath: compileResultPath(jsonata ? undefined : c.ResultPath),
      assignPath: !jsonata && c.Assign ? compileJsonPathTemplate(c.Assign, 'Assign') : undefined,
      output:
        jsonata && c.Output !== undefined ? compileJsonataTemplate(c.Output, 'Output') : undefined,
      assignJsonata: jsonata && c.Assign ? compileJsonataTemplate(c.Assign, 'Assign') : undefined,
    })),
  };
}

/** Hook a state gives to report each failed attempt (e.g. TaskFailed, MapStateFailed events). */
export type OnAttemptFailed = (error: StatesError) => void;

/**
 * Runs a state's attempt with its retriers and catchers. A matching retrier waits on the virtual
 * clock and runs the attempt again; once retries are used up (or none match) the first matching
 * catcher turns the error into output for its Next state; otherwise the error propagates.
 */
export function* withRetryAndCatch(
  run: StateRun,
  input: unknown,
  handling: ErrorHandling,
  attempt: () => Interpreter<unknown>,
  onFailed?: OnAttemptFailed,
): Interpreter<unknown> {
  const counts = handling.retriers.length
    ? new Array<number>(handling.retriers.length).fill(0)
    : [];
  for (;;) {
    let error: StatesError;
    try {
      return yield* attempt();
    } catch (thrown) {
      if (thrown instanceof Termination) throw thrown;
      error = locateError(toStatesError(thrown), run.name, run.enteredEventId);
    }
    onFailed?.(error);
    const i = handling.retriers.findIndex((r) => errorMatches(r.errorEquals, error.error));
    if (i >= 0 && counts[i] < handling.retriers[i].maxAttempts) {
      const retrier = handling.retriers[i];
      run.core.sleep(retryDelaySeconds(retrier, counts[i], run.core.random) * 1000);
      counts[i]++;
      run.retryCount++;
      continue;
    }
    const catcher = handling.catchers.find((c) => errorMatches(c.errorEquals, error.error));
    if (!catcher) throw error;
    return yield* caught(run, input, catcher, error);
  }
}

function* caught(
  run: StateRun,
  input: unknown,
  catcher: CompiledCatcher,
  error: StatesError,
): Interpreter<unknown> {
  const errorOutput: Record<string, unknown> = { Error: error.error, Cause: error.cause };
  if (catcher.output || catcher.assignJsonata) {
    const states = statesBinding(run, input);
    states.errorOutput = errorOutput;
    const vars = run.lane.vars;
    const assigned = catcher.assignJsonata
      ? ((yield { kind: 'await', promise: catcher.assignJsonata.evaluate(states, vars) }) as Record<
          string,
          unknown
        >)
      : undefined;
    const output = catcher.output
      ? yield { kind: 'await', promise: catcher.output.evaluate(states, vars) }
      : errorOutput;
    if (assigned) applyAssignment(run, assigned);
    run.next = catcher.next;
    return output;
  }
  if (catcher.assignPath) {
    const assigned = catcher.assignPath(errorOutput, run) as Record<string, unknown>;
    const output = catcher.resultPath(input, errorOutput);
    applyAssignment(run, assigned);
    run.next = catcher.next;
    return output;
  }
  // JSONata catchers without Output pass the error output on; JSONPath ones merge it at ResultPath.
  run.next = catcher.next;
  return catcher.resultPath(input, errorOutput);
}
