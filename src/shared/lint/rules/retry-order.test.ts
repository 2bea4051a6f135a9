import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, machine } from '../testing';

const task = (Retry: unknown[], Catch?: unknown[]) =>
  machine({
    T: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Retry, Catch, End: true },
    H: { Type: 'Fail' },
  });

describe('retry-order', () => {
  it('passes retriers ordered from specific to general', () => {
    const def = task([
      { ErrorEquals: ['States.Timeout'] },
      { ErrorEquals: ['SNS.ThrottledException'] },
      { ErrorEquals: ['States.TaskFailed'] },
      { ErrorEquals: ['States.ALL'], MaxAttempts: 0 },
    ]);
    expect(findingsOf('retry-order', def)).toEqual([]);
  });

  it('treats States.Timeout after States.TaskFailed as reachable (TaskFailed does not match it)', () => {
    expect(
      findingsOf(
        'retry-order',
        task([{ ErrorEquals: ['States.TaskFailed'] }, { ErrorEquals: ['States.Timeout'] }]),
      ),
    ).toEqual([]);
  });

  it('reports a specific retrier shadowed by a general one before it, at the shadowed retrier', () => {
    const [finding] = findingsOf(
      'retry-order',
      task([{ ErrorEquals: ['States.TaskFailed'] }, { ErrorEquals: ['SNS.ThrottledException'] }]),
    );
    expect(finding).toMatchObject({
      location: '/States/T/Retry/1',
      message: expect.stringContaining('retrier 0'),
    });
  });

  it('reports shadowed catchers too', () => {
    const def = task(
      [],
      [
        { ErrorEquals: ['States.ALL'], Next: 'H' },
        { ErrorEquals: ['MyError'], Next: 'H' },
      ],
    );
    expect(findingsOf('retry-order', def)[0]).toMatchObject({
      location: '/States/T/Catch/1',
      message: expect.stringContaining('Catcher 1'),
    });
  });

  it('fix reorders the retriers so none is shadowed', () => {
    const def = task([
      { ErrorEquals: ['States.ALL'], MaxAttempts: 0 },
      { ErrorEquals: ['States.TaskFailed'] },
      { ErrorEquals: ['Specific'] },
    ]);
    const { value } = applyFix('retry-order', def);
    const retry = (value.States as Record<string, Record<string, unknown>>).T.Retry as {
      ErrorEquals: string[];
    }[];
    expect(retry.map((r) => r.ErrorEquals[0])).toEqual([
      'Specific',
      'States.TaskFailed',
      'States.ALL',
    ]);
    expect(findingsOf('retry-order', value)).toEqual([]);
  });
});
