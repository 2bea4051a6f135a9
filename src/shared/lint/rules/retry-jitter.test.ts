import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, machine } from '../testing';

const task = (Retry: unknown[]) =>
  machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Retry, End: true } });

describe('retry-jitter', () => {
  it('passes jittered retriers, timeout-only retriers and MaxAttempts 0', () => {
    const def = task([
      { ErrorEquals: ['States.Timeout'], IntervalSeconds: 5, MaxAttempts: 2, BackoffRate: 2 },
      { ErrorEquals: ['Throttled'], JitterStrategy: 'FULL' },
      { ErrorEquals: ['States.ALL'], MaxAttempts: 0 },
    ]);
    expect(findingsOf('retry-jitter', def)).toEqual([]);
  });

  it('reports a retrier of other errors without JitterStrategy', () => {
    const [finding] = findingsOf(
      'retry-jitter',
      task([{ ErrorEquals: ['Throttled'], MaxAttempts: 4 }]),
    );
    expect(finding).toMatchObject({ location: '/States/T/Retry/0', severity: 'WARNING' });
  });

  it('fix adds JitterStrategy FULL to that retrier', () => {
    const { value, text, before } = applyFix(
      'retry-jitter',
      task([{ ErrorEquals: ['Throttled'] }]),
    );
    expect(
      (
        (value.States as Record<string, Record<string, unknown>>).T.Retry as Record<
          string,
          unknown
        >[]
      )[0].JitterStrategy,
    ).toBe('FULL');
    // Minimal: every original line is still there (only a comma may be added).
    for (const line of before.split('\n'))
      expect(text.replace(/,\n/g, '\n')).toContain(line.replace(/,$/, ''));
  });
});
