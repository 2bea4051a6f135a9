import { describe, expect, it } from 'vitest';
import { run, runExecution } from '../test/run';

const branch = (state: Record<string, unknown>) => ({
  StartAt: 'B',
  States: { B: { ...state, End: true } },
});

describe('Parallel', () => {
  it('gives the array of branch outputs', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            branch({ Type: 'Pass', Result: 1 }),
            branch({ Type: 'Pass', InputPath: '$.x' }),
          ],
          ResultPath: '$.out',
          End: true,
        },
      },
    };
    expect((await run(def, { input: { x: 2 } })).output).toEqual({ x: 2, out: [1, 2] });
  });

  it('fails with the failing branch error, which Catch can handle', async () => {
    const failing = {
      Type: 'Parallel',
      Branches: [
        branch({ Type: 'Pass' }),
        { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Boom', Cause: 'b' } } },
      ],
    };
    expect(await run({ StartAt: 'P', States: { P: { ...failing, End: true } } })).toEqual({
      status: 'FAILED',
      error: 'Boom',
      cause: 'b',
    });
    const caught = await run({
      StartAt: 'P',
      States: {
        P: { ...failing, Catch: [{ ErrorEquals: ['Boom'], Next: 'OK' }], End: true },
        OK: { Type: 'Succeed' },
      },
    });
    expect(caught.output).toEqual({ Error: 'Boom', Cause: 'b' });
  });

  it('branches read outer variables; their assignments stay inside', async () => {
    const def = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { x: 1 }, Next: 'P' },
        P: {
          Type: 'Parallel',
          Branches: [
            {
              StartAt: 'In',
              States: {
                In: { Type: 'Pass', Assign: { y: 5 }, Next: 'Read' },
                Read: { Type: 'Pass', Parameters: { 'x.$': '$x', 'y.$': '$y' }, End: true },
              },
            },
          ],
          Next: 'After',
        },
        After: { Type: 'Pass', Parameters: { 'x.$': '$x', 'branches.$': '$' }, End: true },
      },
    };
    expect((await run(def)).output).toEqual({ x: 1, branches: [{ x: 1, y: 5 }] });
    const leak = await run({
      ...def,
      States: { ...def.States, After: { Type: 'Pass', Parameters: { 'y.$': '$y' }, End: true } },
    });
    expect(leak.error).toBe('States.Runtime');
  });

  it('emits Parallel events', async () => {
    const e = await runExecution({
      StartAt: 'P',
      States: { P: { Type: 'Parallel', Branches: [branch({ Type: 'Pass' })], End: true } },
    });
    expect(e.history.map((h) => h.type)).toEqual([
      'ExecutionStarted',
      'ParallelStateEntered',
      'ParallelStateStarted',
      'PassStateEntered',
      'PassStateExited',
      'ParallelStateSucceeded',
      'ParallelStateExited',
      'ExecutionSucceeded',
    ]);
  });
});

describe('Parallel history', () => {
  it('chains each branch to ParallelStateStarted', async () => {
    const e = await runExecution({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [branch({ Type: 'Pass' }), branch({ Type: 'Pass' })],
          End: true,
        },
      },
    });
    const started = e.history.find((h) => h.type === 'ParallelStateStarted')!;
    const entered = e.history.filter((h) => h.type === 'PassStateEntered');
    expect(entered.map((h) => h.previousEventId)).toEqual([started.id, started.id]);
    const succeeded = e.history.find((h) => h.type === 'ParallelStateSucceeded')!;
    expect(succeeded.previousEventId).toBe(succeeded.id - 1);
  });
});
