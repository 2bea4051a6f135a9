import { describe, expect, it } from 'vitest';
import { createExecution } from './execution';
import { run, runExecution } from '../test/run';

const chain = {
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Result: 1, ResultPath: '$.a', Next: 'B' },
    B: { Type: 'Pass', Result: 2, ResultPath: '$.b', Next: 'C' },
    C: { Type: 'Succeed' },
  },
};

describe('execution: stepping, breakpoints, inspection', () => {
  it('step() pauses at each state entry and records input, parameters and output', async () => {
    const e = createExecution(chain, { input: {}, recordStates: true });
    expect(await e.step()).toBe('PAUSED');
    expect(e.states.map((s) => s.name)).toEqual(['A']);
    expect(await e.step()).toBe('PAUSED');
    expect(e.states[0]).toMatchObject({ name: 'A', input: {}, output: { a: 1 }, next: 'B' });
    await e.step();
    expect(await e.step()).toBe('SUCCEEDED');
    expect(e.result).toEqual({ status: 'SUCCEEDED', output: { a: 1, b: 2 } });
  });

  it('resume() stops at breakpoints only', async () => {
    const e = createExecution(chain, { breakpoints: ['C'], recordStates: true });
    expect(await e.resume()).toBe('PAUSED');
    expect(e.states.at(-1)).toMatchObject({ name: 'C', input: { a: 1, b: 2 } });
    expect(await e.resume()).toBe('SUCCEEDED');
  });

  it('breakpoints work inside Map iterations by name or by path', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } },
          End: true,
        },
      },
    };
    const byPath = createExecution(def, {
      input: [1, 2, 3],
      breakpoints: ['M/2/I'],
      recordStates: true,
    });
    expect(await byPath.resume()).toBe('PAUSED');
    expect(byPath.states.at(-1)).toMatchObject({ path: 'M/2/I', input: 3 });
    const byName = createExecution(def, { input: [1, 2], breakpoints: ['I'] });
    expect(await byName.resume()).toBe('PAUSED');
    expect(await byName.resume()).toBe('PAUSED');
    expect(await byName.resume()).toBe('SUCCEEDED');
  });

  it('stop() aborts a paused run', async () => {
    const e = createExecution(chain);
    await e.step();
    e.stop('Stopped', 'by the user');
    expect(e.result).toEqual({ status: 'ABORTED', error: 'Stopped', cause: 'by the user' });
    expect(e.history.at(-1)?.type).toBe('ExecutionAborted');
  });

  it('numbers history events and chains previousEventId', async () => {
    const e = await runExecution(chain);
    expect(e.history.map((h) => h.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(e.history.map((h) => h.previousEventId)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const aws = e.awsHistory();
    expect(aws[1]).toMatchObject({
      type: 'PassStateEntered',
      id: 2,
      stateEnteredEventDetails: { name: 'A', input: '{}' },
    });
    expect(aws[2]).toMatchObject({ stateExitedEventDetails: { name: 'A', output: '{"a":1}' } });
    expect(aws.at(-1)).toMatchObject({
      type: 'ExecutionSucceeded',
      executionSucceededEventDetails: { output: '{"a":1,"b":2}' },
    });
  });

  it('timestamps follow the virtual clock', async () => {
    const def = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 60, End: true } } };
    const e = await runExecution(def, { context: { startTime: '2024-05-01T00:00:00.000Z' } });
    expect(e.awsHistory().at(-1)?.timestamp).toBe('2024-05-01T00:01:00.000Z');
  });

  it('pins context values for the context object', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Pass',
          Parameters: { 'n.$': '$$.Execution.Name', 't.$': '$$.Execution.StartTime' },
          End: true,
        },
      },
    };
    const r = await run(def, {
      context: { executionName: 'exec-1', startTime: '2024-05-01T00:00:00.000Z' },
    });
    expect(r.output).toEqual({ n: 'exec-1', t: '2024-05-01T00:00:00.000Z' });
  });
});

describe('execution: limits and bad input never throw', () => {
  it('ends an endless loop at the transition budget', async () => {
    const def = { StartAt: 'L', States: { L: { Type: 'Pass', Next: 'L' } } };
    const r = await run(def, { workflowType: 'EXPRESS', limits: { maxTransitions: 1000 } });
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain('budget of 1000 state transitions');
  });

  it('fails a STANDARD run at 25,000 history events', async () => {
    const def = { StartAt: 'L', States: { L: { Type: 'Pass', Next: 'L' } } };
    const e = await runExecution(def);
    expect(e.result?.cause).toContain('25000 history events');
    expect(e.history.length).toBeLessThanOrEqual(25_001);
  });

  it('rejects payloads over 256 KiB with States.DataLimitExceeded', async () => {
    const big = 'x'.repeat(300 * 1024);
    const def = { StartAt: 'P', States: { P: { Type: 'Pass', Result: big, End: true } } };
    const r = await run(def);
    expect(r.error).toBe('States.DataLimitExceeded');
    expect(r.cause).toContain("The state/task 'P' returned a result with a size exceeding");
    expect(
      (await run({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, { input: { big } }))
        .error,
    ).toBe('States.DataLimitExceeded');
  });

  it('times the execution out at its TimeoutSeconds', async () => {
    const def = {
      TimeoutSeconds: 10,
      StartAt: 'W',
      States: { W: { Type: 'Wait', Seconds: 60, End: true } },
    };
    expect((await run(def)).status).toBe('TIMED_OUT');
  });

  it('reports a definition it cannot run with where the problem is', async () => {
    const r = await run({ StartAt: 'Nope', States: { A: { Type: 'Pass', End: true } } });
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain("'Nope'");
    const bad = await run({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Missing' } } });
    expect(bad.cause).toContain('/States/A');
    expect((await run(null)).status).toBe('FAILED');
    expect(
      (await run({ StartAt: 'A', States: { A: { Type: 'Teleport', End: true } } })).cause,
    ).toContain('unknown Type');
  });

  it('reports malformed mocks', async () => {
    const r = await run(
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:x', End: true } } },
      {
        mocks: { T: { first: { Return: 1 } } } as never,
      },
    );
    expect(r.cause).toContain("key 'first'");
  });

  it('ends with a failure, not an exception, for an input that is not JSON', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const r = await run(
      { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
      { input: cyclic },
    );
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toContain('The execution input is not JSON');
  });
});
