import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, machine } from '../testing';

const MODEL_RETRY = [
  { ErrorEquals: ['States.Timeout'], IntervalSeconds: 5, MaxAttempts: 2, BackoffRate: 2.0 },
  {
    ErrorEquals: ['TransientError', 'Lambda.ServiceException'],
    IntervalSeconds: 1,
    MaxAttempts: 5,
    BackoffRate: 2.0,
    JitterStrategy: 'FULL',
  },
  { ErrorEquals: ['States.ALL'], MaxAttempts: 0 },
];
const lambda = (extra: Record<string, unknown> = {}) =>
  machine({
    'Charge Card': {
      Type: 'Task',
      Resource: 'arn:aws:lambda:us-east-1:123456789012:function:Charge',
      End: true,
      ...extra,
    },
  });

describe('task-retry', () => {
  it('passes a Task with a Retry block', () => {
    expect(findingsOf('task-retry', lambda({ Retry: MODEL_RETRY }))).toEqual([]);
  });

  it('reports a Task without Retry, or with an empty one, at the state', () => {
    const [finding] = findingsOf('task-retry', lambda());
    expect(finding).toMatchObject({
      code: 'task-retry',
      location: '/States/Charge Card',
      stateName: 'Charge Card',
      line: 4,
      column: 5,
    });
    expect(findingsOf('task-retry', lambda({ Retry: [] }))).toHaveLength(1);
  });

  it('ignores states that are not Tasks', () => {
    expect(findingsOf('task-retry', machine({ P: { Type: 'Pass', End: true } }))).toEqual([]);
  });

  it('fix adds the model Retry block, with the Lambda service errors for a Lambda task', () => {
    const { value } = applyFix('task-retry', lambda());
    const retry = (value.States as Record<string, Record<string, unknown>>)['Charge Card']
      .Retry as Record<string, unknown>[];
    expect(retry).toHaveLength(3);
    expect(retry[1].ErrorEquals).toContain('Lambda.TooManyRequestsException');
    expect(retry[2]).toEqual({ ErrorEquals: ['States.ALL'], MaxAttempts: 0 });
    expect(findingsOf('task-retry', value)).toEqual([]);
  });
});
