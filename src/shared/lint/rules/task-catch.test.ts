import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, machine } from '../testing';

const task = (extra: Record<string, unknown> = {}) => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::sns:publish',
  End: true,
  ...extra,
});

describe('task-catch', () => {
  it('passes a Task with a Catch', () => {
    const def = machine({
      Publish: task({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }] }),
      Oops: { Type: 'Fail' },
    });
    expect(findingsOf('task-catch', def)).toEqual([]);
  });

  it('reports a Task without Catch, including inside a Parallel branch', () => {
    const def = machine({
      Fan: {
        Type: 'Parallel',
        End: true,
        Branches: [{ StartAt: 'Publish', States: { Publish: task() } }],
      },
    });
    const [finding] = findingsOf('task-catch', def);
    expect(finding).toMatchObject({
      location: '/States/Fan/Branches/0/States/Publish',
      stateName: 'Publish',
    });
  });

  describe('a Task in a branch or a processor whose enclosing state catches', () => {
    const catcher = (...errors: string[]) => ({ ErrorEquals: errors, Next: 'Oops' });
    // A Task inside `wrap` levels of Parallel/Map states; the outermost gets `outer` catchers,
    // the innermost `inner` ones.
    const nested = (
      inner: Record<string, unknown>[],
      opts: {
        task?: Record<string, unknown>;
        type?: 'Parallel' | 'Map';
        outer?: Record<string, unknown>[];
        distributed?: boolean;
      } = {},
    ) => {
      const body = { StartAt: 'Publish', States: { Publish: task(opts.task) } };
      const wrap = (machineBody: Record<string, unknown>, catchers: Record<string, unknown>[]) =>
        (opts.type ?? 'Parallel') === 'Parallel'
          ? {
              Type: 'Parallel',
              Next: 'Done',
              Branches: [machineBody],
              ...(catchers.length ? { Catch: catchers } : {}),
            }
          : {
              Type: 'Map',
              Next: 'Done',
              MaxConcurrency: 2,
              ItemProcessor: {
                ...(opts.distributed
                  ? { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } }
                  : {}),
                ...machineBody,
              },
              ...(catchers.length ? { Catch: catchers } : {}),
            };
      const innerState = wrap(body, inner);
      const top = opts.outer
        ? {
            Type: 'Parallel',
            Next: 'Done',
            Branches: [
              {
                StartAt: 'Inner',
                States: { Inner: { ...innerState, Next: undefined, End: true } },
              },
            ],
            Catch: opts.outer,
          }
        : innerState;
      return machine({ Fan: top, Done: { Type: 'Succeed' }, Oops: { Type: 'Fail' } });
    };

    it('passes when a Parallel catches States.ALL', () => {
      expect(findingsOf('task-catch', nested([catcher('States.ALL')]))).toEqual([]);
    });

    it('passes when a Map catches States.TaskFailed and the Task cannot time out', () => {
      expect(
        findingsOf('task-catch', nested([catcher('States.TaskFailed')], { type: 'Map' })),
      ).toEqual([]);
    });

    it('reports a Task with a timeout when only States.TaskFailed is caught', () => {
      const def = nested([catcher('States.TaskFailed')], { task: { TimeoutSeconds: 30 } });
      expect(findingsOf('task-catch', def)).toHaveLength(1);
      // …and passes once States.Timeout is caught too, here one level further out.
      expect(
        findingsOf(
          'task-catch',
          nested([catcher('States.TaskFailed')], {
            task: { TimeoutSeconds: 30 },
            outer: [catcher('States.Timeout')],
          }),
        ),
      ).toEqual([]);
    });

    it('counts every level of nesting', () => {
      expect(findingsOf('task-catch', nested([], { outer: [catcher('States.ALL')] }))).toEqual([]);
    });

    it('reports when the enclosing states catch only specific errors, or nothing', () => {
      expect(
        findingsOf('task-catch', nested([catcher('Lambda.ServiceException', 'States.Timeout')])),
      ).toHaveLength(1);
      expect(findingsOf('task-catch', nested([], { type: 'Map' }))).toHaveLength(1);
    });

    it('passes when a Distributed Map catches States.ExceedToleratedFailureThreshold', () => {
      const def = nested([catcher('States.ExceedToleratedFailureThreshold')], {
        type: 'Map',
        distributed: true,
        task: { TimeoutSeconds: 30 },
      });
      expect(findingsOf('task-catch', def)).toEqual([]);
      // An inline Map sees the Task's own errors, which that name does not match.
      expect(
        findingsOf(
          'task-catch',
          nested([catcher('States.ExceedToleratedFailureThreshold')], { type: 'Map' }),
        ),
      ).toHaveLength(1);
    });
  });

  it('fix catches every error into a new Fail state that keeps the error (JSONPath)', () => {
    const { value } = applyFix('task-catch', machine({ Publish: task() }));
    const states = value.States as Record<string, Record<string, unknown>>;
    expect(states.Publish.Catch).toEqual([
      { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Publish Failed' },
    ]);
    expect(states['Publish Failed']).toMatchObject({
      Type: 'Fail',
      ErrorPath: '$.error.Error',
      CausePath: '$.error.Cause',
    });
    expect(findingsOf('task-catch', value)).toEqual([]);
  });

  it('fix uses an Output that keeps the input under JSONata', () => {
    const { value } = applyFix(
      'task-catch',
      machine({ Publish: task() }, { QueryLanguage: 'JSONata' }),
    );
    const states = value.States as Record<string, Record<string, unknown>>;
    expect((states.Publish.Catch as Record<string, unknown>[])[0].Output).toContain(
      '$states.input',
    );
    expect(states['Publish Failed'].Error).toBe('{% $states.input.error.Error %}');
  });

  it('offers an existing handler as a second fix', () => {
    const def = machine({
      A: task({
        Next: 'B',
        End: undefined,
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Notify' }],
      }),
      B: task(),
      Notify: { Type: 'Fail', Error: 'E', Cause: 'C' },
    });
    const [finding] = findingsOf('task-catch', def);
    expect(finding.fixes.map((f) => f.title)).toEqual([
      expect.stringContaining('new Fail'),
      "Catch every error in 'Notify'",
    ]);
    const { value } = applyFix('task-catch', def, { fixIndex: 1 });
    expect((value.States as Record<string, Record<string, unknown>>).B.Catch).toEqual([
      { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Notify' },
    ]);
  });
});
