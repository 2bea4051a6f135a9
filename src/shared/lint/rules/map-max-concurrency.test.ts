import { describe, expect, it } from 'vitest';
import { findingsOf, machine } from '../testing';

const map = (extra: Record<string, unknown>) =>
  machine({
    M: {
      Type: 'Map',
      End: true,
      ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
      ...extra,
    },
  });

describe('map-max-concurrency', () => {
  it('passes a bounded Map, or one bounded by a path', () => {
    expect(findingsOf('map-max-concurrency', map({ MaxConcurrency: 5 }))).toEqual([]);
    expect(findingsOf('map-max-concurrency', map({ MaxConcurrencyPath: '$.limit' }))).toEqual([]);
  });

  it('reports a Map with no MaxConcurrency, or with 0 (unlimited)', () => {
    expect(findingsOf('map-max-concurrency', map({}))[0].message).toContain('40');
    expect(findingsOf('map-max-concurrency', map({ MaxConcurrency: 0 }))[0].location).toBe(
      '/States/M/MaxConcurrency',
    );
  });
});
