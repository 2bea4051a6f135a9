import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, machine } from '../testing';

const def = (catcher: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  machine(
    {
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::sns:publish',
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H', ...catcher }],
        End: true,
      },
      H: { Type: 'Fail' },
    },
    extra,
  );

describe('catch-result-path', () => {
  it('passes a ResultPath that keeps the input, ResultPath null, and a JSONata Output using the input', () => {
    expect(findingsOf('catch-result-path', def({ ResultPath: '$.error' }))).toEqual([]);
    expect(findingsOf('catch-result-path', def({ ResultPath: null }))).toEqual([]);
    expect(
      findingsOf(
        'catch-result-path',
        def(
          { Output: '{% $merge([$states.input, {"e": $states.errorOutput}]) %}' },
          { QueryLanguage: 'JSONata' },
        ),
      ),
    ).toEqual([]);
  });

  it('reports a catcher without ResultPath or with ResultPath "$"', () => {
    expect(findingsOf('catch-result-path', def({}))[0]).toMatchObject({
      location: '/States/T/Catch/0',
    });
    expect(findingsOf('catch-result-path', def({ ResultPath: '$' }))).toHaveLength(1);
  });

  it('reports JSONata catchers without Output or with an Output that drops the input', () => {
    expect(findingsOf('catch-result-path', def({}, { QueryLanguage: 'JSONata' }))).toHaveLength(1);
    const [drops] = findingsOf(
      'catch-result-path',
      def({ Output: '{% $states.errorOutput %}' }, { QueryLanguage: 'JSONata' }),
    );
    expect(drops).toMatchObject({ location: '/States/T/Catch/0/Output', fixes: [] });
  });

  it('fix sets ResultPath "$.error" (JSONPath) or an Output merging input and error (JSONata)', () => {
    const jsonPath = applyFix('catch-result-path', def({})).value;
    expect(
      (
        (jsonPath.States as Record<string, Record<string, unknown>>).T.Catch as Record<
          string,
          unknown
        >[]
      )[0].ResultPath,
    ).toBe('$.error');
    const jsonata = applyFix('catch-result-path', def({}, { QueryLanguage: 'JSONata' })).value;
    expect(findingsOf('catch-result-path', jsonata)).toEqual([]);
  });
});
