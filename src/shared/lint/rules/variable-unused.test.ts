import { describe, expect, it } from 'vitest';
import { findingsOf, machine } from '../testing';

describe('variable-unused', () => {
  it('passes variables that are read somewhere (also in nested machines)', () => {
    const def = machine({
      A: { Type: 'Pass', Assign: { 'id.$': '$.id' }, Next: 'P' },
      P: {
        Type: 'Parallel',
        End: true,
        Branches: [
          {
            StartAt: 'Use',
            States: { Use: { Type: 'Pass', Parameters: { 'id.$': '$id' }, End: true } },
          },
        ],
      },
    });
    expect(findingsOf('variable-unused', def)).toEqual([]);
  });

  it('reports an assigned variable nothing reads, at its Assign key', () => {
    const def = machine({
      A: { Type: 'Pass', Assign: { 'used.$': '$.a', unused: 1 }, Next: 'B' },
      B: { Type: 'Pass', Parameters: { 'a.$': '$used' }, End: true },
    });
    const [finding] = findingsOf('variable-unused', def);
    expect(finding).toMatchObject({
      location: '/States/A/Assign/unused',
      message: expect.stringContaining('$unused'),
    });
  });
});
