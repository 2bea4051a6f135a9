import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATE_TYPES } from '../asl/types';
import { validateDefinition } from './validate-definition';
import { validateText } from './validate-text';

const scalar = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.constantFrom(
    '$.a',
    '$$.Execution.Id',
    '$x',
    '$.a[',
    'States.Format($.a)',
    'States.X(',
    '{% $states.input %}',
    '{% 1 + %}',
    '${Name}',
    'States.ALL',
    '',
  ),
);
const value = fc.oneof(
  scalar,
  fc.dictionary(fc.constantFrom('a', 'a.$', 'b.$', 'c'), scalar, { maxKeys: 3 }),
  fc.array(scalar, { maxLength: 3 }),
);

/** Values shaped like state machines: right field names, arbitrary (often wrong) values. */
function machineLike(depth: number): fc.Arbitrary<Record<string, unknown>> {
  const nested = depth > 0 ? machineLike(depth - 1) : fc.constant({});
  const state = fc.record(
    {
      Type: fc.oneof(fc.constantFrom(...STATE_TYPES), scalar),
      Next: fc.constantFrom('A', 'B', 'C', 'Nope', '${X}'),
      End: fc.oneof(fc.boolean(), fc.constant('${E}')),
      QueryLanguage: fc.constantFrom('JSONPath', 'JSONata', 'x'),
      Resource: fc.constantFrom('arn:aws:states:::lambda:invoke', 'arn:${P}:lambda:x', 'nope'),
      Parameters: value,
      ResultSelector: value,
      Result: value,
      Arguments: value,
      Output: value,
      InputPath: scalar,
      ResultPath: scalar,
      Assign: fc.dictionary(fc.string({ maxLength: 5 }), value, { maxKeys: 2 }),
      Choices: fc.array(
        fc.dictionary(
          fc.constantFrom(
            'Variable',
            'StringEquals',
            'NumericEqualsPath',
            'And',
            'Not',
            'Next',
            'Condition',
            'IsNull',
          ),
          value,
          { maxKeys: 4 },
        ),
        { maxLength: 3 },
      ),
      Default: fc.constantFrom('A', 'Nope'),
      Retry: fc.array(
        fc.record({
          ErrorEquals: fc.array(fc.constantFrom('States.ALL', 'X', '')),
          MaxAttempts: scalar,
        }),
        { maxLength: 2 },
      ),
      Catch: fc.array(
        fc.record({ ErrorEquals: value, Next: fc.constantFrom('A', 'B') }, { requiredKeys: [] }),
        { maxLength: 2 },
      ),
      Branches: fc.array(nested, { maxLength: 2 }),
      ItemProcessor: nested,
      Iterator: nested,
      ItemReader: value,
      ItemBatcher: value,
      TimeoutSeconds: scalar,
      HeartbeatSeconds: scalar,
      Seconds: scalar,
      Timestamp: scalar,
      Error: scalar,
      CausePath: scalar,
    },
    { requiredKeys: ['Type'] },
  );
  return fc.record(
    {
      StartAt: fc.constantFrom('A', 'B', 'Z', '${S}'),
      States: fc.dictionary(
        fc.constantFrom('A', 'B', 'C', 'x'.repeat(81), '${N}', '__proto__', 'constructor'),
        state,
        { maxKeys: 3 },
      ),
      QueryLanguage: fc.constantFrom('JSONPath', 'JSONata'),
      ProcessorConfig: value,
    },
    { requiredKeys: ['States'] },
  );
}
const stateMachineLike = { machine: machineLike(1) };

describe('validation never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(validateDefinition(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary objects shaped like state machines', () => {
    fc.assert(
      fc.property(stateMachineLike.machine, (value) => {
        const diagnostics = validateDefinition(value);
        for (const d of diagnostics) expect(typeof d.location).toBe('string');
        // The same value as text also validates, with a line and column on every finding.
        for (const d of validateText(JSON.stringify(value, null, 1)).diagnostics)
          expect(d.line).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('on arbitrary text, JSON or YAML', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('json', 'yaml') as fc.Arbitrary<'json' | 'yaml'>,
        (text, format) => {
          const { diagnostics } = validateText(text, { format });
          for (const d of diagnostics) expect(d.line).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on deeply nested values and very long input', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = { 'a.$': '$.x', b: [deep] };
    const def = { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: deep, End: true } } };
    expect(() => validateDefinition(def)).not.toThrow();
    expect(() => validateText('['.repeat(100000))).not.toThrow();
  });
});
