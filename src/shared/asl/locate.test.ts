import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from './parse';
import { locatePointers } from './locate';

describe('locatePointers', () => {
  it('finds values, their keys and their ancestors', () => {
    const text = '{\n  "a": [1, {"b~c": "x\\"y", "d/e": null}],\n  "a": {"k": true}\n}';
    const found = locatePointers(text, ['/a/k', '/missing/deep']);
    expect(found.get('/a/k')).toEqual({
      offset: text.indexOf('true'),
      length: 4,
      keyOffset: text.indexOf('"k"'),
    });
    // The last duplicate wins, as in JSON.parse.
    expect(found.get('/a')?.offset).toBe(text.indexOf('{"k"'));
    expect(found.get('')).toEqual({ offset: 0, length: text.length });
    expect(found.has('/missing/deep')).toBe(false);
    const escaped = locatePointers('{"a": [1, {"b~c": "x", "d/e": null}]}', [
      '/a/1/b~0c',
      '/a/1/d~1e',
    ]);
    expect(escaped.get('/a/1/b~0c')?.length).toBe(3);
    expect(escaped.get('/a/1/d~1e')?.length).toBe(4);
  });

  it('agrees with the parser source map on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const doc = parseDocument(text, 'json');
        const pointers: string[] = [];
        const walk = (v: unknown, p: string): void => {
          pointers.push(p);
          if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}/${i}`));
          else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
              walk(x, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        };
        walk(value, '');
        const found = locatePointers(text, pointers);
        for (const p of pointers) {
          const expected = doc.sourceMap.rangeOf(p)!;
          const got = found.get(p)!;
          expect([got.offset, got.length, got.keyOffset]).toEqual([
            expected.offset,
            expected.length,
            expected.keyOffset,
          ]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
