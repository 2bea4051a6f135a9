import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyChanges, minimalChange } from './textDiff';

describe('minimalChange', () => {
  it('keeps the common prefix and suffix', () => {
    expect(minimalChange('{"a": 1}', '{"a": 12}')).toEqual({ offset: 7, length: 0, text: '2' });
    expect(minimalChange('abc', 'abc')).toBeUndefined();
    expect(minimalChange('aXc', 'aYYc')).toEqual({ offset: 1, length: 1, text: 'YY' });
  });

  it('always reproduces the new text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const c = minimalChange(a, b);
        expect(c ? applyChanges(a, [c]) : a).toBe(b);
      }),
    );
  });
});
