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
