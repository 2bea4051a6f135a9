import { describe, expect, it } from 'vitest';
import { run, single } from '../test/run';

describe('Pass', () => {
  it('passes its input through by default', async () => {
    expect(await run(single({ Type: 'Pass', End: true }), { input: { a: 1 } })).toEqual({
      status: 'SUCCEEDED',
      output: { a: 1 },
    });
  });

  it('uses Result, placed at ResultPath, then OutputPath', async () => {
    const def = single({
      Type: 'Pass',
      Result: { x: 1 },
      ResultPath: '$.r',
      OutputPath: '$.r',
      End: true,
    });
    expect((await run(def, { input: { a: 1 } })).output).toEqual({ x: 1 });
  });

  it('applies InputPath and Parameters with paths, context and intrinsics', async () => {
    const def = single({
      Type: 'Pass',
      InputPath: '$.in',
      Parameters: {
        'v.$': '$.v',
        'name.$': '$$.State.Name',
        'sum.$': 'States.MathAdd($.v, 2)',
        k: 'lit',
      },
      End: true,
    });
    expect((await run(def, { input: { in: { v: 1 } } })).output).toEqual({
      v: 1,
      name: 'S',
      sum: 3,
      k: 'lit',
    });
  });

  it('ResultPath null keeps the input; InputPath null gives {}', async () => {
    expect(
      (
        await run(single({ Type: 'Pass', Result: 1, ResultPath: null, End: true }), {
          input: { a: 1 },
        })
      ).output,
    ).toEqual({ a: 1 });
    expect(
      (await run(single({ Type: 'Pass', InputPath: null, End: true }), { input: { a: 1 } })).output,
    ).toEqual({});
  });

  it('does not mutate its input when writing at ResultPath', async () => {
    const input = { a: { b: 1 } };
    await run(single({ Type: 'Pass', Result: 2, ResultPath: '$.a.c', End: true }), { input });
    expect(input).toEqual({ a: { b: 1 } });
  });

  it('fails with States.Runtime and the AWS cause when InputPath names nothing', async () => {
    const r = await run(single({ Type: 'Pass', InputPath: '$.missing', End: true }), { input: {} });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toBe(
      "An error occurred while executing the state 'S' (entered at the event id #2). Invalid path '$.missing' : No results for path: $['missing']",
    );
  });

  it('JSONata: Output with $states.input and variables from Assign', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { x: '{% $states.input.n * 2 %}' }, Next: 'B' },
        B: {
          Type: 'Pass',
          Output: { doubled: '{% $x %}', original: '{% $states.input.n %}' },
          End: true,
        },
      },
    };
    expect((await run(def, { input: { n: 21 } })).output).toEqual({ doubled: 42, original: 21 });
  });

  it('JSONPath Assign reads the result as $ and assigns after output', async () => {
    const def = {
      StartAt: 'A',
      States: {
        A: {
          Type: 'Pass',
          Result: { answer: 42 },
          Assign: { 'theAnswer.$': '$.answer' },
          Next: 'B',
        },
        B: { Type: 'Pass', Parameters: { 'v.$': '$theAnswer' }, End: true },
      },
    };
    expect((await run(def)).output).toEqual({ v: 42 });
  });
});
