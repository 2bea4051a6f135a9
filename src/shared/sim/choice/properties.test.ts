import { describe, it } from 'vitest';
import fc from 'fast-check';
import type { ChoiceRule } from '../../asl/types';
import { isStatesError } from '../errors';
import { compileChoiceRule } from './compile';

const OPERATORS = [
  'StringEquals',
  'StringLessThanPath',
  'StringMatches',
  'NumericGreaterThan',
  'NumericEqualsPath',
  'BooleanEquals',
  'TimestampLessThanEquals',
  'TimestampEqualsPath',
  'IsPresent',
  'IsNull',
  'IsTimestamp',
  'Bogus',
];
const paths = fc.constantFrom(
  '$.a',
  '$.b',
  '$.a.b',
  '$.list[0]',
  '$$.Execution.Id',
  '$v',
  '$.x[*]',
  'nope',
  '$[',
);
const operand = fc.oneof(
  paths,
  fc.jsonValue(),
  fc.constantFrom('2016-03-14T01:59:00Z', 'a*b', '\\*'),
);
const leaf = fc
  .tuple(paths, fc.constantFrom(...OPERATORS), operand)
  .map(([Variable, op, value]) => ({ Variable, [op]: value }) as ChoiceRule);
const rule: fc.Arbitrary<ChoiceRule> = fc.letrec<{ rule: ChoiceRule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('rule'), { maxLength: 3 }).map((And) => ({ And })),
    fc.array(tie('rule'), { maxLength: 3 }).map((Or) => ({ Or })),
    tie('rule').map((Not) => ({ Not })),
  ),
})).rule;

describe('Choice rules on arbitrary rules and inputs', () => {
  it('compile and evaluate without throwing anything but StatesError', () => {
    fc.assert(
      fc.property(rule, fc.jsonValue(), fc.jsonValue(), (r, input, variable) => {
        try {
          const predicate = compileChoiceRule(r);
          const result = predicate(input, { Execution: { Id: 'x' } }, { v: variable });
          if (typeof result !== 'boolean') throw new Error('not a boolean');
        } catch (error) {
          if (!isStatesError(error)) throw error;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
