import { describe, expect, it } from 'vitest';
import { exactBytes, exceedsPayloadLimit } from './payload-size';

describe('payload size', () => {
  it('counts UTF-8 bytes of the JSON text', () => {
    expect(exactBytes({ a: 'é' })).toBe('{"a":"é"}'.length + 1);
    expect(exactBytes('😀')).toBe(6);
  });

  it('is exact at the limit', () => {
    const limit = 1000;
    const fits = 'x'.repeat(limit - 2);
    expect(exceedsPayloadLimit(fits, limit)).toBe(false);
    expect(exceedsPayloadLimit(fits + 'x', limit)).toBe(true);
    const multibyte = 'é'.repeat((limit - 2) / 2);
    expect(exceedsPayloadLimit(multibyte, limit)).toBe(false);
    expect(exceedsPayloadLimit(multibyte + 'é', limit)).toBe(true);
  });

  it('remembers objects found small without missing later, larger ones', () => {
    const small = { a: 1 };
    expect(exceedsPayloadLimit(small, 100)).toBe(false);
    expect(exceedsPayloadLimit(small, 100)).toBe(false);
    expect(exceedsPayloadLimit({ small, big: 'x'.repeat(200) }, 100)).toBe(true);
  });
});

describe('payload size with different limits', () => {
  it('does not reuse a verdict made under a larger limit', () => {
    const value = { text: 'x'.repeat(500) };
    expect(exceedsPayloadLimit(value, 10_000)).toBe(false);
    expect(exceedsPayloadLimit(value, 100)).toBe(true);
  });
});
