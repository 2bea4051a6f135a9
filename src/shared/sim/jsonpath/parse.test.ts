import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JsonPathSyntaxError, isDefinitePath, isReferencePath, parseJsonPath } from './index';
import { formatNormalized } from './format';

describe('parseJsonPath', () => {
  it('parses roots: input, context object and variables', () => {
    expect(parseJsonPath('$').root).toEqual({ kind: 'input' });
    expect(parseJsonPath('$$.Execution.Id').root).toEqual({ kind: 'context' });
    expect(parseJsonPath('$myVar.a').root).toEqual({ kind: 'variable', name: 'myVar' });
  });

  it('parses dotted, bracketed, index, wildcard, slice, union, scan and function steps', () => {
    const ast = parseJsonPath("$.a['b c'][0][-1][*][1:3][::2]['x','y']");
    expect(ast.steps).toEqual([
      { kind: 'property', names: ['a'] },
      { kind: 'property', names: ['b c'] },
      { kind: 'index', indexes: [0] },
      { kind: 'index', indexes: [-1] },
      { kind: 'wildcard' },
      { kind: 'slice', start: 1, end: 3, step: null },
      { kind: 'slice', start: null, end: null, step: 2 },
      { kind: 'property', names: ['x', 'y'] },
    ]);
    expect(parseJsonPath('$..b').steps).toEqual([
      { kind: 'scan' },
      { kind: 'property', names: ['b'] },
    ]);
    expect(parseJsonPath('$.a.length()').steps[1]).toEqual({ kind: 'function', name: 'length' });
    expect(parseJsonPath('$.a[0,2]').steps[1]).toEqual({ kind: 'index', indexes: [0, 2] });
  });

  it('parses filters into a tree, never code', () => {
    const ast = parseJsonPath("$.items[?(@.price < 10 && (@.tag == 'x' || !@.hidden))]");
    const step = ast.steps[1];
    expect(step.kind).toBe('filter');
    if (step.kind !== 'filter') return;
    expect(step.expr.kind).toBe('and');
    expect(() => parseJsonPath('$[?(@.a =~ /ab+c/i)]')).not.toThrow();
    expect(() => parseJsonPath("$[?(@.a in ['x', 'y'])]")).not.toThrow();
    expect(() =>
      parseJsonPath('$[?(@.a nin [1,2] && @.b size 2 && @.c empty true)]'),
    ).not.toThrow();
  });

  it('unescapes quoted names', () => {
    expect(parseJsonPath("$['it\\'s']").steps[0]).toEqual({ kind: 'property', names: ["it's"] });
  });

  it('tells definite from indefinite paths as Jayway does', () => {
    expect(isDefinitePath(parseJsonPath('$.a[0].b'))).toBe(true);
    expect(isDefinitePath(parseJsonPath("$.a['x','y']"))).toBe(true);
    expect(isDefinitePath(parseJsonPath('$.a[*]'))).toBe(false);
    expect(isDefinitePath(parseJsonPath('$..a'))).toBe(false);
    expect(isDefinitePath(parseJsonPath('$.a[1:2]'))).toBe(false);
    expect(isDefinitePath(parseJsonPath('$.a[0,1]'))).toBe(false);
    expect(isDefinitePath(parseJsonPath('$.a[?(@.x)]'))).toBe(false);
    expect(isDefinitePath(parseJsonPath('$.a[*].length()'))).toBe(true);
  });

  it('recognises reference paths (ResultPath)', () => {
    expect(isReferencePath(parseJsonPath('$'))).toBe(true);
    expect(isReferencePath(parseJsonPath("$.a['b'][2]"))).toBe(true);
    expect(isReferencePath(parseJsonPath('$.a[*]'))).toBe(false);
    expect(isReferencePath(parseJsonPath('$.a[-1]'))).toBe(false);
    expect(isReferencePath(parseJsonPath('$.a.length()'))).toBe(false);
    expect(isReferencePath(parseJsonPath('$$.Execution'))).toBe(false);
    expect(isReferencePath(parseJsonPath('$..a'))).toBe(false);
  });

  it('rejects bad paths with a reason and a position', () => {
    const cases: [string, number][] = [
      ['', 0],
      ['a.b', 0],
      ['$.', 2],
      ['$.a[', 4],
      ["$['a", 2],
      ['$.a[?(@.x <)]', 11],
      ['$.a.nope()', 4],
      ['$.a[1:2:0]', 9],
      ['$.a b', 3],
      ['$.a.length().b', 12],
    ];
    for (const [text, position] of cases) {
      try {
        parseJsonPath(text);
        expect.fail(`${text} should not parse`);
      } catch (error) {
        expect(error).toBeInstanceOf(JsonPathSyntaxError);
        expect((error as JsonPathSyntaxError).position).toBe(position);
      }
    }
  });

  it('compiles each text once', () => {
    expect(parseJsonPath('$.cached.path')).toBe(parseJsonPath('$.cached.path'));
  });

  it('prints Jayway normalized paths', () => {
    expect(formatNormalized(parseJsonPath('$.a.b[0][*]'))).toBe("$['a']['b'][0][*]");
  });

  it('never throws anything but JsonPathSyntaxError on arbitrary text', () => {
    const pathish = fc.stringMatching(/^\$[$.a-z0-9[\]()?@'"*:,<>=!&| -]{0,20}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), pathish), (text) => {
        try {
          parseJsonPath(text);
        } catch (error) {
          if (!(error instanceof JsonPathSyntaxError)) throw error;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
