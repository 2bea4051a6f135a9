import { describe, expect, it } from 'vitest';
import { analyze } from './analysis';
import { CHECKERS } from './checkers';

describe('analyze', () => {
  it('gives the value, states and validator + linter findings of good text', () => {
    const a = analyze(
      '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Nope"}}}',
      'json',
      7,
      CHECKERS,
    );
    expect(a.revision).toBe(7);
    expect(a.value).toBeTruthy();
    expect(a.states.map((s) => s.name)).toEqual(['A']);
    expect(a.diagnostics.some((d) => d.source === 'validate' && d.severity === 'ERROR')).toBe(true);
    expect(a.diagnostics.some((d) => d.source === 'lint')).toBe(true);
  });

  it('gives no value for broken text, with the syntax error located', () => {
    const a = analyze('{\n  "StartAt": "A",\n  "States": {\n', 'json', 1, CHECKERS);
    expect(a.value).toBeUndefined();
    const e = a.diagnostics.find((d) => d.source === 'syntax');
    expect(e?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a failing checker as a finding instead of throwing', () => {
    const a = analyze('{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}', 'json', 1, [
      () => {
        throw new Error('boom');
      },
    ]);
    expect(
      a.diagnostics.some((d) => d.code === 'CHECKER_FAILED' && d.message.includes('boom')),
    ).toBe(true);
  });
});
