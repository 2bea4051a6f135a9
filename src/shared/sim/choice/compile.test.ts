import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ChoiceRule } from '../../asl/types';
import { isStatesError } from '../errors';
import { compileChoiceRule } from './compile';

const holds = (
  rule: ChoiceRule,
  input: unknown,
  variables?: Record<string, unknown>,
  context?: unknown,
) => compileChoiceRule(rule)(input, context, variables);
const v = (operator: string, operand: unknown, value: unknown) =>
  holds({ Variable: '$.v', [operator]: operand }, { v: value, other: operand });
const vPath = (operator: string, value: unknown, operand: unknown) =>
  holds({ Variable: '$.v', [`${operator}Path`]: '$.other' }, { v: value, other: operand });

describe('string operators', () => {
  it('StringEquals / StringEqualsPath', () => {
    expect(v('StringEquals', 'a', 'a')).toBe(true);
    expect(v('StringEquals', 'a', 'b')).toBe(false);
    expect(v('StringEquals', 'a', ['a'])).toBe(false);
    expect(vPath('StringEquals', 'a', 'a')).toBe(true);
    expect(vPath('StringEquals', '\t\n', '\t\r\n')).toBe(false);
  });
  it('StringLessThan / GreaterThan / …Equals and their Path forms order by code unit', () => {
    expect(v('StringLessThan', 'AB', 'A')).toBe(true);
    expect(v('StringLessThan', 'A', 'AB')).toBe(false);
    expect(v('StringGreaterThan', 'A', 'AB')).toBe(true);
    expect(v('StringGreaterThan', '', '')).toBe(false);
    expect(v('StringLessThanEquals', 'A', 'A')).toBe(true);
    expect(v('StringGreaterThanEquals', '', '')).toBe(true);
    expect(vPath('StringLessThan', 'A', 'B')).toBe(true);
    expect(vPath('StringGreaterThan', 'A', 'A ')).toBe(false);
    expect(vPath('StringLessThanEquals', 'AB', 'A')).toBe(false);
    expect(vPath('StringGreaterThanEquals', 'b', 'a')).toBe(true);
  });
  it('StringMatches with * wildcards and escapes', () => {
    expect(v('StringMatches', 'log-*.txt', 'log-2024.txt')).toBe(true);
    expect(v('StringMatches', 'log-*.txt', 'log-2024.txt.bak')).toBe(false);
    expect(v('StringMatches', '*', '')).toBe(true);
    expect(v('StringMatches', 'a\\*b', 'a*b')).toBe(true);
    expect(v('StringMatches', 'a\\*b', 'axb')).toBe(false);
    expect(v('StringMatches', 'a\\\\b', 'a\\b')).toBe(true);
    expect(v('StringMatches', 'a*', 5)).toBe(false);
  });
});

describe('numeric operators', () => {
  it('NumericEquals and its Path form compare numbers only', () => {
    expect(v('NumericEquals', 0, 0)).toBe(true);
    expect(v('NumericEquals', 2.22, 2.22)).toBe(true);
    expect(v('NumericEquals', 1, '1')).toBe(false);
    expect(v('NumericEquals', 1, true)).toBe(false);
    expect(vPath('NumericEquals', 1, 1)).toBe(true);
    expect(vPath('NumericEquals', null, 1)).toBe(false);
  });
  it('NumericLessThan / GreaterThan / …Equals and their Path forms', () => {
    expect(v('NumericLessThan', 1, 0)).toBe(true);
    expect(v('NumericLessThan', 0, 0)).toBe(false);
    expect(v('NumericGreaterThan', 0, 1)).toBe(true);
    expect(v('NumericLessThanEquals', 1, 1)).toBe(true);
    expect(v('NumericGreaterThanEquals', 1, 0)).toBe(false);
    expect(vPath('NumericLessThan', 0, 1)).toBe(true);
    expect(vPath('NumericGreaterThan', 1, 0)).toBe(true);
    expect(vPath('NumericLessThanEquals', 1, 0)).toBe(false);
    expect(vPath('NumericGreaterThanEquals', 1, 1)).toBe(true);
  });
});

describe('boolean operators', () => {
  it('BooleanEquals and BooleanEqualsPath compare booleans only', () => {
    expect(v('BooleanEquals', true, true)).toBe(true);
    expect(v('BooleanEquals', false, 0)).toBe(false);
    expect(v('BooleanEquals', true, 'true')).toBe(false);
    expect(vPath('BooleanEquals', false, false)).toBe(true);
    expect(vPath('BooleanEquals', false, true)).toBe(false);
  });
});

describe('timestamp operators', () => {
  const t = '2012-10-09T19:00:55Z';
  it('TimestampEquals and its Path form compare instants, across offsets and precision', () => {
    expect(v('TimestampEquals', t, t)).toBe(true);
    expect(v('TimestampEquals', t, '2012-10-09T20:00:55+01:00')).toBe(true);
    expect(v('TimestampEquals', t, '2012-10-09T19:00:55.000Z')).toBe(true);
    expect(v('TimestampEquals', t, '2012-10-09T19:00:55.000000001Z')).toBe(false);
    expect(v('TimestampEquals', t, '2012-10-09 19:00:55Z')).toBe(false);
    expect(v('TimestampEquals', t, '2012-10-09T19:00:55')).toBe(false);
    expect(v('TimestampEquals', t, 1.1)).toBe(false);
    expect(vPath('TimestampEquals', t, t)).toBe(true);
  });
  it('TimestampLessThan / GreaterThan / …Equals and their Path forms', () => {
    const later = '2012-10-09T19:00:56Z';
    expect(v('TimestampLessThan', later, t)).toBe(true);
    expect(v('TimestampGreaterThan', t, later)).toBe(true);
    expect(v('TimestampLessThanEquals', t, t)).toBe(true);
    expect(v('TimestampGreaterThanEquals', later, t)).toBe(false);
    expect(vPath('TimestampLessThan', t, later)).toBe(true);
    expect(vPath('TimestampGreaterThan', later, t)).toBe(true);
    expect(vPath('TimestampLessThanEquals', later, t)).toBe(false);
    expect(vPath('TimestampGreaterThanEquals', t, t)).toBe(true);
  });
});

describe('type tests', () => {
  it('IsPresent is true for null and false for a missing field (no error)', () => {
    expect(v('IsPresent', true, null)).toBe(true);
    expect(holds({ Variable: '$.missing', IsPresent: true }, {})).toBe(false);
    expect(holds({ Variable: '$.missing', IsPresent: false }, {})).toBe(true);
    expect(holds({ Variable: '$missingVar', IsPresent: false }, {}, {})).toBe(true);
  });
  it('IsNull, IsNumeric, IsString, IsBoolean, IsTimestamp', () => {
    expect(v('IsNull', true, null)).toBe(true);
    expect(v('IsNull', false, 0)).toBe(true);
    expect(v('IsNumeric', true, 0)).toBe(true);
    expect(v('IsNumeric', true, '1')).toBe(false);
    expect(v('IsString', true, '')).toBe(true);
    expect(v('IsString', false, null)).toBe(true);
    expect(v('IsBoolean', true, false)).toBe(true);
    expect(v('IsBoolean', true, 0)).toBe(false);
    expect(v('IsTimestamp', true, '2016-03-14T01:59:00Z')).toBe(true);
    expect(v('IsTimestamp', true, '2016-02-30T01:59:00Z')).toBe(false);
    expect(v('IsTimestamp', false, '2023-02-24')).toBe(true);
  });
});

describe('And, Or, Not', () => {
  it('combine rules', () => {
    const input = { a: 1, b: 'x' };
    expect(
      holds(
        {
          And: [
            { Variable: '$.a', NumericEquals: 1 },
            { Variable: '$.b', StringEquals: 'x' },
          ],
        },
        input,
      ),
    ).toBe(true);
    expect(
      holds(
        {
          And: [
            { Variable: '$.a', NumericEquals: 1 },
            { Variable: '$.b', StringEquals: 'y' },
          ],
        },
        input,
      ),
    ).toBe(false);
    expect(
      holds(
        {
          Or: [
            { Variable: '$.a', NumericEquals: 2 },
            { Variable: '$.b', StringEquals: 'x' },
          ],
        },
        input,
      ),
    ).toBe(true);
    expect(holds({ Not: { Variable: '$.a', NumericEquals: 1 } }, input)).toBe(false);
    expect(holds({ Not: { Not: { Variable: '$.a', IsNumeric: true } } }, input)).toBe(true);
  });
  it('short-circuit, so a later missing path is not read', () => {
    expect(
      holds(
        {
          Or: [
            { Variable: '$.a', IsPresent: true },
            { Variable: '$.missing', StringEquals: 'x' },
          ],
        },
        { a: 1 },
      ),
    ).toBe(true);
  });
});

describe('variables and the context object', () => {
  it('read $var paths in Variable and …Path operands', () => {
    expect(
      holds({ Variable: '$limit', NumericGreaterThanPath: '$.n' }, { n: 1 }, { limit: 5 }),
    ).toBe(true);
    expect(
      holds({ Variable: '$.n', NumericEqualsPath: '$cfg.n' }, { n: 2 }, { cfg: { n: 2 } }),
    ).toBe(true);
    expect(
      holds(
        { Variable: '$$.Execution.Name', StringEquals: 'run' },
        {},
        {},
        { Execution: { Name: 'run' } },
      ),
    ).toBe(true);
  });
});

describe('errors', () => {
  const error = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      if (isStatesError(e)) return { error: e.error, cause: e.cause };
      throw e;
    }
    return undefined;
  };
  it("a missing Variable fails with States.Runtime and AWS's text", () => {
    expect(error(() => holds({ Variable: '$.x', StringEquals: 'a' }, {}))).toEqual({
      error: 'States.Runtime',
      cause: "Invalid path '$.x': The choice state's condition path references an invalid value.",
    });
    expect(error(() => holds({ Variable: '$.x', IsNull: true }, {}))?.error).toBe('States.Runtime');
    expect(
      error(() => holds({ Variable: '$.a', StringEqualsPath: '$.nope' }, { a: 'x' }))?.cause,
    ).toContain("'$.nope'");
  });
  it('malformed rules fail when compiled, saying why', () => {
    expect(error(() => compileChoiceRule({ Variable: '$.a' }))?.cause).toMatch(
      /no comparison operator/,
    );
    expect(
      error(() => compileChoiceRule({ Variable: '$.a', StringEquals: 'x', NumericEquals: 1 }))
        ?.cause,
    ).toMatch(/exactly one/);
    expect(error(() => compileChoiceRule({ Variable: '$.a', StringEqualz: 'x' }))?.cause).toMatch(
      /StringEqualz/,
    );
    expect(error(() => compileChoiceRule({ Variable: '$.a', NumericEquals: '1' }))?.cause).toMatch(
      /a number/,
    );
    expect(
      error(() => compileChoiceRule({ Variable: '$.a', TimestampEquals: 'yesterday' }))?.cause,
    ).toMatch(/timestamp/);
    expect(error(() => compileChoiceRule({ Variable: 'a', IsNull: true }))?.cause).toMatch(
      /valid JSONPath/,
    );
    expect(error(() => compileChoiceRule({ And: [] }))?.cause).toMatch(/non-empty/);
  });
});

// Every recorded choice-operator execution: one Choice state, ConditionTrue or ConditionFalse.
const corpus = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'conformance');
describe.skipIf(!existsSync(corpus))('conformance corpus: choice operators against AWS', () => {
  const cases = existsSync(corpus)
    ? readdirSync(corpus)
        .filter((name) => name.startsWith('choice_operators_') && name.endsWith('.json'))
        .map((name) => [name, JSON.parse(readFileSync(path.join(corpus, name), 'utf8'))] as const)
    : [];
  it('has the cases', () => {
    expect(cases.length).toBeGreaterThan(200);
  });
  it.each(cases)('%s', (_name, scenario) => {
    const rule = scenario.definition.States.CheckValues.Choices[0] as ChoiceRule;
    const expected = scenario.expected.output['TestResult.$'] === 'ConditionTrue';
    expect(holds(rule, scenario.input)).toBe(expected);
  });
});
