import { describe, expect, it } from 'vitest';
import { run, single } from '../test/run';

describe('Fail', () => {
  it('fails with Error and Cause', async () => {
    expect(await run(single({ Type: 'Fail', Error: 'E', Cause: 'C' }))).toEqual({
      status: 'FAILED',
      error: 'E',
      cause: 'C',
    });
  });

  it('leaves out a missing Error or Cause', async () => {
    expect(await run(single({ Type: 'Fail' }))).toEqual({
      status: 'FAILED',
      error: undefined,
      cause: undefined,
    });
  });

  it('reads ErrorPath/CausePath, including intrinsic functions', async () => {
    const def = single({
      Type: 'Fail',
      ErrorPath: '$.e',
      CausePath: "States.Format('bad {}', $.n)",
    });
    expect(await run(def, { input: { e: 'Oops', n: 3 } })).toEqual({
      status: 'FAILED',
      error: 'Oops',
      cause: 'bad 3',
    });
  });

  it('JSONata Error and Cause', async () => {
    const def = single(
      { Type: 'Fail', Error: '{% $states.input.e %}', Cause: 'fixed' },
      { QueryLanguage: 'JSONata' },
    );
    expect(await run(def, { input: { e: 'X' } })).toEqual({
      status: 'FAILED',
      error: 'X',
      cause: 'fixed',
    });
  });
});
