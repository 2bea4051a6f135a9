import { describe, expect, it } from 'vitest';
import { compileJsonata } from './expression';
import { compileJsonataTemplate } from './template';

const states = (input: unknown) => ({ input, context: { Execution: { Name: 'e' } } });
const evaluate = (text: string, input: unknown = {}, vars: Record<string, unknown> = {}) =>
  compileJsonata(`{% ${text} %}`, 'Output').evaluate(states(input), vars);

describe('JSONata evaluation', () => {
  it('binds $states and variables', async () => {
    expect(await evaluate('$states.input.a + $x', { a: 1 }, { x: 2 })).toBe(3);
    expect(await evaluate('$states.context.Execution.Name')).toBe('e');
  });

  it('has the functions Step Functions adds', async () => {
    expect(await evaluate('$partition([1,2,3,4,5], 2)')).toEqual([[1, 2], [3, 4], [5]]);
    expect(await evaluate('$range(0, 10, 5)')).toEqual([0, 5, 10]);
    expect(await evaluate('$hash("hello", "SHA-256")')).toBe(
      '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
    );
    expect(await evaluate('$parse(\'{"a":[1]}\')')).toEqual({ a: [1] });
    expect(await evaluate('$uuid()')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(await evaluate('$random(7)')).toBe(await evaluate('$random(7)'));
  });

  it('words errors as AWS does', async () => {
    await expect(evaluate('$nothing')).rejects.toMatchObject({
      error: 'States.QueryEvaluationError',
      cause:
        "The JSONata expression '$nothing' specified for the field 'Output' returned nothing (undefined).",
    });
    await expect(evaluate('$notAFunction(1)')).rejects.toMatchObject({
      cause: expect.stringContaining(
        'threw an error during evaluation. T1006: Attempted to invoke a non-function',
      ),
    });
    await expect(evaluate('1 +')).rejects.toMatchObject({ error: 'States.QueryEvaluationError' });
  });

  it('returns plain JSON (sequences become arrays, functions are dropped)', async () => {
    const value = await evaluate('[1,2,3][$ > 1]');
    expect(Array.isArray(value)).toBe(true);
    expect(JSON.parse(JSON.stringify(value))).toEqual([2, 3]);
  });
});

describe('JSONata templates', () => {
  it('evaluates every {% %} string at any depth and keeps the rest', async () => {
    const t = compileJsonataTemplate(
      { a: '{% $states.input.n %}', b: ['{% 1 + 1 %}', 'plain'], c: { d: 'x' } },
      'Output',
    );
    expect(t.isConstant).toBe(false);
    expect(await t.evaluate(states({ n: 5 }), {})).toEqual({
      a: 5,
      b: [2, 'plain'],
      c: { d: 'x' },
    });
  });

  it('names the field path in errors', async () => {
    const t = compileJsonataTemplate({ result: '{% $missing %}' }, 'Assign');
    await expect(t.evaluate(states({}), {})).rejects.toMatchObject({
      cause: expect.stringContaining("for the field 'Assign/result'"),
    });
  });

  it('treats values without expressions as constants', () => {
    const t = compileJsonataTemplate({ a: 1 }, 'Output');
    expect(t.isConstant).toBe(true);
    expect(t.constant).toEqual({ a: 1 });
  });
});
