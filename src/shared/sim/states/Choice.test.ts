import { describe, expect, it } from 'vitest';
import { run } from '../test/run';

const machine = (choices: unknown[], extra: Record<string, unknown> = {}) => ({
  StartAt: 'C',
  States: {
    C: { Type: 'Choice', Choices: choices, Default: 'No', ...extra },
    Yes: { Type: 'Pass', Result: 'yes', End: true },
    No: { Type: 'Pass', Result: 'no', End: true },
  },
});

describe('Choice', () => {
  it('takes the first matching rule, else Default', async () => {
    const def = machine([{ Variable: '$.n', NumericGreaterThan: 5, Next: 'Yes' }]);
    expect((await run(def, { input: { n: 6 } })).output).toBe('yes');
    expect((await run(def, { input: { n: 5 } })).output).toBe('no');
  });

  it('combines And/Or/Not and type tests', async () => {
    const def = machine([
      {
        And: [{ Variable: '$.s', IsString: true }, { Not: { Variable: '$.s', StringEquals: 'x' } }],
        Next: 'Yes',
      },
    ]);
    expect((await run(def, { input: { s: 'y' } })).output).toBe('yes');
    expect((await run(def, { input: { s: 'x' } })).output).toBe('no');
  });

  it('fails with States.NoChoiceMatched when nothing matches and there is no Default', async () => {
    const def = {
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericEquals: 1, Next: 'E' }] },
        E: { Type: 'Succeed' },
      },
    };
    const r = await run(def, { input: { n: 2 } });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.NoChoiceMatched');
  });

  it('JSONata: Condition, and the matched rule Assign/Output', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [
            { Condition: '{% $states.input.n > 1 %}', Next: 'Yes', Output: { picked: 'rule' } },
          ],
          Default: 'No',
          Output: { picked: 'default' },
        },
        Yes: { Type: 'Succeed' },
        No: { Type: 'Succeed' },
      },
    };
    expect((await run(def, { input: { n: 2 } })).output).toEqual({ picked: 'rule' });
    expect((await run(def, { input: { n: 0 } })).output).toEqual({ picked: 'default' });
  });

  it('JSONata: a Condition that is not boolean fails with States.QueryEvaluationError', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', Choices: [{ Condition: '{% 1 %}', Next: 'E' }] },
        E: { Type: 'Succeed' },
      },
    };
    const r = await run(def);
    expect(r.error).toBe('States.QueryEvaluationError');
  });
});
