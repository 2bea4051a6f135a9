import { describe, expect, it } from 'vitest';
import { CODES } from './codes';
import { findings, machine, single } from './test-helpers';

const S = CODES.SCHEMA_VALIDATION_FAILED;
const TASK = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke' };
const messages = (definition: unknown, code = S): string[] =>
  findings(definition, code).map((d) => `${d.location}: ${d.message}`);

describe('SCHEMA_VALIDATION_FAILED: types, required and exclusive fields', () => {
  it('requires StartAt, States and a known Type', () => {
    expect(messages({ States: { A: { Type: 'Succeed' } } })).toEqual([
      ": Field 'StartAt' is required",
    ]);
    expect(messages(machine({ A: { Type: 'Wiat' } }))[0]).toMatch(
      /^\/States\/A\/Type: The field 'Type' should have one of/,
    );
    expect(messages(machine({ A: { End: true } }))).toEqual([
      "/States/A: Field 'Type' is required",
    ]);
    expect(messages('not an object')[0]).toMatch(/must be a JSON object/);
  });

  it('checks field types and bounds', () => {
    expect(messages(single({ ...TASK, TimeoutSeconds: 'ten' }))).toEqual([
      "/States/A/TimeoutSeconds: Field 'TimeoutSeconds' must be an integer, not string",
    ]);
    expect(messages(single({ ...TASK, TimeoutSeconds: 0 }))[0]).toMatch(/at least 1/);
    expect(messages(single({ Type: 'Pass', End: false }))[0]).toMatch(/'End' must be true/);
    expect(messages(single({ Type: 'Pass', Comment: 5 }))[0]).toMatch(/must be a string/);
  });

  it('wants exactly one of Next and End, and none on Choice, Succeed, Fail', () => {
    expect(messages(machine({ A: { Type: 'Pass' } }))).toContain(
      '/States/A: One of the fields [Next, End] is required',
    );
    expect(
      messages(machine({ A: { Type: 'Pass', Next: 'B', End: true }, B: { Type: 'Succeed' } })),
    ).toContain('/States/A: There should only be one of the following fields: [Next, End]');
    expect(messages(machine({ A: { Type: 'Succeed', End: true } }))).toEqual([
      "/States/A/End: Field 'End' is not supported",
    ]);
  });

  it('Task: Resource required, Timeout and Heartbeat pairs exclusive, Heartbeat below Timeout', () => {
    expect(messages(single({ Type: 'Task' }))).toEqual(["/States/A: Field 'Resource' is required"]);
    expect(
      messages(single({ ...TASK, TimeoutSeconds: 10, TimeoutSecondsPath: '$.t' })),
    ).toHaveLength(1);
    expect(messages(single({ ...TASK, TimeoutSeconds: 10, HeartbeatSeconds: 10 }))).toEqual([
      '/States/A/HeartbeatSeconds: HeartbeatSeconds (10) must be smaller than TimeoutSeconds (10)',
    ]);
    expect(messages(single({ ...TASK, TimeoutSeconds: 10, HeartbeatSeconds: 9 }))).toEqual([]);
  });

  it('Task Credentials: RoleArn or RoleArn.$', () => {
    expect(
      messages(single({ ...TASK, Credentials: { RoleArn: 'arn:aws:iam::123456789012:role/r' } })),
    ).toEqual([]);
    expect(messages(single({ ...TASK, Credentials: { 'RoleArn.$': '$.role' } }))).toEqual([]);
    expect(messages(single({ ...TASK, Credentials: { Role: 'x' } }))).toEqual([
      "/States/A/Credentials/Role: Field 'Role' is not supported",
    ]);
  });

  it('Wait: exactly one of Seconds, Timestamp, SecondsPath, TimestampPath; timestamps well formed', () => {
    expect(messages(single({ Type: 'Wait' }))[0]).toMatch(
      /One of the fields \[Seconds, Timestamp, SecondsPath, TimestampPath\]/,
    );
    expect(messages(single({ Type: 'Wait', Seconds: 1, SecondsPath: '$.s' }))).toHaveLength(1);
    expect(messages(single({ Type: 'Wait', Timestamp: 'tomorrow' }))[0]).toMatch(/ISO-8601/);
    expect(messages(single({ Type: 'Wait', Timestamp: '2026-01-31T23:59:59Z' }))).toEqual([]);
  });

  it('Fail: Error/ErrorPath and Cause/CausePath exclusive; the paths take intrinsics', () => {
    expect(messages(single({ Type: 'Fail', Error: 'E', ErrorPath: '$.e' }))).toHaveLength(1);
    expect(messages(single({ Type: 'Fail', CausePath: "States.Format('bad {}', $.x)" }))).toEqual(
      [],
    );
    expect(messages(single({ Type: 'Fail', CausePath: 'States.Nope($.x)' }))[0]).toMatch(
      /unknown intrinsic function/,
    );
  });

  it('Retry and Catch: States.ALL alone and last, field bounds, Catch needs Next', () => {
    const retry = (Retry: unknown): unknown => single({ ...TASK, Retry });
    expect(messages(retry([{ ErrorEquals: ['States.ALL', 'X'] }]))[0]).toMatch(/must appear alone/);
    expect(messages(retry([{ ErrorEquals: ['States.ALL'] }, { ErrorEquals: ['X'] }]))[0]).toMatch(
      /must be the last/,
    );
    expect(
      messages(
        retry([
          { ErrorEquals: ['X'], BackoffRate: 0.5, JitterStrategy: 'SOME', MaxDelaySeconds: 0 },
        ]),
      ),
    ).toHaveLength(3);
    expect(
      messages(
        retry([
          { ErrorEquals: ['X'], MaxDelaySeconds: 60, JitterStrategy: 'FULL' },
          { ErrorEquals: ['States.ALL'] },
        ]),
      ),
    ).toEqual([]);
    expect(messages(retry([{ ErrorEquals: [] }]))[0]).toMatch(/non-empty array/);
    expect(messages(single({ ...TASK, Catch: [{ ErrorEquals: ['States.ALL'] }] }))).toEqual([
      "/States/A/Catch/0: Field 'Next' is required",
    ]);
    expect(messages(single({ Type: 'Pass', Retry: [] }))).toEqual([
      "/States/A/Retry: Field 'Retry' is not supported",
    ]);
  });

  it('Parallel needs branches; a branch is a machine of its own', () => {
    expect(messages(single({ Type: 'Parallel', Branches: [] }))[0]).toMatch(/non-empty array/);
    const bad = single({
      Type: 'Parallel',
      Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass' } } }],
    });
    expect(messages(bad)).toContain(
      '/States/A/Branches/0/States/X: One of the fields [Next, End] is required',
    );
  });

  it('Map: one of ItemProcessor and Iterator, Distributed-only fields, ExecutionType', () => {
    const proc = (config?: object): object => ({
      ...(config ? { ProcessorConfig: config } : {}),
      StartAt: 'I',
      States: { I: { Type: 'Succeed' } },
    });
    expect(messages(single({ Type: 'Map' }))).toEqual([
      "/States/A: Field 'ItemProcessor' is required",
    ]);
    expect(messages(single({ Type: 'Map', ItemProcessor: proc(), Iterator: proc() }))).toEqual([
      '/States/A: There should only be one of the following fields: [ItemProcessor, Iterator]',
    ]);
    const reader = {
      Resource: 'arn:aws:states:::s3:listObjectsV2',
      Parameters: { 'Bucket.$': '$.bucket' },
    };
    expect(
      messages(
        single({ Type: 'Map', ItemProcessor: proc({ Mode: 'INLINE' }), ItemReader: reader }),
      )[0],
    ).toMatch(/only supported by a Distributed Map/);
    expect(
      messages(
        single({ Type: 'Map', ItemProcessor: proc({ Mode: 'DISTRIBUTED' }), ItemReader: reader }),
      )[0],
    ).toMatch(/'ExecutionType' is required/);
    const distributed = single({
      Type: 'Map',
      ItemProcessor: proc({ Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }),
      ItemReader: {
        ...reader,
        ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW', MaxItems: 10 },
      },
      ItemBatcher: { MaxItemsPerBatch: 10, BatchInput: { 'run.$': '$$.Execution.Id' } },
      ResultWriter: {
        Resource: 'arn:aws:states:::s3:putObject',
        Parameters: { Bucket: 'b', Prefix: 'p' },
      },
      ToleratedFailurePercentage: 5,
      Label: 'Files',
      MaxConcurrency: 100,
    });
    expect(messages(distributed)).toEqual([]);
    expect(
      messages(single({ Type: 'Map', ItemProcessor: proc(), ToleratedFailurePercentage: 101 }))[0],
    ).toMatch(/at most 100/);
    expect(messages(single({ Type: 'Map', ItemProcessor: proc(), Label: 'has space' }))[0]).toMatch(
      /Label/,
    );
    expect(
      messages(single({ Type: 'Map', ItemProcessor: { ...proc(), QueryLanguage: 'JSONata' } })),
    ).toEqual(["/States/A/ItemProcessor/QueryLanguage: Field 'QueryLanguage' is not supported"]);
  });

  it('Choice rules: Next on top-level rules only, one operator, Variable with comparisons, operand types', () => {
    const choice = (rule: object): object =>
      machine({ C: { Type: 'Choice', Choices: [rule], Default: 'D' }, D: { Type: 'Succeed' } });
    expect(messages(choice({ Variable: '$.a', NumericEquals: 1, Next: 'D' }))).toEqual([]);
    expect(messages(choice({ Variable: '$.a', NumericEquals: '1', Next: 'D' }))[0]).toMatch(
      /must be a number/,
    );
    expect(
      messages(choice({ Variable: '$.a', NumericEquals: 1, StringEquals: 'x', Next: 'D' }))[0],
    ).toMatch(/only one comparison/);
    expect(messages(choice({ NumericEquals: 1, Next: 'D' }))[0]).toMatch(/'Variable' is required/);
    expect(messages(choice({ Variable: '$.a', NumericEquals: 1 }))[0]).toMatch(
      /'Next' is required/,
    );
    expect(
      messages(choice({ Not: { Variable: '$.a', IsNull: true, Next: 'D' }, Next: 'D' }))[0],
    ).toMatch(/only allowed on a top-level/);
    expect(
      messages(choice({ And: [{ Variable: '$.a', TimestampEquals: 'x' }], Next: 'D' }))[0],
    ).toMatch(/ISO-8601/);
    expect(messages(machine({ C: { Type: 'Choice', Choices: [] } }))[0]).toMatch(/non-empty array/);
  });
});

describe('SCHEMA_VALIDATION_FAILED: query languages', () => {
  it('refuses JSONata fields in a JSONPath state, and JSONPath fields in a JSONata state', () => {
    expect(messages(single({ Type: 'Pass', Output: {} }))).toEqual([
      "/States/A/Output: The QueryLanguage is set to 'JSONPath', but field 'Output' is only supported for the 'JSONata' QueryLanguage",
    ]);
    expect(
      messages(single({ Type: 'Pass', InputPath: '$.a' }, { QueryLanguage: 'JSONata' })),
    ).toEqual([
      "/States/A/InputPath: The QueryLanguage is set to 'JSONata', but field 'InputPath' is only supported for the 'JSONPath' QueryLanguage",
    ]);
  });

  it('lets a state opt into JSONata inside a JSONPath machine, not the reverse', () => {
    expect(messages(single({ Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% 1 %}' }))).toEqual(
      [],
    );
    expect(
      messages(single({ Type: 'Pass', QueryLanguage: 'JSONPath' }, { QueryLanguage: 'JSONata' })),
    ).toEqual([
      "/States/A/QueryLanguage: 'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine",
    ]);
    expect(messages(single({ Type: 'Pass', QueryLanguage: 'XPath' }))[0]).toMatch(
      /must be one of \[JSONPath, JSONata\]/,
    );
  });

  it('reads any QueryLanguage other than exactly JSONPath as JSONata, as AWS does', () => {
    expect(
      messages(single({ Type: 'Pass', Output: '{% 1 %}' }, { QueryLanguage: 'jsonata' })),
    ).toEqual([
      '/QueryLanguage: Field \'QueryLanguage\' must be one of [JSONPath, JSONata], not "jsonata"',
    ]);
    expect(
      messages(single({ Type: 'Pass', InputPath: '$.a' }, { QueryLanguage: '${Language}' })),
    ).toEqual([]);
  });

  it('never evaluates Comment, Next or Label, even when written like {% … %}', () => {
    const odd = '{% not an expression %}';
    const def = machine(
      { A: { Type: 'Pass', Comment: odd, Next: 'B' }, B: { Type: 'Succeed', Comment: odd } },
      { QueryLanguage: 'JSONata', Comment: odd },
    );
    expect(findings(def)).toEqual([]);
  });

  it('accepts {% %} for number fields in JSONata and checks JSONata Choice rules', () => {
    const jsonata = { QueryLanguage: 'JSONata' };
    expect(
      messages(
        single(
          { ...TASK, TimeoutSeconds: '{% $states.input.t %}', Arguments: { a: '{% 1 %}' } },
          jsonata,
        ),
      ),
    ).toEqual([]);
    expect(messages(single({ ...TASK, TimeoutSeconds: '{% $states.input.t %}' }))[0]).toMatch(
      /must be an integer/,
    );
    const choice = (rule: object): object =>
      machine(
        { C: { Type: 'Choice', Choices: [rule], Default: 'D' }, D: { Type: 'Succeed' } },
        jsonata,
      );
    expect(messages(choice({ Condition: '{% $states.input.a > 1 %}', Next: 'D' }))).toEqual([]);
    expect(messages(choice({ Variable: '$.a', IsNull: true, Next: 'D' }))).toHaveLength(3);
    expect(messages(choice({ Next: 'D' }))).toEqual([
      "/States/C/Choices/0: Field 'Condition' is required",
    ]);
  });
});

describe('SCHEMA_VALIDATION_FAILED: paths, .$ fields and intrinsic functions', () => {
  it('checks JSONPath syntax and reference paths', () => {
    expect(messages(single({ Type: 'Pass', InputPath: 'a.b' }))[0]).toMatch(/must start with '\$'/);
    expect(messages(single({ Type: 'Pass', ResultPath: '$.a[*]' }))[0]).toMatch(
      /not a Reference Path/,
    );
    expect(messages(single({ Type: 'Pass', ResultPath: '$$.Execution' }))[0]).toMatch(
      /context object/,
    );
    expect(
      messages(
        single({
          Type: 'Pass',
          InputPath: null,
          ResultPath: '$.a.b[0]',
          OutputPath: '$$.Execution.Input',
        }),
      ),
    ).toEqual([]);
    expect(
      messages(
        single({
          Type: 'Pass',
          Parameters: { 'x.$': '$.a[?(@.b > 1)].c', 'y.$': '$$.Map.Item.Value', 'z.$': '$var.f' },
        }),
      ),
    ).toEqual([]);
    expect(messages(single({ Type: 'Pass', Parameters: { 'x.$': '$.a[' } }))[0]).toMatch(
      /Invalid JSONPath/,
    );
  });

  it('wants a path or an intrinsic call in every .$ field, with known names and arities', () => {
    expect(messages(single({ Type: 'Pass', Parameters: { 'x.$': 'plain' } }))[0]).toMatch(
      /must be a JSONPath/,
    );
    expect(messages(single({ Type: 'Pass', Parameters: { 'x.$': 5 } }))[0]).toMatch(/a string/);
    expect(
      messages(single({ Type: 'Pass', Parameters: { 'x.$': 'States.Frmat($.a)' } }))[0],
    ).toMatch(/unknown intrinsic function 'States.Frmat'/);
    expect(
      messages(single({ Type: 'Pass', Parameters: { 'x.$': 'States.ArrayGetItem($.a)' } })),
    ).toHaveLength(1);
    expect(
      messages(
        single({
          Type: 'Pass',
          Parameters: { 'x.$': "States.Format('{} {}', $.a, States.UUID())" },
        }),
      ),
    ).toEqual([]);
    expect(messages(single({ Type: 'Pass', Parameters: { x: 1, 'x.$': '$.x' } }))[0]).toMatch(
      /given twice/,
    );
  });

  it('checks Assign variable names', () => {
    expect(messages(single({ Type: 'Pass', Assign: { 'my var': 1 } }))[0]).toMatch(
      /not a valid variable name/,
    );
    expect(messages(single({ Type: 'Pass', Assign: { total: 1, 'copy.$': '$.x' } }))).toEqual([]);
  });
});

describe('${Name} placeholders (DefinitionSubstitutions)', () => {
  it('stand for numbers, booleans, enums, resources, paths and state names', () => {
    const def = machine({
      A: {
        Type: 'Task',
        Resource: '${FunctionArn}',
        TimeoutSeconds: '${Timeout}',
        HeartbeatSeconds: '${Heartbeat}',
        InputPath: '${InputPath}',
        Retry: [
          { ErrorEquals: ['States.ALL'], MaxAttempts: '${Attempts}', JitterStrategy: '${Jitter}' },
        ],
        Next: '${NextState}',
      },
      B: { Type: 'Task', Resource: 'arn:${AWS::Partition}:states:::lambda:invoke', End: '${End}' },
    });
    expect(findings(def)).toEqual([]);
  });

  it('still check the fixed parts of a templated ARN', () => {
    expect(
      findings(
        single({ Type: 'Task', Resource: 'arm:${AWS::Partition}:lambda:::x' }),
        CODES.INVALID_RESOURCE,
      ),
    ).toHaveLength(1);
  });
});

describe('workflow type', () => {
  it('refuses .sync, .waitForTaskToken and activities in EXPRESS workflows only', () => {
    const sync = single({ Type: 'Task', Resource: 'arn:aws:states:::ecs:runTask.sync' });
    expect(findings(sync, S, { workflowType: 'EXPRESS' })[0].message).toMatch(/'.sync'/);
    expect(findings(sync, S, { workflowType: 'STANDARD' })).toEqual([]);
    const activity = single({
      Type: 'Task',
      Resource: 'arn:aws:states:us-east-1:123456789012:activity:a',
    });
    expect(findings(activity, S, { workflowType: 'EXPRESS' })).toHaveLength(1);
  });
});
