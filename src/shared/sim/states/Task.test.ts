import { describe, expect, it } from 'vitest';
import { createExecution } from '../engine/execution';
import { virtualClock } from '../clock/clock';
import { run, runExecution, single } from '../test/run';

const task = (extra: Record<string, unknown> = {}) =>
  single({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, ...extra });

describe('Task', () => {
  it('answers from its mock, with ResultSelector and ResultPath', async () => {
    const def = task({ ResultSelector: { 'p.$': '$.Payload' }, ResultPath: '$.r' });
    const r = await run(def, {
      input: { a: 1 },
      mocks: { S: { '0': { Return: { Payload: 7 } } } },
    });
    expect(r).toEqual({ status: 'SUCCEEDED', output: { a: 1, r: { p: 7 } } });
  });

  it('fails with a message naming the state when it has no mock', async () => {
    const r = await run(task());
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.TaskFailed');
    expect(r.cause).toContain("No mock for Task state 'S'");
  });

  it('uses invocation ranges across retries and records the retry count', async () => {
    const def = task({
      Parameters: { 'attempt.$': '$$.State.RetryCount' },
      Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 3 }],
    });
    const clock = virtualClock(0);
    const seen: unknown[] = [];
    const r = await run(def, {
      clock,
      taskResolver: (req) => {
        seen.push(req.parameters);
        return req.invocation < 2
          ? { kind: 'failure', error: 'Flaky', cause: 'try again' }
          : { kind: 'success', output: 'ok' };
      },
    });
    expect(r).toEqual({ status: 'SUCCEEDED', output: 'ok' });
    expect(seen).toEqual([{ attempt: 0 }, { attempt: 1 }, { attempt: 2 }]);
    expect(clock.now()).toBe(2000 + 6000);
  });

  it('gives up after MaxAttempts and is caught, with the error at ResultPath', async () => {
    const def = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:lambda:us-east-1:1:function:f',
          Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 1 }],
          Catch: [{ ErrorEquals: ['E'], ResultPath: '$.err', Next: 'Done' }],
          End: true,
        },
        Done: { Type: 'Succeed' },
      },
    };
    const r = await run(def, {
      input: { a: 1 },
      mocks: { T: { '0-5': { Throw: { Error: 'E', Cause: 'c' } } } },
    });
    expect(r.output).toEqual({ a: 1, err: { Error: 'E', Cause: 'c' } });
  });

  it('States.ALL does not catch States.Runtime', async () => {
    const def = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          OutputPath: '$.missing',
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Done' }],
          End: true,
        },
        Done: { Type: 'Succeed' },
      },
    };
    const r = await run(def, { mocks: { T: { '0': { Return: {} } } } });
    expect(r.error).toBe('States.Runtime');
  });

  it('times out when the resolver says the task took longer than TimeoutSeconds', async () => {
    const def = task({ TimeoutSeconds: 5 });
    const r = await run(def, {
      taskResolver: () => ({ kind: 'success', output: 1, durationSeconds: 10 }),
    });
    expect(r.error).toBe('States.Timeout');
    const h = await run(task({ HeartbeatSecondsPath: '$.hb', TimeoutSeconds: 100 }), {
      input: { hb: 3 },
      taskResolver: () => ({ kind: 'success', output: 1, durationSeconds: 10 }),
    });
    expect(h.error).toBe('States.HeartbeatTimeout');
  });

  it('JSONata Arguments and Output with $states.result', async () => {
    const def = single(
      {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Arguments: { n: '{% $states.input.n %}' },
        Output: '{% $states.result.v + 1 %}',
        End: true,
      },
      { QueryLanguage: 'JSONata' },
    );
    const r = await run(def, {
      input: { n: 4 },
      taskResolver: (req) => ({
        kind: 'success',
        output: { v: (req.parameters as { n: number }).n * 10 },
      }),
    });
    expect(r.output).toBe(41);
  });

  it('emits TaskScheduled/Started/Succeeded events', async () => {
    const e = await runExecution(task(), { mocks: { S: { '0': { Return: 1 } } } });
    expect(e.history.map((h) => h.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
  });

  it('waitForTaskToken pauses until the token is answered', async () => {
    const def = single({
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      Parameters: { 'token.$': '$$.Task.Token' },
      End: true,
    });
    let token = '';
    const execution = createExecution(def, {
      taskResolver: (req) => {
        token = (req.parameters as { token: string }).token;
        return { kind: 'pending' };
      },
    });
    expect(await execution.resume()).toBe('WAITING_FOR_CALLBACK');
    expect(execution.pendingTaskTokens).toEqual([token]);
    execution.sendTaskHeartbeat(token);
    execution.sendTaskSuccess(token, { done: true });
    expect(await execution.runToCompletion()).toEqual({
      status: 'SUCCEEDED',
      output: { done: true },
    });
  });

  it('waitForTaskToken: runToCompletion waits for a failure answer', async () => {
    const def = single({
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      End: true,
    });
    const execution = createExecution(def, { taskResolver: () => ({ kind: 'pending' }) });
    const done = execution.runToCompletion();
    await new Promise((r) => setTimeout(r, 10));
    execution.sendTaskFailure(execution.pendingTaskTokens[0], 'Rejected', 'no');
    expect(await done).toEqual({ status: 'FAILED', error: 'Rejected', cause: 'no' });
  });

  it('waitForTaskToken: heartbeats keep a task alive; silence past HeartbeatSeconds times it out', async () => {
    const def = single({
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      HeartbeatSeconds: 10,
      TimeoutSeconds: 100,
      End: true,
    });
    const execution = createExecution(def, { taskResolver: () => ({ kind: 'pending' }) });
    await execution.resume();
    const token = execution.pendingTaskTokens[0];
    execution.advanceTime(8);
    execution.sendTaskHeartbeat(token);
    execution.advanceTime(8);
    expect(execution.status).toBe('WAITING_FOR_CALLBACK');
    execution.advanceTime(3);
    const r = await execution.runToCompletion();
    expect(r.error).toBe('States.HeartbeatTimeout');
    expect(execution.history.some((h) => h.type === 'TaskTimedOut')).toBe(true);
  });

  it('waitForTaskToken: TimeoutSeconds bounds the wait', async () => {
    const def = single({
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      TimeoutSeconds: 30,
      End: true,
    });
    const execution = createExecution(def, { taskResolver: () => ({ kind: 'pending' }) });
    await execution.resume();
    execution.advanceTime(31);
    expect((await execution.runToCompletion()).error).toBe('States.Timeout');
  });
});
