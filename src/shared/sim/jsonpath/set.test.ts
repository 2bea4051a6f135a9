import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isStatesError } from '../errors';
import { evaluatePath, setAtReferencePath } from './index';

describe('setAtReferencePath', () => {
  it('replaces the root for $', () => {
    expect(setAtReferencePath({ a: 1 }, '$', 'r')).toBe('r');
  });
  it('writes a field, creating missing objects on the way', () => {
    expect(setAtReferencePath({ a: 1 }, '$.b.c', 2)).toEqual({ a: 1, b: { c: 2 } });
    expect(setAtReferencePath({ a: { x: 1 } }, '$.a.y', 2)).toEqual({ a: { x: 1, y: 2 } });
    expect(setAtReferencePath({ a: [1, 2] }, '$.a[1]', 9)).toEqual({ a: [1, 9] });
  });
  it('copies only the containers on the written path', () => {
    const input = { big: { deep: [1, 2, 3] }, a: { b: { c: 1 }, side: { s: 1 } } };
    const out = setAtReferencePath(input, '$.a.b.d', 5) as typeof input & {
      a: { b: { d: number } };
    };
    expect(out.big).toBe(input.big);
    expect(out.a.side).toBe(input.a.side);
    expect(out.a).not.toBe(input.a);
    expect(input.a.b).toEqual({ c: 1 });
    expect(out.a.b).toEqual({ c: 1, d: 5 });
  });
  it('fails with States.ResultPathMatchFailure when a step meets a non-object', () => {
    for (const [input, path] of [
      [{ a: 's' }, '$.a.b'],
      ['text', '$.a'],
      [{ a: [1] }, '$.a[3]'],
      [{ a: {} }, '$.a[0]'],
    ] as const) {
      try {
        setAtReferencePath(input, path, 1);
        expect.fail(`${path} should fail`);
      } catch (error) {
        expect(isStatesError(error) && error.error).toBe('States.ResultPathMatchFailure');
      }
    }
    try {
      setAtReferencePath({ a: 's' }, '$.a.b', 1);
    } catch (error) {
      expect(isStatesError(error) && error.cause).toBe('Unable to apply step "b" to input "s"');
    }
  });
  it('writes a __proto__ key as a plain field, never the prototype', () => {
    const out = setAtReferencePath(
      JSON.parse('{"__proto__": {"a": 1}}'),
      "$['__proto__'].polluted",
      true,
    ) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(evaluatePath("$['__proto__'].polluted", out)).toBe(true);
  });
  it('rejects paths that are not reference paths', () => {
    expect(() => setAtReferencePath({}, '$.a[*]', 1)).toThrow();
  });
  it('reads back what it wrote, on any object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (input, value) => {
        const out = setAtReferencePath(input, '$.result.value', value);
        if (
          typeof input.result === 'object' &&
          input.result !== null &&
          !Array.isArray(input.result)
        ) {
          expect(evaluatePath('$.result.value', out)).toEqual(value);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('stays fast on a 10,000-write chain (no deep copies)', () => {
    let payload: unknown = {
      data: Array.from({ length: 1000 }, (_, i) => ({ i, text: 'x'.repeat(50) })),
    };
    for (let i = 0; i < 10_000; i++) payload = setAtReferencePath(payload, '$.step', i);
    expect(evaluatePath('$.step', payload)).toBe(9999);
  });
});
