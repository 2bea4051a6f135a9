import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES } from './codes';
import { findings, machine, single } from './test-helpers';
import { validateText } from './validate-text';

const TASK = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke' };

describe('each code: a definition that triggers it, and one that does not', () => {
  it('INVALID_JSON_DESCRIPTION: syntax errors, with line and column', () => {
    const { diagnostics } = validateText(
      '{\n  "StartAt": "A",\n  "States": {\n    "A": {"Type": "Pass" "End": true}\n  }\n}',
    );
    expect(diagnostics[0]).toMatchObject({
      code: CODES.INVALID_JSON_DESCRIPTION,
      severity: 'ERROR',
      line: 4,
      column: 26,
    });
    expect(
      validateText('{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}').diagnostics,
    ).toEqual([]);
  });

  it('MISSING_DESCRIPTION: an empty definition', () => {
    expect(findings(null, CODES.MISSING_DESCRIPTION)).toHaveLength(1);
    expect(validateText(' \n').diagnostics.map((d) => d.code)).toEqual([CODES.MISSING_DESCRIPTION]);
    expect(findings(single({ Type: 'Pass' }), CODES.MISSING_DESCRIPTION)).toEqual([]);
  });

  it('SCHEMA_VALIDATION_FAILED: an unknown field, located at the field', () => {
    const [d] = findings(single({ Type: 'Pass', Resoure: 'x' }), CODES.SCHEMA_VALIDATION_FAILED);
    expect(d).toMatchObject({
      location: '/States/A/Resoure',
      stateName: 'A',
      message: "Field 'Resoure' is not supported",
    });
    expect(findings(single({ Type: 'Pass', Comment: 'fine' }))).toEqual([]);
  });

  it('MISSING_TRANSITION_TARGET: a Next to no state, and StartAt to no state', () => {
    const bad = machine({ A: { Type: 'Pass', Next: 'Nope' }, B: { Type: 'Succeed' } });
    expect(
      findings(bad, CODES.MISSING_TRANSITION_TARGET).map((d) => [d.location, d.message]),
    ).toContainEqual(['/States/A/Next', "Missing 'Next' target: Nope"]);
    expect(
      findings(
        { StartAt: 'X', States: { A: { Type: 'Succeed' } } },
        CODES.MISSING_TRANSITION_TARGET,
      )[0].location,
    ).toBe('/StartAt');
    expect(findings(machine({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } }))).toEqual(
      [],
    );
  });

  it('MISSING_TRANSITION_TARGET: an unreachable state (AWS reports it under this code)', () => {
    const def = machine({ A: { Type: 'Pass', End: true }, Lost: { Type: 'Pass', End: true } });
    expect(findings(def, CODES.MISSING_TRANSITION_TARGET)).toEqual([
      expect.objectContaining({
        location: '/States/Lost',
        message: 'State "Lost" is not reachable.',
        stateName: 'Lost',
      }),
    ]);
    const caught = machine({
      A: { ...TASK, End: true, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handler' }] },
      Handler: { Type: 'Fail' },
    });
    expect(findings(caught)).toEqual([]);
  });

  it('MISSING_TRANSITION_TARGET and MISSING_END_STATE: no cascade from a state of unknown Type', () => {
    const typo = machine({ A: { Type: 'Tsk', Next: 'B' }, B: { Type: 'Succed' } });
    expect(findings(typo).map((d) => `${d.code} ${d.location}`)).toEqual([
      'SCHEMA_VALIDATION_FAILED /States/A/Type',
      'SCHEMA_VALIDATION_FAILED /States/B/Type',
    ]);
  });

  it('MISSING_END_STATE: a machine that never ends (and then no unreachable findings)', () => {
    const loop = machine({
      A: { Type: 'Pass', Next: 'B' },
      B: { Type: 'Pass', Next: 'A' },
      C: { Type: 'Pass', Next: 'A' },
    });
    expect(findings(loop).map((d) => d.code)).toEqual([CODES.MISSING_END_STATE]);
    expect(
      findings(machine({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } })),
    ).toEqual([]);
  });

  it('DUPLICATE_STATE_NAME: across nested branches, and duplicate keys in the text', () => {
    const nested = machine({
      P: {
        Type: 'Parallel',
        End: true,
        Branches: [{ StartAt: 'P', States: { P: { Type: 'Succeed' } } }],
      },
    });
    expect(findings(nested, CODES.DUPLICATE_STATE_NAME)[0]).toMatchObject({
      location: '/States/P/Branches/0/States/P',
    });
    const text =
      '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true},\n"A":{"Type":"Succeed"}}}';
    expect(validateText(text).diagnostics).toEqual([
      expect.objectContaining({
        code: CODES.DUPLICATE_STATE_NAME,
        location: '/States/A',
        line: 2,
        column: 1,
      }),
    ]);
    expect(
      findings(
        machine({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } }),
        CODES.DUPLICATE_STATE_NAME,
      ),
    ).toEqual([]);
  });

  it('INVALID_STATE_NAME: longer than 80 characters or with control characters', () => {
    const long = 'x'.repeat(81);
    expect(
      findings(machine({ [long]: { Type: 'Succeed' } }), CODES.INVALID_STATE_NAME),
    ).toHaveLength(1);
    expect(
      findings(machine({ 'a\u0007b': { Type: 'Succeed' } }), CODES.INVALID_STATE_NAME),
    ).toHaveLength(1);
    // Spaces and punctuation are allowed in state names.
    expect(
      findings(machine({ ['Start: step #1 (ok)' + 'x'.repeat(60)]: { Type: 'Succeed' } })),
    ).toEqual([]);
  });

  it('INVALID_RESOURCE: a Resource that is not an ARN AWS knows', () => {
    expect(
      findings(single({ Type: 'Task', Resource: 'lambda:invoke' }), CODES.INVALID_RESOURCE),
    ).toHaveLength(1);
    expect(
      findings(
        single({ Type: 'Task', Resource: 'arn:aws:states:::lambda' }),
        CODES.INVALID_RESOURCE,
      ),
    ).toHaveLength(1);
    expect(
      findings(
        single({ Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f' }),
      ),
    ).toEqual([]);
    expect(
      findings(single({ Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:s3:getObject' })),
    ).toEqual([]);
    expect(
      findings(
        single({ Type: 'Task', Resource: 'arn:aws:states:us-east-1:123456789012:activity:a' }),
      ),
    ).toEqual([]);
  });

  it('TOO_DEEPLY_NESTED: Parallel inside Parallel beyond the limit', () => {
    let inner: Record<string, unknown> = { StartAt: 'Leaf', States: { Leaf: { Type: 'Succeed' } } };
    for (let i = 0; i < 60; i++)
      inner = {
        StartAt: `P${i}`,
        States: { [`P${i}`]: { Type: 'Parallel', End: true, Branches: [inner] } },
      };
    expect(findings(inner, CODES.TOO_DEEPLY_NESTED)).toHaveLength(1);
    let shallow: Record<string, unknown> = {
      StartAt: 'Leaf',
      States: { Leaf: { Type: 'Succeed' } },
    };
    for (let i = 0; i < 5; i++)
      shallow = {
        StartAt: `P${i}`,
        States: { [`P${i}`]: { Type: 'Parallel', End: true, Branches: [shallow] } },
      };
    expect(findings(shallow)).toEqual([]);
  });

  it('TOO_DEEPLY_NESTED: Choice rules nested beyond 100 levels', () => {
    let rule: Record<string, unknown> = { Variable: '$.a', IsNull: true };
    for (let i = 0; i < 150; i++) rule = { Not: rule };
    const def = machine({
      C: { Type: 'Choice', Choices: [{ ...rule, Next: 'D' }] },
      D: { Type: 'Succeed' },
    });
    expect(findings(def, CODES.TOO_DEEPLY_NESTED)).toHaveLength(1);
  });

  it('DUPLICATE_STATE_NAME: duplicate keys in YAML too', () => {
    const text = 'StartAt: A\nStates:\n  A:\n    Type: Succeed\n  A:\n    Type: Succeed\n';
    expect(validateText(text, { format: 'yaml' }).diagnostics).toEqual([
      expect.objectContaining({
        code: CODES.DUPLICATE_STATE_NAME,
        location: '/States/A',
        line: 5,
        column: 3,
      }),
    ]);
  });

  it('INVALID_JSONATA_EXPRESSION: an expression the jsonata parser refuses', () => {
    const bad = single(
      { Type: 'Pass', Output: '{% $states.input.a[1,2) %}' },
      { QueryLanguage: 'JSONata' },
    );
    expect(findings(bad, CODES.INVALID_JSONATA_EXPRESSION)[0]).toMatchObject({
      location: '/States/A/Output',
      severity: 'ERROR',
    });
    const good = single(
      { Type: 'Pass', Output: { sum: '{% $states.input.a + 1 %}' } },
      { QueryLanguage: 'JSONata' },
    );
    expect(findings(good)).toEqual([]);
  });

  it('UNSUPPORTED_JSONATA_EXPRESSION: a field read at the top level, where there is no context', () => {
    const output = (expression: string): unknown =>
      single({ Type: 'Pass', Output: `{% ${expression} %}` }, { QueryLanguage: 'JSONata' });
    expect(findings(output('phone'), CODES.UNSUPPORTED_JSONATA_EXPRESSION)[0]).toMatchObject({
      location: '/States/A/Output',
      message: expect.stringMatching(/^Reference to 'phone' at the top level is not supported/),
    });
    expect(
      findings(output('{"n": $count(items)}'), CODES.UNSUPPORTED_JSONATA_EXPRESSION),
    ).toHaveLength(1);
    for (const fine of [
      '$states.input.phone',
      '$count($states.input.items[price > 1])',
      '$map($states.input, function($v) { $v.a })',
      '"text" & $x',
    ])
      expect(findings(output(fine)), fine).toEqual([]);
  });

  it('NO_DOLLAR (warning): a path in a field whose name lacks .$', () => {
    const [d] = findings(single({ Type: 'Pass', Parameters: { id: '$.id' } }), CODES.NO_DOLLAR);
    expect(d).toMatchObject({ severity: 'WARNING', location: '/States/A/Parameters/id' });
    expect(findings(single({ Type: 'Pass', Parameters: { 'id.$': '$.id', price: '$5' } }))).toEqual(
      [],
    );
  });

  it('NO_PATH (warning): a path in a field whose name lacks Path', () => {
    const [d] = findings(single({ Type: 'Fail', Error: '$.error' }), CODES.NO_PATH);
    expect(d).toMatchObject({ severity: 'WARNING', location: '/States/A/Error' });
    const choice = machine({
      C: {
        Type: 'Choice',
        Choices: [{ Variable: '$.a', StringEquals: '$.b', Next: 'D' }],
        Default: 'D',
      },
      D: { Type: 'Succeed' },
    });
    expect(findings(choice, CODES.NO_PATH)).toHaveLength(1);
    expect(findings(single({ Type: 'Fail', ErrorPath: '$.error', Cause: 'plain words' }))).toEqual(
      [],
    );
  });

  it('PASS_RESULT_IS_STATIC (warning): a .$ key in a Pass Result', () => {
    const [d] = findings(
      single({ Type: 'Pass', Result: { 'value.$': '$.x' } }),
      CODES.PASS_RESULT_IS_STATIC,
    );
    expect(d).toMatchObject({ severity: 'WARNING', location: '/States/A/Result/value.$' });
    expect(findings(single({ Type: 'Pass', Result: { value: 1 } }))).toEqual([]);
  });
});

describe('coverage of the codes', () => {
  it('has a test above for every code the validator reports', () => {
    const source = readFileSync(new URL(import.meta.url), 'utf8');
    const titled = Object.values(CODES).filter((code) => !source.includes(`it('${code}`));
    expect(titled).toEqual([]);
  });
});
