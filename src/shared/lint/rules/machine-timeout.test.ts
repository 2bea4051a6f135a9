import { describe, expect, it } from 'vitest';
import { findingsOf, machine } from '../testing';

describe('machine-timeout', () => {
  it('passes a Standard machine with TimeoutSeconds, and Express machines', () => {
    expect(
      findingsOf('machine-timeout', machine({ A: { Type: 'Succeed' } }, { TimeoutSeconds: 3600 })),
    ).toEqual([]);
    expect(
      findingsOf('machine-timeout', machine({ A: { Type: 'Succeed' } }), {
        workflowType: 'EXPRESS',
      }),
    ).toEqual([]);
  });

  it('reports a Standard machine without TimeoutSeconds, at StartAt', () => {
    expect(findingsOf('machine-timeout', machine({ A: { Type: 'Succeed' } }))[0]).toMatchObject({
      location: '/StartAt',
      line: 2,
    });
  });

  it('is suppressed by the top-level Comment', () => {
    const def = machine(
      { A: { Type: 'Succeed' } },
      { Comment: 'asl-studio-disable machine-timeout' },
    );
    expect(findingsOf('machine-timeout', def)).toEqual([]);
  });
});
