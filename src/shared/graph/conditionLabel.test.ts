import { describe, expect, it } from 'vitest';
import { conditionLabel, shorten } from './conditionLabel';

describe('conditionLabel', () => {
  it('writes JSONPath comparisons as short expressions', () => {
    expect(conditionLabel({ Variable: '$.x', NumericGreaterThan: 10, Next: 'A' })).toBe('$.x > 10');
    expect(conditionLabel({ Variable: '$.status', StringEquals: 'ok' })).toBe('$.status == "ok"');
    expect(conditionLabel({ Variable: '$.a', NumericLessThanEqualsPath: '$.b' })).toBe(
      '$.a <= $.b',
    );
    expect(
      conditionLabel({ Variable: '$.t', TimestampGreaterThanEquals: '2024-01-01T00:00:00Z' }),
    ).toBe('$.t >= "2024-01-01T00:00:00Z"');
    expect(conditionLabel({ Variable: '$.a', IsPresent: false })).toBe('$.a is absent');
    expect(conditionLabel({ Variable: '$.a', IsNull: true })).toBe('$.a is null');
    expect(conditionLabel({ Variable: '$.f', StringMatches: '*.csv' })).toBe('$.f matches "*.csv"');
  });

  it('combines And, Or and Not', () => {
    expect(
      conditionLabel({
        And: [
          { Variable: '$.a', BooleanEquals: true },
          { Variable: '$.b', NumericEquals: 1 },
        ],
      }),
    ).toBe('($.a == true) and ($.b == 1)');
    expect(conditionLabel({ Not: { Variable: '$.a', IsString: true } })).toBe(
      'not ($.a is string)',
    );
  });

  it('unwraps and shortens JSONata conditions', () => {
    expect(conditionLabel({ Condition: '{% $states.input.x > 10 %}' })).toBe(
      '$states.input.x > 10',
    );
    const long = conditionLabel({
      Condition: '{% $count($states.input.items[price > 100 and category = "books"]) > 0 %}',
    });
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long.startsWith('$count($states.input.items[') && long.endsWith('…')).toBe(true);
    expect(conditionLabel({ Condition: true })).toBe('true');
  });

  it('never throws on nonsense', () => {
    for (const v of [null, 1, 'x', [], {}, { Not: null }, { And: [null] }, { Variable: 1, Foo: 2 }])
      expect(typeof conditionLabel(v)).toBe('string');
    expect(shorten('a   b\n c')).toBe('a b c');
  });
});
