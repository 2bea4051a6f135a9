import { describe, expect, it } from 'vitest';
import { run, single } from '../test/run';

describe('Succeed', () => {
  it('ends the run with its filtered input', async () => {
    expect(
      await run(single({ Type: 'Succeed', InputPath: '$.a', OutputPath: '$.b' }), {
        input: { a: { b: 2 } },
      }),
    ).toEqual({
      status: 'SUCCEEDED',
      output: 2,
    });
  });

  it('JSONata Output', async () => {
    const r = await run(
      single(
        { Type: 'Succeed', Output: '{% $states.input.a + 1 %}' },
        { QueryLanguage: 'JSONata' },
      ),
      {
        input: { a: 1 },
      },
    );
    expect(r.output).toBe(2);
  });
});
