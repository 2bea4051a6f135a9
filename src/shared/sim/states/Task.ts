import type { TaskState } from '../../asl/types';
import type { CompileEnv, CompiledState } from '../engine/compiled';
import type { StateRun } from '../engine/core';
import type { Interpreter } from '../engine/effects';
import type { TaskOutcome } from '../engine/types';
import { StatesError } from '../errors';
import { compileFlow } from '../io/flow';
import { compileErrorHandling, withRetryAndCatch } from '../retry/error-handling';
import { compileNumberField } from './number-field';
import { transitionOf } from './transition';

/** AWS's resourceType/resource split of a Task's Resource ARN, as the history events show it. */
export function describeResource(resource: string): { resourceType: string; resource: string } {
  const parts = resource.split(':');
  if (parts[2] === 'states' && parts.length >= 7) {
    return { resourceType: parts[5], resource: parts.slice(6).join(':') };
  }
  return { resourceType: parts[2] ?? 'unknown', resource };
}

/**
 * Task: its result comes from the task resolver (mocks by default). `.waitForTaskToken` tasks get a
 * token in `$$.Task.Token` and pause until it is answered (unless the resolver answers at once);
 * TimeoutSeconds/HeartbeatSeconds are checked against the time a resolver says a task took.
 */
export function compileTask(name: string, def: TaskState, env: CompileEnv): CompiledState {
  const jsonata = env.queryLanguage === 'JSONata';
  const flow = compileFlow(def, jsonata, jsonata ? 'Arguments' : 'Parameters');
  const next = transitionOf(def, env);
  const handling = compileErrorHandling(def.Retry, def.Catch, jsonata);
  const resource = typeof def.Resource === 'string' ? def.Resource : '';
  const waitsForToken = resource.endsWith('.waitForTaskToken');
  const described = describeResource(resource);
  const timeout = compileNumberField(
    'TimeoutSeconds',
    def.TimeoutSeconds,
    def.TimeoutSecondsPath,
    jsonata,
    {
      integer: true,
      min: 1,
      rangeMessage: 'TimeoutSeconds must be a positive integer.',
    },
  );
  const heartbeat = compileNumberField(
    'HeartbeatSeconds',
    def.HeartbeatSeconds,
    def.HeartbeatSecondsPath,
    jsonata,
    {
      integer: true,
      min: 1,
      rangeMessage: 'HeartbeatSeconds must be a positive integer.',
    },
  );

  function* attempt(run: StateRun, input: unknown): Interpreter<unknown> {
    const core = run.core;
    const lane = run.lane;
    if (waitsForToken) run.taskToken = core.newTaskToken();
    let parameters = flow.prepare(run, input);
    if (parameters instanceof Promise) parameters = yield { kind: 'await', promise: parameters };
    if (run.record) run.record.parameters = parameters;
    let timeoutSeconds = timeout(run, parameters, input);
    if (timeoutSeconds instanceof Promise)
      timeoutSeconds = (yield { kind: 'await', promise: timeoutSeconds }) as number | undefined;
    let heartbeatSeconds = heartbeat(run, parameters, input);
    if (heartbeatSeconds instanceof Promise)
      heartbeatSeconds = (yield { kind: 'await', promise: heartbeatSeconds }) as number | undefined;
    core.event(lane, 'TaskScheduled', {
      resourceType: described.resourceType,
      resource: described.resource,
      region: 'us-east-1',
      parameters,
      ...(timeoutSeconds !== undefined ? { timeoutInSeconds: timeoutSeconds } : {}),
      ...(heartbeatSeconds !== undefined ? { heartbeatInSeconds: heartbeatSeconds } : {}),
    });
    core.event(lane, 'TaskStarted', {
      resourceType: described.resourceType,
      resource: described.resource,
    });
    let outcome = core.resolver({
      stateName: name,
      statePath: lane.path + name,
      resource,
      parameters,
      invocation: core.nextInvocation(name),
      taskToken: run.taskToken,
    });
    if (outcome instanceof Promise)
      outcome = (yield { kind: 'await', promise: outcome }) as TaskOutcome;
    if (outcome.kind === 'pending') {
      if (!run.taskToken) {
        throw new StatesError(
          'States.Runtime',
          `The task resolver answered 'pending' for '${name}', which does not wait for a task token.`,
        );
      }
      const now = core.clock.now();
      outcome = (yield {
        kind: 'callback',
        token: run.taskToken,
        timeoutAt: timeoutSeconds !== undefined ? now + timeoutSeconds * 1000 : undefined,
        heartbeatMs: heartbeatSeconds !== undefined ? heartbeatSeconds * 1000 : undefined,
      }) as TaskOutcome;
      if (
        outcome.kind === 'failure' &&
        (outcome.error === 'States.Timeout' || outcome.error === 'States.HeartbeatTimeout')
      ) {
        core.event(lane, 'TaskTimedOut', {
          resourceType: described.resourceType,
          resource: described.resource,
          error: outcome.error,
          cause: outcome.cause,
        });
        throw new StatesError(outcome.error, outcome.cause ?? '');
      }
    }
    const took = (outcome as { durationSeconds?: number }).durationSeconds;
    if (took !== undefined && took > 0) {
      const limit = timeoutSeconds ?? Infinity;
      const beat = heartbeatSeconds ?? Infinity;
      if (took > limit || took > beat) {
        const byHeartbeat = beat < limit && took > beat;
        core.sleep((byHeartbeat ? beat : limit) * 1000);
        const error = byHeartbeat ? 'States.HeartbeatTimeout' : 'States.Timeout';
        core.event(lane, 'TaskTimedOut', {
          resourceType: described.resourceType,
          resource: described.resource,
          error,
          cause: '',
        });
        throw new StatesError(error, '');
      }
      core.sleep(took * 1000);
    }
    if (outcome.kind === 'failure') {
      core.event(lane, 'TaskFailed', {
        resourceType: described.resourceType,
        resource: described.resource,
        error: outcome.error,
        cause: outcome.cause,
      });
      throw new StatesError(outcome.error, outcome.cause ?? '');
    }
    const result = outcome.kind === 'success' ? outcome.output : null;
    core.event(lane, 'TaskSucceeded', {
      resourceType: described.resourceType,
      resource: described.resource,
      output: result,
    });
    if (run.record) run.record.result = result;
    let output = flow.finish(run, input, parameters, result);
    if (output instanceof Promise) output = yield { kind: 'await', promise: output };
    run.next = next;
    return output;
  }

  return {
    name,
    type: 'Task',
    definition: def,
    enteredEvent: 'TaskStateEntered',
    exitedEvent: 'TaskStateExited',
    run(run, input) {
      if (!resource)
        throw new StatesError('States.Runtime', `The Task state '${name}' has no Resource.`);
      return withRetryAndCatch(run, input, handling, () => attempt(run, input));
    },
  };
}
