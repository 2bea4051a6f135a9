import { describe, it } from 'vitest';
import fc from 'fast-check';
import { isStatesError } from '../errors';
import { compilePayloadTemplate } from './payload-template';

const dynamicValue = fc.oneof(
  fc.constantFrom(
    '$',
    '$.a',
    '$.a[0]',
    '$..b',
    '$$.Execution.Input',
    '$v.x',
    'States.UUID()',
    'States.ArrayLength($.a)',
  ),
  fc.constantFrom(
    "States.Format('{}', $.a)",
    'States.MathAdd($.a, 1)',
    'States.Nope()',
    '$[',
    'text',
    "States.Format('{'",
  ),
  fc.jsonValue(),
);
const template = fc.dictionary(
  fc.oneof(
    fc.string({ maxLength: 4 }),
    fc.string({ maxLength: 4 }).map((k) => `${k}.$`),
  ),
  fc.oneof(
    dynamicValue,
    fc.dictionary(
      fc.string({ maxLength: 3 }).map((k) => `${k}.$`),
      dynamicValue,
    ),
  ),
);

describe('payload templates on arbitrary templates and inputs', () => {
  it('compile and evaluate without throwing anything but StatesError', () => {
    fc.assert(
      fc.property(template, fc.jsonValue(), (t, input) => {
        try {
          compilePayloadTemplate(t)(input, { Execution: { Input: input } }, { v: input });
        } catch (error) {
          if (!isStatesError(error)) throw error;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
