import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shareUnchanged } from './shareUnchanged';

const parse = (text: string): unknown => JSON.parse(text);

describe('shareUnchanged', () => {
  it('keeps the identity of the states a change did not touch', () => {
    const before = parse(
      '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Task","Resource":"x","End":true}}}',
    ) as { States: Record<string, unknown> };
    const after = shareUnchanged(
      before,
      parse(
        '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Task","Resource":"xy","End":true}}}',
      ),
    ) as { States: Record<string, { Resource?: string }> };
    expect(after).not.toBe(before);
    expect(after.States.A).toBe(before.States.A);
    expect(after.States.B).not.toBe(before.States.B);
    expect(after.States.B.Resource).toBe('xy');
  });

  it('returns the previous value itself when nothing changed', () => {
    const text = '{"a":[1,{"b":null}],"c":"d"}';
    const before = parse(text);
    expect(shareUnchanged(before, parse(text))).toBe(before);
  });

  it('treats a change of key order as a change (the canvas draws states in order)', () => {
    const before = parse('{"States":{"A":1,"B":2}}');
    const after = shareUnchanged(before, parse('{"States":{"B":2,"A":1}}'));
    expect(after).not.toBe(before);
    expect(Object.keys((after as { States: object }).States)).toEqual(['B', 'A']);
  });

  it('keeps a member named __proto__ a member', () => {
    const before = parse('{"__proto__":{"x":1},"y":1}');
    const after = shareUnchanged(before, parse('{"__proto__":{"x":1},"y":2}')) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(after, '__proto__')).toBe(true);
    expect(after.y).toBe(2);
  });

  it('always gives a value deeply equal to the new one', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const next = JSON.parse(JSON.stringify(b)) as unknown;
        const expected = JSON.parse(JSON.stringify(b)) as unknown;
        expect(JSON.stringify(shareUnchanged(JSON.parse(JSON.stringify(a)), next))).toBe(
          JSON.stringify(expected),
        );
      }),
    );
  });
});
