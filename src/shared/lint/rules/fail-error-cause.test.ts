import { describe, expect, it } from 'vitest';
import { findingsOf, machine } from '../testing';

describe('fail-error-cause', () => {
  it('passes a Fail with Error and Cause (or their paths)', () => {
    expect(
      findingsOf('fail-error-cause', machine({ F: { Type: 'Fail', Error: 'E', Cause: 'C' } })),
    ).toEqual([]);
    expect(
      findingsOf(
        'fail-error-cause',
        machine({ F: { Type: 'Fail', ErrorPath: '$.e', CausePath: '$.c' } }),
      ),
    ).toEqual([]);
  });

  it('reports what is missing', () => {
    expect(findingsOf('fail-error-cause', machine({ F: { Type: 'Fail' } }))[0].message).toContain(
      'Error or Cause',
    );
    expect(
      findingsOf('fail-error-cause', machine({ F: { Type: 'Fail', Error: 'E' } }))[0].message,
    ).toContain('no Cause');
  });
});
