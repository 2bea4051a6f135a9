import type { ParallelState } from '../../asl/types';
import {
  DefinitionError,
  type CompileEnv,
  type CompiledMachine,
  type CompiledState,
} from '../engine/compiled';
import type { Lane, StateRun } from '../engine/core';
import type { Interpreter } from '../engine/effects';
import { runMachine } from '../engine/run-machine';
import { asLocated, Termination, toStatesError } from '../engine/state-errors';
import { compileFlow } from '../io/flow';
import { compileErrorHandling, withRetryAndCatch } from '../retry/error-handling';
import { transitionOf } from './transition';

/**
 * Parallel: runs every branch on the effective input (one after another, deterministically) and
 * gives the array of their outputs; the first branch that fails fails the state with its error.
 * Branches read the outer variables; what they assign stays inside them.
 */
export function compileParallel(name: string, def: ParallelState, env: CompileEnv): CompiledState {
  const jsonata = env.queryLanguage === 'JSONata';
  const flow = compileFlow(def, jsonata, jsonata ? 'Arguments' : 'Parameters');
  const next = transitionOf(def, env);
  const handling = compileErrorHandling(def.Retry, def.Catch, jsonata);
  if (!Array.isArray(def.Branches) || def.Branches.length === 0) {
    throw new DefinitionError('A Parallel state needs a non-empty "Branches" array', env.pointer);
  }
  const branches: CompiledMachine[] = def.Branches.map((b, i) =>
    env.compileMachine(b, `${env.pointer}/Branches/${i}`),
  );

  function* attempt(run: StateRun, input: unknown): Interpreter<unknown> {
    const core = run.core;
    let effective = flow.prepare(run, input);
    if (effective instanceof Promise) effective = yield { kind: 'await', promise: effective };
    if (run.record) run.record.parameters = effective;
    // Every branch starts from the ParallelStateStarted event, as AWS chains them.
    const startedId = core.event(run.lane, 'ParallelStateStarted');
    const results: unknown[] = new Array(branches.length);
    for (let i = 0; i < branches.length; i++) {
      const branch = branches[i];
      const lane: Lane = {
        vars: branch.assigns ? { ...run.lane.vars } : run.lane.vars,
        lastEventId: startedId,
        path: `${run.lane.path}${name}/${i}/`,
      };
      try {
        results[i] = yield* runMachine(core, branch, lane, effective);
      } catch (thrown) {
        if (thrown instanceof Termination) throw thrown;
        const error = asLocated(toStatesError(thrown));
        run.lane.lastEventId = lane.lastEventId;
        core.event(run.lane, 'ParallelStateFailed', { error: error.error, cause: error.cause });
        throw error;
      }
      run.lane.lastEventId = lane.lastEventId;
    }
    core.event(run.lane, 'ParallelStateSucceeded');
    if (run.record) run.record.result = results;
    let output = flow.finish(run, input, effective, results);
    if (output instanceof Promise) output = yield { kind: 'await', promise: output };
    run.next = next;
    return output;
  }

  return {
    name,
    type: 'Parallel',
    definition: def,
    enteredEvent: 'ParallelStateEntered',
    exitedEvent: 'ParallelStateExited',
    run: (run, input) => withRetryAndCatch(run, input, handling, () => attempt(run, input)),
  };
}
