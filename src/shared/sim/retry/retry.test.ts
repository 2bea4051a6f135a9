import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random/random';
import { errorMatches } from '../engine/state-errors';
import { compileRetrier, retryDelaySeconds } from './retry';

describe('retry delays', () => {
  it('uses AWS defaults: 1s, ×2, 3 attempts', () => {
    const r = compileRetrier({ ErrorEquals: ['States.ALL'] });
    expect(r.maxAttempts).toBe(3);
    expect([0, 1, 2].map((n) => retryDelaySeconds(r, n, () => 0.5))).toEqual([1, 2, 4]);
  });

  it('caps by MaxDelaySeconds', () => {
    const r = compileRetrier({
      ErrorEquals: ['E'],
      IntervalSeconds: 10,
      BackoffRate: 10,
      MaxDelaySeconds: 50,
    });
    expect([0, 1, 2].map((n) => retryDelaySeconds(r, n, () => 0.5))).toEqual([10, 50, 50]);
  });

  it('FULL jitter draws from the seeded random source, repeatably and within [0, delay]', () => {
    const r = compileRetrier({ ErrorEquals: ['E'], IntervalSeconds: 8, JitterStrategy: 'FULL' });
    const a = [0, 1, 2].map((n) => retryDelaySeconds(r, n, seededRandom(7)));
    const b = [0, 1, 2].map((n) => retryDelaySeconds(r, n, seededRandom(7)));
    expect(a).toEqual(b);
    a.forEach((d, n) => {
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(8 * 2 ** n);
    });
  });
});

describe('error matching', () => {
  it('States.ALL matches everything but States.Runtime and States.DataLimitExceeded', () => {
    expect(errorMatches(['States.ALL'], 'Custom')).toBe(true);
    expect(errorMatches(['States.ALL'], 'States.Timeout')).toBe(true);
    expect(errorMatches(['States.ALL'], 'States.Runtime')).toBe(false);
    expect(errorMatches(['States.ALL'], 'States.DataLimitExceeded')).toBe(false);
    expect(errorMatches(['States.DataLimitExceeded'], 'States.DataLimitExceeded')).toBe(true);
  });

  it('States.TaskFailed matches task errors, not States.Timeout', () => {
    expect(errorMatches(['States.TaskFailed'], 'Lambda.ServiceException')).toBe(true);
    expect(errorMatches(['States.TaskFailed'], 'States.Timeout')).toBe(false);
  });
});
