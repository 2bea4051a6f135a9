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

  it('finds the smallest change in long texts that differ in one place', () => {
    const base = 'x'.repeat(600) + '{"a": 1}\n'.repeat(100);
    fc.assert(
      fc.property(
        fc.nat(base.length),
        fc.nat(700),
        fc.string({ maxLength: 40 }),
        (at, cut, inserted) => {
          const after = base.slice(0, at) + inserted + base.slice(Math.min(base.length, at + cut));
          const c = minimalChange(base, after);
          expect(c ? applyChanges(base, [c]) : base).toBe(after);
          if (!c) return;
          // Nothing around the change could be kept: it starts and ends where the texts differ.
          expect(base.slice(0, c.offset)).toBe(after.slice(0, c.offset));
          if (c.length > 0 && c.text.length > 0) {
            expect(base[c.offset]).not.toBe(c.text[0]);
            expect(base[c.offset + c.length - 1]).not.toBe(c.text[c.text.length - 1]);
          }
        },
      ),
    );
  });
});
