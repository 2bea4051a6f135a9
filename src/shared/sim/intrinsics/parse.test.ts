import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IntrinsicSyntaxError, parseIntrinsic } from './parse';
import { INTRINSIC_FUNCTIONS } from './functions';

describe('parseIntrinsic', () => {
  it('parses literals, paths and nested calls', () => {
    const call = parseIntrinsic(
      "States.Format('Hi {}, \\'{}\\'', $.name, States.ArrayLength($$.Execution.Input.list), 1.5, -2, true, false, null)",
    );
    expect(call.name).toBe('States.Format');
    expect(call.args.map((a) => a.kind)).toEqual([
      'literal',
      'path',
      'call',
      'literal',
      'literal',
      'literal',
      'literal',
      'literal',
    ]);
    expect(call.args[0]).toMatchObject({ value: "Hi {}, '{}'", raw: "Hi {}, \\'{}\\'" });
    expect(call.args.slice(3).map((a) => (a.kind === 'literal' ? a.value : undefined))).toEqual([
      1.5,
      -2,
      true,
      false,
      null,
    ]);
    const nested = call.args[2];
    expect(
      nested.kind === 'call' && nested.args[0].kind === 'path' && nested.args[0].path.root.kind,
    ).toBe('context');
  });

  it('reads paths with brackets, filters and variables', () => {
    const call = parseIntrinsic("States.Array($.a[?(@.b == 'x,y')], $v.list[0], $)");
    expect(call.args.map((a) => (a.kind === 'path' ? a.path.source : '?'))).toEqual([
      "$.a[?(@.b == 'x,y')]",
      '$v.list[0]',
      '$',
    ]);
  });

  it('accepts zero-argument calls and spaces', () => {
    expect(parseIntrinsic('  States.UUID( )  ').args).toEqual([]);
    expect(parseIntrinsic('States.Array()').args).toEqual([]);
  });

  it('rejects unknown functions, wrong arity and broken text with a position', () => {
    const cases: [string, number][] = [
      ['States.Nope(1)', 0],
      ['States.ArrayLength(1, 2)', 0],
      ['States.UUID(1)', 0],
      ["States.Format('x", 14],
      ['States.Format(1', 15],
      ['States.Format(1 2)', 16],
      ['States.Format(#)', 14],
      ['States.Format(1) x', 17],
      ['States.Format($.a[)', 18],
      ['hello', 0],
      ["States.Base64Decode('YWJj\\nZA==')", 25],
    ];
    for (const [text, position] of cases) {
      try {
        parseIntrinsic(text);
        expect.fail(`${text} should not parse`);
      } catch (error) {
        expect(error).toBeInstanceOf(IntrinsicSyntaxError);
        expect([text, (error as IntrinsicSyntaxError).position]).toEqual([text, position]);
      }
    }
  });

  it('lists every AWS intrinsic with its arity', () => {
    expect(Object.keys(INTRINSIC_FUNCTIONS)).toHaveLength(18);
    expect(INTRINSIC_FUNCTIONS['States.MathRandom']).toEqual({ minArgs: 2, maxArgs: 3 });
  });

  it('throws only IntrinsicSyntaxError on arbitrary text', () => {
    const callish = fc.stringMatching(/^States\.(Format|Array|Hash)\([$.a-z0-9'(),\\ -]{0,20}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), callish), (text) => {
        try {
          parseIntrinsic(text);
        } catch (error) {
          if (!(error instanceof IntrinsicSyntaxError)) throw error;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
