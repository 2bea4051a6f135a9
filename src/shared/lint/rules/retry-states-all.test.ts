import { describe, expect, it } from 'vitest';
import { findingsOf, machine } from '../testing';

const task = (Retry: unknown[]) =>
  machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Retry, End: true } });

describe('retry-states-all', () => {
  it('passes States.ALL with MaxAttempts 0', () => {
    expect(
      findingsOf('retry-states-all', task([{ ErrorEquals: ['States.ALL'], MaxAttempts: 0 }])),
    ).toEqual([]);
  });

  it('reports States.ALL retried (explicitly or by the default of 3 attempts)', () => {
    expect(
      findingsOf('retry-states-all', task([{ ErrorEquals: ['States.ALL'], MaxAttempts: 6 }]))[0],
    ).toMatchObject({
      location: '/States/T/Retry/0',
      message: expect.stringContaining('6 time'),
    });
    expect(
      findingsOf('retry-states-all', task([{ ErrorEquals: ['States.ALL'] }]))[0].message,
    ).toContain('3 time');
  });
});
