import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileStringMatches } from './string-matches';

// A reference built from a regular expression, for short texts only.
function reference(pattern: string, text: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && i + 1 < pattern.length)
      source += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '*') source += '[\\s\\S]*';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`).test(text);
}

describe('compileStringMatches', () => {
  it('agrees with a regex reference on random patterns', () => {
    const chars = fc.constantFrom('a', 'b', '*', '\\');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 8 }),
        fc.array(fc.constantFrom('a', 'b', '*', '\\'), { maxLength: 10 }),
        (p, t) => {
          const pattern = p.join('');
          const text = t.join('');
          expect(compileStringMatches(pattern)(text)).toBe(reference(pattern, text));
        },
      ),
      { numRuns: 3000 },
    );
  });
  it('stays fast on patterns that make naive matchers explode', () => {
    const match = compileStringMatches('*a*a*a*a*a*a*a*a*a*a*b');
    expect(match('a'.repeat(5000))).toBe(false);
  });
});
